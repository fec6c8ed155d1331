import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../errors/startup-error";
import { MIGRATIONS_DIR } from "../paths";
import type { SqlDriver, SqlSession } from "./sql-driver";

/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, so that Prisma's own
 * tools agree with this runner wherever its native engine is available: the same
 * `_prisma_migrations` table, a SHA-256 checksum of each migration.sql, started/finished
 * timestamps and one applied step per migration. Unlike Prisma, all pending migrations
 * run in one transaction: a failure leaves the database exactly as it was.
 */

export interface MigrationFile {
  name: string;
  file: string;
  script: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

// Prisma's own definition of its bookkeeping table (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

// The advisory lock key Prisma Migrate takes, so concurrent runners wait for each other.
const PRISMA_ADVISORY_LOCK = 72707369;

export function checksumOf(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      const script = fs.readFileSync(file, "utf8");
      return { name, file, script, checksum: checksumOf(script) };
    });
}

function checkHistory(applied: AppliedRow[], files: MigrationFile[]): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    const file = byName.get(row.migration_name);
    if (!row.finished_at) {
      throw new StartupError(
        "MIGRATION_FAILED_BEFORE",
        `マイグレーション ${row.migration_name} は以前に失敗したままです。データベースを確認し、prisma migrate resolve で解決してください。`,
        `Migration ${row.migration_name} failed earlier and is unresolved. Check the database and resolve it with prisma migrate resolve.`,
      );
    }
    if (!file) {
      throw new StartupError(
        "MIGRATION_MISSING",
        `データベースに適用済みのマイグレーション ${row.migration_name} が prisma/migrations にありません。`,
        `Migration ${row.migration_name} is applied to the database but missing from prisma/migrations.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new StartupError(
        "MIGRATION_MODIFIED",
        `適用済みのマイグレーション ${file.file} が適用後に変更されています。`,
        `Migration ${file.file} was modified after it was applied.`,
      );
    }
  }
}

async function apply(tx: SqlSession, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count")
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await tx.exec(migration.script);
  } catch (error) {
    throw new StartupError(
      "MIGRATION_FAILED",
      `マイグレーション ${migration.file} の適用に失敗しました (変更はすべて取り消されました): ${(error as Error).message}`,
      `Applying migration ${migration.file} failed (all changes were rolled back): ${(error as Error).message}`,
    );
  }
  await tx.query(
    `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`,
    [id],
  );
}

/** Applies every pending migration; returns the names applied, in order. */
export async function migrate(
  sql: SqlDriver,
  files: MigrationFile[] = readMigrations(),
): Promise<string[]> {
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK})`);
    await tx.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await tx.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
    checkHistory(applied, files);
    const done = new Set(applied.filter((row) => row.finished_at).map((row) => row.migration_name));
    const pending = files.filter((file) => !done.has(file.name));
    for (const migration of pending) await apply(tx, migration);
    return pending.map((migration) => migration.name);
  });
}
