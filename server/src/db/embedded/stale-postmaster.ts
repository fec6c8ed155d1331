import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../../log/logger";

/** The process `pid` is a PostgreSQL server running on `pgdata` (it works in its data directory). */
function servesDirectory(pid: number, pgdata: string): boolean {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`) === fs.realpathSync(pgdata);
  } catch {
    return false;
  }
}

/**
 * PostgreSQL trusts the PID in postmaster.pid, which after kill -9 in a container (every
 * start is the same few PIDs) may belong to an unrelated process, and then it refuses to
 * start forever. We hold the data-dir lock, so no live Sosei uses this cluster: a server
 * still on it is the orphan of a Sosei that just died and is shutting down on its
 * parent-death signal, so we wait for it; any other postmaster.pid is stale and removed.
 */
export async function clearStalePostmaster(
  pgdata: string,
  log: Logger,
  waitMs = 60_000,
): Promise<void> {
  const file = path.join(pgdata, "postmaster.pid");
  if (!fs.existsSync(file)) return;
  const pid = Number.parseInt(fs.readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && process.platform === "linux" && servesDirectory(pid, pgdata)) {
    log.warn(
      { event: "postgres_orphan", pid },
      "waiting for the previous PostgreSQL server to stop",
    );
    const deadline = Date.now() + waitMs;
    while (servesDirectory(pid, pgdata) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (servesDirectory(pid, pgdata)) process.kill(pid, "SIGQUIT");
    return;
  }
  log.warn(
    { event: "postgres_stale_pid", pid },
    "removing postmaster.pid left by a server that is gone",
  );
  fs.rmSync(file, { force: true });
}
