import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checksumOf, migrate, readMigrations } from "../../server/src/db/migrate";
import { MIGRATIONS_DIR } from "../../server/src/paths";
import { StartupError } from "../../server/src/errors/startup-error";
import { backends } from "../helpers/databases";

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const tables = (db: { sql: { query<R>(s: string): Promise<R[]> } }) =>
  db.sql
    .query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
    .then((rows) => rows.map((row) => row.table_name));

/** A copy of the real migrations plus one extra, to break things without touching prisma/. */
function migrationsWith(extra: { name: string; sql: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, extra.name));
  fs.writeFileSync(path.join(dir, extra.name, "migration.sql"), extra.sql);
  return dir;
}

describe.each(backends().map((b) => [b.name, b] as const))("migrations on %s", (_name, backend) => {
  it("applies every migration to an empty database and records it as Prisma does", async () => {
    const db = await backend.open("none");
    try {
      const files = readMigrations();
      expect(await migrate(db.sql)).toEqual(files.map((f) => f.name));
      const rows = await db.sql.query<MigrationRow>(
        `SELECT * FROM "_prisma_migrations" ORDER BY "migration_name"`,
      );
      expect(rows).toHaveLength(files.length);
      rows.forEach((row, i) => {
        expect(row.migration_name).toBe(files[i].name);
        expect(row.checksum).toBe(checksumOf(fs.readFileSync(files[i].file, "utf8")));
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.id).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      });
      expect(await tables(db)).toEqual(
        expect.arrayContaining([
          "Report",
          "BudgetProgram",
          "Kpi",
          "KpiValue",
          "_prisma_migrations",
        ]),
      );
      // A second run finds nothing to do.
      expect(await migrate(db.sql)).toEqual([]);
      expect(await db.sql.query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(files.length);
    } finally {
      await db.close();
    }
  });

  it("rolls a failed migration back completely and names its file", async () => {
    const db = await backend.open("empty");
    const dir = migrationsWith({
      name: "20990101000000_broken",
      sql: `CREATE TABLE "Half" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n`,
    });
    try {
      const before = await tables(db);
      const failure = await migrate(db.sql, readMigrations(dir)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StartupError);
      expect((failure as StartupError).code).toBe("MIGRATION_FAILED");
      expect((failure as StartupError).message).toContain(
        path.join(dir, "20990101000000_broken", "migration.sql"),
      );
      expect((failure as StartupError).message).toContain("NoSuchTable");
      expect(await tables(db)).toEqual(before);
      const names = await db.sql.query<{ migration_name: string }>(
        `SELECT "migration_name" FROM "_prisma_migrations"`,
      );
      expect(names.map((row) => row.migration_name)).not.toContain("20990101000000_broken");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
    }
  });

  it("applies a new migration on top of an existing database", async () => {
    const db = await backend.open("empty");
    const dir = migrationsWith({
      name: "20990101000000_add_note",
      sql: `ALTER TABLE "Municipality" ADD COLUMN "note" TEXT;\n`,
    });
    try {
      expect(await migrate(db.sql, readMigrations(dir))).toEqual(["20990101000000_add_note"]);
      const columns = await db.sql.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'Municipality' AND column_name = 'note'`,
      );
      expect(columns).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
    }
  });

  it("refuses to run when an applied migration file was edited afterwards", async () => {
    const db = await backend.open("empty");
    const files = readMigrations().map((f, i) =>
      i === 0
        ? { ...f, script: `${f.script}\n-- edited`, checksum: checksumOf(`${f.script}\n-- edited`) }
        : f,
    );
    try {
      await expect(migrate(db.sql, files)).rejects.toMatchObject({ code: "MIGRATION_MODIFIED" });
    } finally {
      await db.close();
    }
  });
});
