import { serveDatabase, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import type { Database } from "../../server/src/db/database";
import { readMigrations } from "../../server/src/db/migrate";
import { createLogger } from "../../server/src/log/logger";
import { backends } from "../helpers/databases";
import type { LogRecord } from "../helpers/server-process";
import { signedIn } from "../helpers/server-process";

/**
 * A failure inside a request: the client gets a coded, readable error and a request id
 * (header and extensions.requestId), never a path, a stack or SQL, in development too; the
 * log gets the detail under the same id. Health checks for orchestrators.
 */
jest.setTimeout(60_000);

describe.each(backends())("$name", (backend) => {
  let db: Database;
  let server: RunningServer;
  let base: string;
  const logs: LogRecord[] = [];
  beforeAll(async () => {
    db = await backend.open("seeded");
    const log = createLogger({
      destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) },
    });
    // Development settings (NODE_ENV unset): the masking must not depend on production.
    server = await serveDatabase(
      db,
      loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false" }, "/"),
      log,
    );
    base = server.url.replace(/\/graphql$/, "");
  });
  afterAll(() => server.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("gives every request an id: the proxy's when it looks like one, else a new one", async () => {
    const kept = await post("{ __typename }", { "x-request-id": "lb-7f3a.42" });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a.42");
    const replaced = await post("{ __typename }", { "x-request-id": "<script>\n" });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("masks an internal error and logs it under the id the client got", async () => {
    await db.sql.exec(`ALTER TABLE "Report" RENAME COLUMN "department" TO "department_gone"`);
    try {
      const response = await post("{ allReports { id department } }");
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: object }[] };
      const requestId = response.headers.get("x-request-id");
      expect(body.errors[0]).toEqual({
        message: "サーバー内部でエラーが発生しました / internal server error",
        locations: [{ line: 1, column: 3 }],
        path: ["allReports"],
        extensions: {
          code: "INTERNAL_SERVER_ERROR",
          messageEn: "internal server error",
          requestId,
        },
      });
      expect(text).not.toMatch(
        /\/(work|tmp|root|home|srv)\/|\.[jt]s:\d|stacktrace|SELECT|department_gone|"Report"/,
      );
      const logged = logs.find((r) => r.event === "request_error" && r.requestId === requestId);
      expect(logged).toBeDefined();
      expect(JSON.stringify(logged)).toMatch(/department/);
      expect((logged!.err as { stack: string }).stack).toMatch(/\n\s+at /);
    } finally {
      await db.sql.exec(`ALTER TABLE "Report" RENAME COLUMN "department_gone" TO "department"`);
    }
  });

  it("answers SERVICE_UNAVAILABLE when the database ends the session mid-request (57P01)", async () => {
    await db.sql.exec(`UPDATE "Report" SET "status" = 'DRAFT'`);
    const [report] = await db.sql.query<{ id: number; version: number }>(
      `SELECT "id", "version" FROM "Report" ORDER BY "id" LIMIT 1`,
    );
    const run = await signedIn(base);
    let answer: Awaited<ReturnType<typeof run>> | undefined;
    await db.sql.transaction(async (tx) => {
      // Holds the row, so the write below waits in the database until it is terminated.
      await tx.query(`SELECT 1 FROM "Report" WHERE "id" = $1 FOR UPDATE`, [report!.id]);
      const waiting = run(
        `mutation { updateReport(id: "${report!.id}", version: ${report!.version}, department: "x") { version } }`,
      );
      // Asked outside the transaction: inside, pg_stat_activity is a snapshot.
      let blocked: { pid: number }[] = [];
      while (blocked.length === 0) {
        blocked = await db.sql.query<{ pid: number }>(
          `SELECT "pid" FROM pg_stat_activity WHERE "wait_event_type" = 'Lock' AND "datname" = current_database()`,
        );
      }
      await db.sql.query(`SELECT pg_terminate_backend($1)`, [blocked[0]!.pid]);
      answer = await waiting;
    });
    expect(answer!.body.errors[0]).toMatchObject({
      message:
        "データベースに一時的に接続できません。しばらくしてから再度お試しください / the database is temporarily unavailable; try again shortly",
      extensions: {
        code: "SERVICE_UNAVAILABLE",
        messageEn: "the database is temporarily unavailable; try again shortly",
        requestId: answer!.requestId,
      },
    });
    const logged = logs.find(
      (r) => r.event === "request_error" && r.requestId === answer!.requestId,
    );
    expect(logged).toMatchObject({ level: "error", failure: "UNAVAILABLE" });
    // The next request gets a fresh connection.
    expect((await run("{ Report(id: 1) { id } }")).body.data.Report.id).toBe("1");
  });

  it("says /healthz ok and /readyz ready only while every migration is applied", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    const newest = readMigrations().at(-1)!.name;
    await db.sql.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = $1`,
      [newest],
    );
    try {
      const notReady = await fetch(`${base}/readyz`);
      expect([notReady.status, await notReady.json()]).toEqual([
        503,
        { status: "unavailable", reason: `migrations not applied: ${newest}` },
      ]);
    } finally {
      await db.sql.query(
        `UPDATE "_prisma_migrations" SET "finished_at" = now() WHERE "migration_name" = $1`,
        [newest],
      );
    }
  });
});
