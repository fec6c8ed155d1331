import type { SqlDriver } from "./sql-driver";

// Any constant of our own; Prisma Migrate's lock (72707369) is taken inside, by migrate().
const STARTUP_LOCK = 5_050_301;

/**
 * Runs the start-up steps that write (migrations, seed, accounts) while holding a lock of
 * the whole installation, so that servers started at once on one database take turns: the
 * first one writes, the others find it done. The lock is a transaction-level advisory lock
 * on a connection of its own, released when the steps end or the process dies.
 */
export function underStartupLock<T>(sql: SqlDriver, steps: () => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${STARTUP_LOCK})`);
    return steps();
  });
}
