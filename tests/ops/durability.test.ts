import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openEmbedded } from "../../server/src/db/embedded-database";
import { openPostgres } from "../../server/src/db/postgres-database";
import { createLogger } from "../../server/src/log/logger";
import { descendants, freeze, thaw } from "../helpers/process-tree";
import { draftReports, startWriting, storedWrites } from "../helpers/report-writes";
import { embeddedUrl, spawnSosei, type SoseiProcess } from "../helpers/server-process";

/**
 * The embedded database keeps every acknowledged write: the commit waits for fsync (counted
 * with strace), and the data directory as a crash leaves it (copied while the whole server
 * is frozen at a random moment of a write load) always opens with every write acknowledged
 * before that moment.
 */
jest.setTimeout(180_000);

const hasStrace = spawnSync("strace", ["-V"]).status === 0;
const linuxRoot = process.platform === "linux" && process.getuid?.() === 0;

let dir: string;
let sosei: SoseiProcess | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-durable-"));
});
afterEach(async () => {
  if (sosei && sosei.child.exitCode === null) {
    sosei.child.kill("SIGTERM");
    await sosei.exited;
  }
  sosei = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const describeIfStrace = hasStrace || process.env.CI === "true" ? describe : describe.skip;

describeIfStrace("sync calls (strace -f -e trace=fsync,fdatasync)", () => {
  it("every acknowledged write transaction makes its backend sync the WAL at least once", async () => {
    const dataDir = path.join(dir, "data");
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir });
    const reports = await draftReports(dataDir);
    const traced = descendants(sosei.child.pid!);
    const out = path.join(dir, "strace.txt");
    const strace = spawn("strace", [
      ...["-f", "-qq", "-e", "trace=fsync,fdatasync", "-o", out],
      ...traced.flatMap((pid) => ["-p", String(pid)]),
    ]);
    // Attached when every traced process names its tracer.
    const tracedBy = (pid: number) =>
      /TracerPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    while (!traced.every((pid) => !fs.existsSync(`/proc/${pid}`) || tracedBy(pid) !== "0")) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const writing = startWriting(sosei.base, reports.slice(0, 1));
    while ((writing.log.acknowledged.get(reports[0]!.id) ?? 0) < 40) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await writing.stop();
    const backends = await openPostgres(embeddedUrl(dataDir)).sql.query<{ pid: number }>(
      `SELECT "pid" FROM pg_stat_activity WHERE "backend_type" = 'client backend'`,
    );
    strace.kill("SIGINT");
    await new Promise((resolve) => strace.once("exit", resolve));
    const acknowledged = writing.log.acknowledged.get(reports[0]!.id)!;
    const lines = fs.readFileSync(out, "utf8").split("\n");
    const syncs = lines.filter((l) => /^\d+ +f(data)?sync\(\d+\) += 0/.test(l));
    const byBackends = syncs.filter((l) => backends.some((b) => l.startsWith(`${b.pid} `))).length;
    expect(writing.log.failures).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(40);
    // The committing sessions themselves wait for the WAL to reach the disk.
    expect(byBackends).toBeGreaterThanOrEqual(acknowledged);
  });
});

(linuxRoot ? describe : describe.skip)("a crash at a random moment", () => {
  it("leaves a data directory that opens with every write acknowledged before it", async () => {
    const dataDir = path.join(dir, "data");
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir });
    const reports = await draftReports(dataDir);
    const writing = startWriting(sosei.base, reports);
    const copies: { dir: string; acknowledged: Map<number, number> }[] = [];
    const total = () => [...writing.log.acknowledged.values()].reduce((a, b) => a + b, 0);
    for (let k = 0; k < 6; k++) {
      // A random instant, but only once the load has moved on: a busy machine slows the
      // writers, and a copy between the same two writes would test nothing new.
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 450));
      while (total() < (k + 1) * 10) await new Promise((resolve) => setTimeout(resolve, 20));
      // Frozen, the files are what a crash at this instant would leave; every answer the
      // writers have seen was sent before it.
      const frozen = freeze(sosei.child.pid!);
      try {
        const acknowledged = new Map(writing.log.acknowledged);
        const copy = path.join(dir, `crash-${k}`);
        fs.mkdirSync(copy);
        execFileSync("cp", [
          "-a",
          path.join(dataDir, "postgres"),
          path.join(dataDir, "postgres.secret"),
          copy,
        ]);
        copies.push({ dir: copy, acknowledged });
      } finally {
        thaw(frozen);
      }
    }
    await writing.stop();
    expect(writing.log.failures).toEqual([]);
    sosei.child.kill("SIGTERM");
    await sosei.exited;
    expect(total()).toBeGreaterThanOrEqual(60);
    for (const copy of copies) {
      // Opens like a restart after the crash: PostgreSQL replays its WAL.
      const db = await openEmbedded(copy.dir, createLogger({ level: "silent" }));
      try {
        const stored = await storedWrites(db.cluster.url);
        for (const [report, n] of copy.acknowledged) {
          expect({ report, stored: stored.get(report)! >= n }).toEqual({ report, stored: true });
        }
        const [history] = await db.sql.query<{ writes: number }>(
          `SELECT count(*)::int AS "writes" FROM "AuditLog" WHERE "entity" = 'Report' AND "action" = 'UPDATE'`,
        );
        const acknowledged = [...copy.acknowledged.values()].reduce((a, b) => a + b, 0);
        expect(history!.writes).toBeGreaterThanOrEqual(acknowledged);
      } finally {
        await db.close();
      }
    }
  });
});
