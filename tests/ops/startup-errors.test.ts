import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../server/src/common/free-port";
import { spawnSosei } from "../helpers/server-process";

/**
 * What an operator sees when Sosei cannot start: one readable line on stderr (code,
 * Japanese, English, the directory or server), exit code 1, never a stack.
 */
jest.setTimeout(120_000);

let dir: string;
const mounts: string[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-fail-"));
});
afterEach(() => {
  for (const mount of mounts.splice(0)) spawnSync("umount", [mount]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A small file system of its own (root only): full, or read-only. */
function mountTmpfs(name: string, options: string): string {
  const target = path.join(dir, name);
  fs.mkdirSync(target);
  execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", target]);
  mounts.push(target);
  return target;
}

async function failedStart(env: Record<string, string>) {
  const sosei = await spawnSosei(env, { ready: false });
  const code = await sosei.exited;
  return { code, stderr: sosei.stderr, logs: sosei.logs };
}

const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot("start-up on a broken data directory", () => {
  it("a full disk", async () => {
    const full = mountTmpfs("full", "size=1m");
    const { code, stderr } = await failedStart({ SOSEI_DATA_DIR: path.join(full, "data") });
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^\[DISK_FULL\] .*のディスクに空きがありません.* \/ The disk holding .*\/full\/data is full\./,
    );
  });

  it("a read-only directory", async () => {
    const readOnly = mountTmpfs("ro", "ro,size=1m");
    for (const dataDir of [readOnly, path.join(readOnly, "data")]) {
      const { code, stderr } = await failedStart({ SOSEI_DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(
        new RegExp(
          `^\\[DATA_DIR_NOT_WRITABLE\\] データディレクトリ ${dataDir} に書き込めません.* / Cannot write to the data directory ${dataDir} `,
        ),
      );
    }
  });
});

describe("start-up without its PostgreSQL", () => {
  it("retries with backoff for SOSEI_DB_WAIT_SECONDS, then says so in one line", async () => {
    const port = await freePort();
    const started = performance.now();
    const { code, stderr, logs } = await failedStart({
      DATABASE_URL: `postgresql://sosei:secret@127.0.0.1:${port}/sosei`,
      SOSEI_DB_WAIT_SECONDS: "3",
    });
    const elapsed = performance.now() - started;
    expect(code).toBe(1);
    expect(stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[DATABASE_UNREACHABLE\\] PostgreSQL \\(PostgreSQL postgresql://sosei:\\*\\*\\*@127.0.0.1:${port}/sosei\\) に 3 秒間接続できませんでした: .*ECONNREFUSED.* / Could not reach PostgreSQL .* for 3 s`,
        ),
      ),
    ]);
    expect(stderr[0]).not.toContain("secret");
    const retries = logs.filter((r) => r.event === "database_unreachable");
    expect(retries.map((r) => r.retryInMs)).toEqual([250, 500, 1000].slice(0, retries.length));
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(elapsed).toBeGreaterThan(1500);
    expect(elapsed).toBeLessThan(15_000);
  });
});
