import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPostgres } from "../../server/src/db/postgres-database";
import { isLongRead } from "../../server/src/http/long-reads";
import { embeddedUrl, signedIn, spawnSosei, type SoseiProcess } from "../helpers/server-process";

/**
 * Long reads run in worker threads (so a whole-FY read never blocks the server); everything
 * else, mutations and sign-in among them, stays on the main thread with its login throttle.
 */
jest.setTimeout(120_000);

describe("which requests go to a query worker: long reads", () => {
  const page = "query P($n: Int) { allReports(perPage: $n) { id } }";
  it.each([
    [{ query: "{ allReports { id } }" }, false],
    [{ query: "{ allReports(perPage: 100) { id } }" }, false],
    [{ query: "{ allReports(perPage: 1000) { id programs { name } } }" }, true],
    [{ query: page, variables: { n: 500 } }, true],
    [{ query: page, variables: { n: 25 } }, false],
    [{ query: "{ fiscalYearSummary(year: 2020) { year } }" }, true],
    [{ query: 'mutation { login(loginId: "a", password: "b") { name } }' }, false],
    [{ query: `${page} mutation B { logout }`, operationName: "P", variables: { n: 900 } }, true],
    [{ query: `${page} mutation B { logout }`, operationName: "B", variables: { n: 900 } }, false],
    [{ query: "{ allReports(perPage: 1000) { id } } { __typename }" }, false],
    [{ query: "{ unclosed" }, false],
    [{ query: "{ unclosed" }, false],
    ["not an object", false],
    // The document's shape is cached per query string; the variables still decide each time.
    [{ query: page, variables: { n: 101 } }, true],
    [{ query: page, variables: { n: 100 } }, false],
  ])("%j → %s", (body, expected) => expect(isLongRead(body)).toBe(expected));
});

describe("a server with query workers", () => {
  let dir: string;
  let sosei: SoseiProcess;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-workers-"));
    sosei = await spawnSosei({ SOSEI_DATA_DIR: path.join(dir, "data") });
  });
  afterAll(async () => {
    sosei.child.kill("SIGTERM");
    expect(await sosei.exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts the configured number of workers and answers queries and sign-ins", async () => {
    expect(sosei.logs.find((r) => r.event === "query_workers")).toMatchObject({ count: 2 });
    const run = await signedIn(sosei.base);
    const { body } = await run("{ allReports { id fiscalYearLabel } }");
    expect(body.data.allReports).toHaveLength(5);
    expect(body.data.allReports[0].fiscalYearLabel).toBe("R2年度");
  });

  it("masks a worker's internal error, with the request id in the answer and the log", async () => {
    const db = openPostgres(embeddedUrl(path.join(dir, "data")));
    await db.sql.exec(`ALTER TABLE "Report" RENAME COLUMN "department" TO "department_gone"`);
    try {
      const response = await fetch(`${sosei.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ allReports(perPage: 1000) { id department } }" }),
      });
      const requestId = response.headers.get("x-request-id")!;
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions).toEqual({
        code: "INTERNAL_SERVER_ERROR",
        messageEn: "internal server error",
        requestId,
      });
      expect(text).not.toMatch(/department_gone|\/dist\/|stacktrace/);
      const logged = await sosei.waitForLog(
        (r) => r.event === "request_error" && r.requestId === requestId,
      );
      expect(logged).toMatchObject({ level: "error", thread: "query-worker" });
      expect(JSON.stringify(logged.err)).toMatch(/department/);
    } finally {
      await db.sql.exec(`ALTER TABLE "Report" RENAME COLUMN "department_gone" TO "department"`);
      await db.close();
    }
  });
});
