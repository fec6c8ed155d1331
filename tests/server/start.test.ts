import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSosei, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";

/** The embedded-database start a user gets from the README: migrate, seed once, serve. */
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-start-"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query(server: RunningServer, source: string) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: source }),
  });
  const body = (await response.json()) as {
    data: { allFiscalYears: { year: number; label: string }[] };
  };
  return { status: response.status, body };
}

describe("starting on an embedded data directory", () => {
  it("migrates and seeds an empty directory, then reopens it without seeding again", async () => {
    const lines: string[] = [];
    const config = loadConfig({ SOSEI_DATA_DIR: dataDir, PORT: "0" }, "/");
    const first = await startSosei(config, (line) => lines.push(line));
    try {
      expect(lines).toContain("migrations applied: 20261125160000_init");
      expect(lines).toContain("seed: 5 reports created, 0 already present");
      expect(lines.filter((l) => l.startsWith("seed finding [TOTAL_DISCREPANCY]"))).toHaveLength(2);
      const { status, body } = await query(first, "{ allFiscalYears { year label } }");
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
      const { body } = await query(second, "{ allFiscalYears { year } }");
      expect(body.data.allFiscalYears).toHaveLength(5);
    } finally {
      await second.close();
    }
  });
});
