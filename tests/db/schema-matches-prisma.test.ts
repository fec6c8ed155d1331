import path from "node:path";
import type { Database } from "../../server/src/db/database";
import { REPO_ROOT } from "../../server/src/paths";
import { backends } from "../helpers/databases";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { diffSchemas } = require("../../scripts/prisma-diff.cjs") as {
  diffSchemas(from: string | null, to: string): string;
};

/**
 * Proves that a database migrated from empty is the one schema.prisma describes: Prisma
 * (6.19, wasm engine, offline) writes the SQL for schema.prisma from scratch; both
 * databases must then agree on every table, column (type, length, precision,
 * nullability, default), enum, primary/unique/foreign key and index. The migrations add
 * CHECK constraints that Prisma cannot express; those are compared separately.
 */
const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                   character_maximum_length, numeric_precision, numeric_scale
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  keys: `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f')
           AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t
          JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, 3`,
  checks: `SELECT conrelid::regclass::text AS table_name, conname FROM pg_constraint
           WHERE connamespace = 'public'::regnamespace AND contype = 'c' ORDER BY 1, 2`,
};

async function catalog(db: Database) {
  const entries = await Promise.all(
    Object.entries(CATALOG).map(async ([name, sql]) => [name, await db.sql.query(sql)] as const),
  );
  return Object.fromEntries(entries) as Record<keyof typeof CATALOG, Record<string, unknown>[]>;
}

let expectedSql: string;
beforeAll(() => {
  expectedSql = diffSchemas(null, path.join(REPO_ROOT, "prisma", "schema.prisma"));
}, 120_000);

describe.each(backends().map((b) => [b.name, b] as const))("schema on %s", (_name, backend) => {
  it("a migrated database matches schema.prisma exactly", async () => {
    const migrated = await backend.open("empty");
    const fromPrisma = await backend.open("none");
    try {
      await fromPrisma.sql.exec(expectedSql);
      const [actual, expected] = [await catalog(migrated), await catalog(fromPrisma)];
      expect(actual.columns).toEqual(expected.columns);
      expect(actual.keys).toEqual(expected.keys);
      expect(actual.indexes).toEqual(expected.indexes);
      expect(actual.enums).toEqual(expected.enums);
      // Sanity: the comparison saw the whole model, and the hand-written checks exist.
      const tables = new Set(actual.columns.map((c) => c.table_name));
      expect([...tables].sort()).toEqual([
        "AuditLog",
        "BudgetProgram",
        "Category",
        "Evaluation",
        "FiscalYear",
        "FuturePolicy",
        "GrantType",
        "Kpi",
        "KpiValue",
        "LoginThrottle",
        "Municipality",
        "Project",
        "PublicationPdf",
        "Report",
        "ReviewComment",
        "Session",
        "User",
      ]);
      expect(expected.checks).toEqual([]);
      expect(actual.checks.map((c) => c.conname)).toEqual(
        expect.arrayContaining([
          "BudgetProgram_expectedGrant_check",
          "BudgetProgram_actualGrant_check",
          "KpiValue_asOf_check",
        ]),
      );
    } finally {
      await migrated.close();
      await fromPrisma.close();
    }
  });
});
