import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSosei, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { readMigrations } from "../../server/src/db/migrate";

/** The embedded-database start a user gets from the README: migrate, seed once, serve. */
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-start-"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query(server: RunningServer, source: string, cookie?: string) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: source }),
  });
  const body = (await response.json()) as {
    data: {
      allFiscalYears: { year: number; label: string }[];
      _allReportsMeta: { count: number };
      login: { roles: string[] };
    };
  };
  return { status: response.status, body, cookie: response.headers.get("set-cookie") };
}

describe("starting on an embedded data directory", () => {
  it("migrates and seeds an empty directory, then reopens it without seeding again", async () => {
    const lines: string[] = [];
    const config = loadConfig({ SOSEI_DATA_DIR: dataDir, PORT: "0" }, "/");
    const first = await startSosei(config, (line) => lines.push(line));
    try {
      const names = readMigrations().map((m) => m.name);
      expect(names.slice(0, 2)).toEqual([
        "20261125160000_init",
        "20261125164832_accounts_workflow_history",
      ]);
      expect(lines).toContain(`migrations applied: ${names.join(", ")}`);
      expect(lines).toContain("seed: 5 reports created, 0 already present");
      // Published reports state when: the seed documents have no date, so the load time.
      expect(lines.filter((l) => /^seed: 公開日時 \S+ は読み込み時刻です/.test(l))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith("seed finding [TOTAL_DISCREPANCY]"))).toHaveLength(2);
      expect(lines).toContain(
        "demo mode: users finance, evaluator, manager, admin, system (passwords in README)",
      );
      // Anonymous visitors see the five published reports; a demo user signs in with the README's password.
      expect(
        (await query(first, "{ _allReportsMeta { count } }")).body.data._allReportsMeta,
      ).toEqual({
        count: 5,
      });
      const login = await query(
        first,
        'mutation { login(loginId: "finance", password: "sosei-finance-demo") { roles } }',
      );
      expect(login.body.data.login.roles).toEqual(["FINANCE"]);
      expect(login.cookie).toMatch(
        /^sosei_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/,
      );
      const session = login.cookie!.split(";")[0];
      const { status, body } = await query(first, "{ allFiscalYears { year label } }", session);
      expect(status).toBe(200);
      expect(body.data.allFiscalYears.map((fy) => fy.label)).toEqual([
        "H30年度",
        "R元年度",
        "R2年度",
        "R3年度",
        "R4年度",
      ]);
      // A second server on the same directory is refused while the first runs.
      await expect(startSosei(config, () => {})).rejects.toMatchObject({ code: "DATA_DIR_LOCKED" });
    } finally {
      await first.close();
    }
    const again: string[] = [];
    const second = await startSosei(config, (line) => again.push(line));
    try {
      expect(again.some((l) => l.startsWith("migrations applied") || l.startsWith("seed:"))).toBe(
        false,
      );
      const { body } = await query(second, "{ _allReportsMeta { count } }");
      expect(body.data._allReportsMeta.count).toBe(5);
      expect(again).toContain(
        "demo mode: users finance, evaluator, manager, admin, system (passwords in README)",
      );
    } finally {
      await second.close();
    }
  });
});
