import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { acquireDataDirLock, LOCK_FILE } from "../../server/src/db/data-dir-lock";
import { StartupError } from "../../server/src/errors/startup-error";

let dir: string;
let holder: ChildProcess | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-lock-"));
});
afterEach(() => {
  holder?.kill();
  holder = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("data directory lock", () => {
  it("refuses a directory that a running process holds, naming the process", () => {
    holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${holder.pid}\n`);
    const failure = (() => {
      try {
        acquireDataDirLock(dir);
      } catch (error) {
        return error as StartupError;
      }
    })();
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure!.code).toBe("DATA_DIR_LOCKED");
    expect(failure!.messageJa).toContain(`PID ${holder.pid}`);
    expect(failure!.messageEn).toContain(dir);
    // The holder's lock is left alone.
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")).toBe(`${holder.pid}\n`);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${gone.pid}\n`);
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")).toBe(`${process.pid}\n`);
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a second open in the same process and frees the directory on release", () => {
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(/already open/);
    release();
    acquireDataDirLock(dir)();
  });
});
