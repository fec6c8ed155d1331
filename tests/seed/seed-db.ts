/** Opening a test database with a Prisma client, and counting what is in it. */
import { createPrismaClient, type Database, type PrismaClient } from "../../server/src/db/database";
import { StartupError } from "../../server/src/errors/startup-error";
import type { Backend, Template } from "../helpers/databases";

export interface OpenDb {
  db: Database;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export async function openDb(backend: Backend, template: Template): Promise<OpenDb> {
  const db = await backend.open(template);
  const prisma = createPrismaClient(db);
  return {
    db,
    prisma,
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/** Every table of the data model, as the migration creates them. */
export const MODEL_TABLES = [
  "BudgetProgram",
  "Category",
  "Evaluation",
  "FiscalYear",
  "FuturePolicy",
  "GrantType",
  "Kpi",
  "KpiValue",
  "Municipality",
  "Project",
  "Report",
] as const;

/**
 * Row count of every table in the public schema except Prisma's migration bookkeeping,
 * found from the catalog so that a table added later is counted too.
 */
export async function countRows(db: Database): Promise<Record<string, number>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = Number(row?.n);
  }
  return counts;
}

/** The same tables, all at zero. */
export function allZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(counts).map((name) => [name, 0]));
}

/** Awaits a rejection and returns it, failing when the promise resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the promise resolved");
}

/** Awaits a SEED_INVALID StartupError whose message contains every fragment. */
export async function expectSeedInvalid(
  promise: Promise<unknown>,
  ...fragments: string[]
): Promise<StartupError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(StartupError);
  const startup = error as StartupError;
  expect(startup.code).toBe("SEED_INVALID");
  for (const fragment of fragments) expect(startup.message).toContain(fragment);
  return startup;
}
