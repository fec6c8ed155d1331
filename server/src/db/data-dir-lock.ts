import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../errors/startup-error";

export const LOCK_FILE = "sosei.lock";
/** flock(1)'s exit code when another process holds the lock (our choice, see -E). */
const HELD = 75;

export interface DataDirLock {
  /** Releases the lock and waits until the kernel has dropped it. */
  release(): Promise<void>;
}

function holderOf(lockPath: string): string {
  try {
    return fs.readFileSync(lockPath, "utf8").trim() || "unknown";
  } catch {
    return "unknown";
  }
}

function locked(dir: string, holder: string): StartupError {
  if (holder.startsWith(`pid ${process.pid} `)) {
    return new StartupError(
      "DATA_DIR_LOCKED",
      `データディレクトリ ${dir} はこのプロセスで既に開かれています。`,
      `The data directory ${dir} is already open in this process.`,
    );
  }
  return new StartupError(
    "DATA_DIR_LOCKED",
    `データディレクトリ ${dir} は別のプロセス (${holder}) が使用中です。そのプロセスを終了するか、SOSEI_DATA_DIR で別のディレクトリを指定してください。`,
    `The data directory ${dir} is in use by another process (${holder}). Stop that process or choose another directory with SOSEI_DATA_DIR.`,
  );
}

/**
 * Takes an exclusive flock(2) on `dir/sosei.lock`. Node has no flock, so a small flock(1)
 * process holds it, reading our pipe: when this process ends in any way (even kill -9),
 * the pipe closes, the holder exits and the kernel drops the lock. No PID is trusted, so
 * a restart as PID 1 in a new container or after a reboot always finds the lock free.
 */
export async function acquireDataDirLock(dir: string): Promise<DataDirLock> {
  const lockPath = path.join(dir, LOCK_FILE);
  const holder = spawn(
    "flock",
    [
      ...["--exclusive", "--nonblock", "--conflict-exit-code", String(HELD), lockPath],
      // With the lock held: say so, then wait for the end of our pipe.
      ...["sh", "-c", "echo locked; exec cat >/dev/null"],
    ],
    { stdio: ["pipe", "pipe", "pipe"], cwd: "/" },
  );
  const exited = new Promise<number | null>((resolve) => holder.once("exit", resolve));
  const outcome = await new Promise<"locked" | { code: number | null; error?: Error }>(
    (resolve) => {
      holder.once("error", (error) => resolve({ code: null, error }));
      holder.stdout.once("data", () => resolve("locked"));
      void exited.then((code) => resolve({ code }));
    },
  );
  if (outcome !== "locked") {
    if (outcome.code === HELD) throw locked(dir, holderOf(lockPath));
    const reason = outcome.error?.message ?? `flock exited with ${outcome.code}`;
    throw new StartupError(
      "DATA_DIR_LOCK_FAILED",
      `データディレクトリ ${dir} をロックできません (${reason})。`,
      `Could not lock the data directory ${dir} (${reason}).`,
    );
  }
  // Shown to a second process that is refused; the lock itself is the kernel's.
  fs.writeFileSync(lockPath, `pid ${process.pid} since ${new Date().toISOString()}\n`);
  holder.stdout.destroy();
  holder.stderr.destroy();
  // The holder must not keep a finished CLI alive; close() releases it explicitly anyway.
  const stdin = holder.stdin as unknown as { ref(): void; unref(): void };
  holder.unref();
  stdin.unref();
  let released: Promise<void> | undefined;
  return {
    release() {
      released ??= (async () => {
        // Referenced again, so the process waits for the kernel to drop the lock.
        holder.ref();
        stdin.ref();
        holder.stdin.end();
        await exited;
      })();
      return released;
    },
  };
}
