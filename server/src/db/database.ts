import type { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { openPgliteDataDir } from "./pglite-database";
import { openPostgres } from "./postgres-database";
import type { SqlDriver } from "./sql-driver";

/** An open database; nothing outside src/db knows which engine is behind it. */
export interface Database {
  kind: "pglite" | "postgres";
  /** Human-readable location, without secrets. */
  description: string;
  adapter: PrismaPg | PrismaPGlite;
  sql: SqlDriver;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** Where the embedded database lives. */
  dataDir: string;
}

export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl
    ? Promise.resolve(openPostgres(config.databaseUrl))
    : openPgliteDataDir(config.dataDir);
}

export function createPrismaClient(db: Database): PrismaClient {
  return new PrismaClient({ adapter: db.adapter });
}

export type { PrismaClient };
