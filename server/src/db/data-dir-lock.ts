import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../errors/startup-error";

export const LOCK_FILE = "sosei.lock";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `dir/sosei.lock` for this process, or refuses when a live process holds it.
 * A lock left by a dead process is taken over. Returns the release function.
 */
export function acquireDataDirLock(dir: string): () => void {
  const lockPath = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        fs.rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new StartupError(
          "DATA_DIR_LOCKED",
          `データディレクトリ ${dir} は別のプロセス (PID ${holder}) が使用中です。そのプロセスを終了するか、SOSEI_DATA_DIR で別のディレクトリを指定してください。`,
          `The data directory ${dir} is in use by another process (PID ${holder}). Stop that process or choose another directory with SOSEI_DATA_DIR.`,
        );
      }
      if (holder === process.pid) {
        throw new StartupError(
          "DATA_DIR_LOCKED",
          `データディレクトリ ${dir} はこのプロセスで既に開かれています。`,
          `The data directory ${dir} is already open in this process.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new StartupError(
    "DATA_DIR_LOCKED",
    `データディレクトリ ${dir} のロックを取得できませんでした。`,
    `Could not lock the data directory ${dir}.`,
  );
}
