import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../../errors/startup-error";

/**
 * How PostgreSQL's programs are started. PostgreSQL refuses to run as root, so as root they
 * run as SOSEI_PG_USER (default `postgres` when that account exists, else `nobody`). When
 * that account cannot reach the data directory or the binaries (a clone under /root), it
 * keeps only the capability to pass file permissions, which root had anyway. On Linux the
 * server also gets a parent-death signal: if Sosei dies, even by kill -9, PostgreSQL shuts
 * down instead of living on as an orphan.
 */
export interface RunAs {
  /** The account's uid and gid; null when we are not root and run as ourselves. */
  uid: number | null;
  gid: number | null;
  user: string | null;
  /** Prefix for every PostgreSQL command: [program, ...args] */
  wrap(command: string[]): string[];
}

function idOf(user: string, flag: "-u" | "-g"): number | null {
  try {
    return Number(execFileSync("id", [flag, user], { encoding: "utf8", stdio: "pipe" }).trim());
  } catch {
    return null;
  }
}

/** Whether uid/gid may pass through every directory above (and including) `target`. */
function reachable(target: string, uid: number, gid: number): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir)) {
      const stat = fs.statSync(dir);
      const bit = stat.uid === uid ? 0o100 : stat.gid === gid ? 0o010 : 0o001;
      if (!(stat.mode & bit)) return false;
    }
    if (path.dirname(dir) === dir) return true;
  }
}

export function runAsFor(paths: string[], env: NodeJS.ProcessEnv = process.env): RunAs {
  const linux = process.platform === "linux";
  const deathSignal = linux ? ["--pdeathsig", "SIGINT"] : [];
  if (process.getuid?.() !== 0) {
    return {
      uid: null,
      gid: null,
      user: null,
      wrap: (command) => (linux ? ["setpriv", ...deathSignal, "--", ...command] : command),
    };
  }
  const user = env.SOSEI_PG_USER || (idOf("postgres", "-u") !== null ? "postgres" : "nobody");
  const uid = idOf(user, "-u");
  const gid = idOf(user, "-g");
  if (uid === null || gid === null || uid === 0) {
    throw new StartupError(
      "CONFIG_INVALID",
      `環境変数 SOSEI_PG_USER=${user}: root 以外の既存のアカウントを指定してください`,
      `environment variable SOSEI_PG_USER=${user}: expected an existing account other than root`,
    );
  }
  const caps = paths.every((p) => reachable(p, uid, gid))
    ? []
    : [
        "--inh-caps=+dac_override,+dac_read_search",
        "--ambient-caps=+dac_override,+dac_read_search",
      ];
  const ids = [`--reuid=${uid}`, `--regid=${gid}`, "--clear-groups"];
  return {
    uid,
    gid,
    user,
    wrap: (command) => ["setpriv", ...ids, ...caps, ...deathSignal, "--", ...command],
  };
}
