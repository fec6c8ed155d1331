import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { draftReports, startWriting, storedWrites } from "../helpers/report-writes";
import { embeddedUrl, signedIn, spawnSosei, type SoseiProcess } from "../helpers/server-process";

/**
 * SIGTERM and SIGINT stop the server gracefully: no new connections, requests in flight
 * finish (or get 503 after the grace period), the database closes, the directory is free
 * and the process exits 0. A client never sees a request cut off with a socket error.
 */
jest.setTimeout(180_000);

let dir: string;
let sosei: SoseiProcess | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-stop-"));
});
afterEach(async () => {
  if (sosei && sosei.child.exitCode === null) {
    sosei.child.kill("SIGKILL");
    await sosei.exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a client may see from a stopping server: its answer, a 503, or a refused connection. */
const CLEAN = ["SHUTTING_DOWN", "ECONNREFUSED"];

describe("graceful shutdown", () => {
  it("under write load, SIGTERM cuts off no request and loses no acknowledged write", async () => {
    const dataDir = path.join(dir, "data");
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir });
    const reports = await draftReports(dataDir);
    // Writers go on until the server refuses connections.
    const writing = startWriting(sosei.base, reports, (_report, error) =>
      (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED" ? "stop" : "continue",
    );
    while ([...writing.log.acknowledged.values()].filter((n) => n >= 5).length < reports.length) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const signalled = performance.now();
    sosei.child.kill("SIGTERM");
    expect(await sosei.exited).toBe(0);
    const stopMs = performance.now() - signalled;
    await writing.done;
    const unexpected = writing.log.failures.filter((f) => !CLEAN.includes(f.replace(/"/g, "")));
    expect(unexpected).toEqual([]);
    expect(writing.log.failures.filter((f) => f === "ECONNREFUSED")).toHaveLength(reports.length);
    expect(stopMs).toBeLessThan(5000);
    const drained = sosei.logs.find((r) => r.event === "shutdown_drained")!;
    expect(drained.cutOff).toBe(0);
    expect(sosei.logs.find((r) => r.event === "shutdown")).toMatchObject({ reason: "SIGTERM" });

    // The directory is free at once, and every acknowledged write is there.
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir });
    const stored = await storedWrites(embeddedUrl(dataDir));
    for (const [report, n] of writing.log.acknowledged) {
      expect(stored.get(report)).toBeGreaterThanOrEqual(n);
    }
    sosei.child.kill("SIGINT");
    expect(await sosei.exited).toBe(0);
    expect(sosei.logs.find((r) => r.event === "shutdown")).toMatchObject({ reason: "SIGINT" });
    expect(sosei.logs.at(-1)).toMatchObject({ event: "shutdown_complete" });
  });

  it("answers a request still running after the grace period with 503 and still exits 0", async () => {
    const dataDir = path.join(dir, "data");
    sosei = await spawnSosei({ SOSEI_DATA_DIR: dataDir, SOSEI_SHUTDOWN_GRACE_SECONDS: "1" });
    const [report] = await draftReports(dataDir);
    // Another session holds the report's row, so the write below waits inside the database.
    const blocker = new pg.Client({ connectionString: embeddedUrl(dataDir) });
    await blocker.connect();
    blocker.on("error", () => {});
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Report" WHERE "id" = $1 FOR UPDATE`, [report!.id]);
    const run = await signedIn(sosei.base);
    const waiting = run(
      `mutation { updateReport(id: "${report!.id}", version: ${report!.version}, department: "late") { version } }`,
    );
    await sosei.waitForLog(() => false, 500).catch(() => {});
    const signalled = performance.now();
    sosei.child.kill("SIGTERM");
    const answer = await waiting;
    expect(answer.status).toBe(503);
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: "SHUTTING_DOWN",
      messageEn: "the server is shutting down; try again shortly",
    });
    expect(answer.body.errors[0].message).toMatch(/^サーバーを停止しています/);
    expect(await sosei.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(6000);
    expect(sosei.logs.find((r) => r.event === "shutdown_drained")).toMatchObject({ cutOff: 1 });
    await blocker.end().catch(() => {});
  });
});
