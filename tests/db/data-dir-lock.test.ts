import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { acquireDataDirLock, LOCK_FILE } from "../../server/src/db/data-dir-lock";

let dir: string;
let other: ChildProcess | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-lock-"));
});
afterEach(() => {
  if (other?.exitCode === null && other.signalCode === null) process.kill(-other.pid!, "SIGKILL");
  other = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Another process holding the kernel lock on dir/sosei.lock, as a running Sosei does. */
async function otherProcessHolds(): Promise<ChildProcess> {
  const lockPath = path.join(dir, LOCK_FILE);
  fs.writeFileSync(lockPath, "pid 4242 since 2026-01-01T00:00:00.000Z\n");
  const child = spawn("flock", ["--exclusive", lockPath, "sh", "-c", "echo held; exec sleep 60"], {
    detached: true,
  });
  await new Promise((resolve) => child.stdout.once("data", resolve));
  return child;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code: string; messageJa: string; messageEn: string }) => error,
  );

describe("data directory lock (flock, held by the kernel for the process's lifetime)", () => {
  it("refuses a directory another process holds, naming it, and leaves its lock alone", async () => {
    other = await otherProcessHolds();
    const failure = await refusal(acquireDataDirLock(dir));
    expect(failure?.code).toBe("DATA_DIR_LOCKED");
    expect(failure?.messageJa).toContain("pid 4242");
    expect(failure?.messageEn).toContain(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")).toContain("pid 4242");
  });

  it("is free the moment its holder is killed with SIGKILL, whatever the file says", async () => {
    other = await otherProcessHolds();
    const exited = new Promise((resolve) => other!.once("exit", resolve));
    process.kill(-other.pid!, "SIGKILL");
    await exited;
    // The file still names a PID (here our parent's, which is alive): PIDs are not trusted.
    fs.writeFileSync(path.join(dir, LOCK_FILE), `pid ${process.ppid} since then\n`);
    const lock = await acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")).toMatch(
      new RegExp(`^pid ${process.pid} since \\d{4}-`),
    );
    await lock.release();
  });

  it("refuses a second open in the same process and frees the directory on release", async () => {
    const lock = await acquireDataDirLock(dir);
    const failure = await refusal(acquireDataDirLock(dir));
    expect(failure?.code).toBe("DATA_DIR_LOCKED");
    expect(failure?.messageEn).toMatch(/already open in this process/);
    await lock.release();
    await (await acquireDataDirLock(dir)).release();
  });
});
