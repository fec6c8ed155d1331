import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../log/logger";
import { openEmbedded } from "./embedded-database";
import { openPostgres, redact } from "./postgres-database";
import type { SqlDriver } from "./sql-driver";
import { waitForPostgres } from "./wait-for-postgres";

/**
 * An open database; nothing outside src/db knows which engine is behind it. Both engines are
 * PostgreSQL: the embedded one is a server Sosei runs itself on SOSEI_DATA_DIR.
 */
export interface Database {
  kind: "embedded" | "postgres";
  /** Human-readable location, without secrets. */
  description: string;
  adapter: PrismaPg;
  sql: SqlDriver;
  /** Connection string, for threads that open pools of their own (query workers). */
  url: string;
  /** Resolves if the database goes away on its own (the embedded server ended). */
  lost?: Promise<string>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PostgreSQL is used. */
  databaseUrl?: string;
  /** Where the embedded database lives. */
  dataDir: string;
  /** How long to retry a PostgreSQL at DATABASE_URL that does not answer yet. */
  databaseWaitSeconds: number;
}

export async function openDatabase(config: DatabaseConfig, log: Logger): Promise<Database> {
  if (!config.databaseUrl) return openEmbedded(config.dataDir, log);
  const description = `PostgreSQL ${redact(config.databaseUrl)}`;
  await waitForPostgres(config.databaseUrl, description, config.databaseWaitSeconds, log);
  return openPostgres(config.databaseUrl, {
    onLost: (error) =>
      log.warn({ event: "database_connection_lost", reason: error.message }, "connection dropped"),
  });
}

export function createPrismaClient(db: Database): PrismaClient {
  return new PrismaClient({ adapter: db.adapter });
}

export type { PrismaClient };
