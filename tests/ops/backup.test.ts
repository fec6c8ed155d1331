import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openEmbedded } from "../../server/src/db/embedded-database";
import type { Database } from "../../server/src/db/database";
import { openPostgres } from "../../server/src/db/postgres-database";
import { createLogger } from "../../server/src/log/logger";
import { draftReports, startWriting, storedWrites } from "../helpers/report-writes";
import { embeddedUrl, spawnSosei, type SoseiProcess } from "../helpers/server-process";

/**
 * `pnpm db:backup` copies the embedded database while the server runs and writes go on;
 * `pnpm db:restore` puts a copy into an empty directory, where every report and every
 * other row is exactly as it was.
 */
jest.setTimeout(240_000);

const CLI = (name: string) =>
  path.resolve(__dirname, `../../server/dist/server/src/cli/${name}.js`);

function cli(name: "backup" | "restore", dataDir: string, arg: string) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI(name), arg], {
      env: { ...process.env, SOSEI_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** Every row of every table, as text, table by table; and every report with its parts. */
async function everything(db: Pick<Database, "sql">) {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const rows: Record<string, string[]> = {};
  for (const { name } of tables) {
    const result = await db.sql.query<{ row: string }>(
      `SELECT t::text AS row FROM "${name}" t ORDER BY 1`,
    );
    rows[name] = result.map((r) => r.row);
  }
  const reports = await db.sql.query(
    `SELECT r.*, (SELECT json_agg(p ORDER BY p."position") FROM "BudgetProgram" p WHERE p."reportId" = r."id") AS programs
     FROM "Report" r ORDER BY r."id"`,
  );
  return { rows, reports };
}

let dir: string;
let sosei: SoseiProcess | undefined;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-backup-"));
});
afterAll(async () => {
  if (sosei && sosei.child.exitCode === null) {
    sosei.child.kill("SIGTERM");
    await sosei.exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore of the embedded database", () => {
  it("copies a running server consistently and restores every report exactly", async () => {
    const dataDir = path.join(dir, "data");
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir });
    const reports = await draftReports(dataDir);
    const writing = startWriting(sosei.base, reports);
    while ([...writing.log.acknowledged.values()].filter((n) => n >= 3).length < reports.length) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // 1. While writes go on.
    const before = new Map(writing.log.acknowledged);
    const duringWrites = await cli("backup", dataDir, path.join(dir, "during-writes"));
    expect(duringWrites).toMatchObject({ code: 0 });
    expect(duringWrites.out).toMatch(
      /^backup written to .*during-writes: 5 reports, migrations up to \d+_\w+, PostgreSQL 17\.\d+\n$/,
    );
    await writing.stop();
    expect(writing.log.failures).toEqual([]);
    expect(
      [...writing.log.acknowledged.values()].some((n, i) => n > before.get(reports[i]!.id)!),
    ).toBe(true);

    // 2. With the server running but idle: the state to compare with.
    const idle = await cli("backup", dataDir, path.join(dir, "idle"));
    expect(idle.code).toBe(0);
    const live = openPostgres(embeddedUrl(dataDir));
    const expected = await everything(live);
    await live.close();
    sosei.child.kill("SIGTERM");
    expect(await sosei.exited).toBe(0);

    const restoredIdle = path.join(dir, "restored-idle");
    const restore = await cli("restore", restoredIdle, path.join(dir, "idle"));
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/restored the backup of .* into .*restored-idle: 5 reports/);
    const db = await openEmbedded(restoredIdle, createLogger({ level: "silent" }));
    try {
      const actual = await everything(db);
      expect(actual.reports).toEqual(expected.reports);
      expect(Object.keys(actual.rows)).toEqual(Object.keys(expected.rows));
      for (const table of Object.keys(expected.rows)) {
        expect({ table, rows: actual.rows[table] }).toEqual({ table, rows: expected.rows[table] });
      }
    } finally {
      await db.close();
    }

    // The copy taken under writes opens and holds every write acknowledged before it began.
    const restoredBusy = path.join(dir, "restored-busy");
    expect((await cli("restore", restoredBusy, path.join(dir, "during-writes"))).code).toBe(0);
    const busy = await openEmbedded(restoredBusy, createLogger({ level: "silent" }));
    try {
      const stored = await storedWrites(busy.cluster.url);
      for (const [report, n] of before) expect(stored.get(report)).toBeGreaterThanOrEqual(n);
    } finally {
      await busy.close();
    }

    // Never over an existing database.
    const refused = await cli("restore", restoredIdle, path.join(dir, "idle"));
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^\[RESTORE_TARGET_NOT_EMPTY\] .* \/ .* never overwrites/);
  });
});
