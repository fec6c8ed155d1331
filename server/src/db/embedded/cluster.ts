import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Logger } from "../../log/logger";
import { findBinaries } from "./binaries";
import { runAsFor } from "./account";
import { clusterFailure } from "./failures";
import { initialise, run } from "./initdb";
import { DATABASE, PGDATA, SECRET } from "./layout";
import { ensureOwnership } from "./ownership";
import { clearStalePostmaster } from "./stale-postmaster";
import { freePort } from "../../common/free-port";

/** A PostgreSQL server that Sosei started on its own data directory (see database.ts). */
export interface EmbeddedCluster {
  /** Connection string of the `sosei` database, with the generated password. */
  url: string;
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  pid: number;
  pgdata: string;
  /** Resolves when the server process ends, whoever ended it. */
  exited: Promise<number | null>;
  /** Fast shutdown (roll back, checkpoint, exit); escalates when it takes too long. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** The Sosei data directory; PostgreSQL's own files go to `dataDir/postgres`. */
  dataDir: string;
  log: Logger;
  /** false only for throwaway test clusters: no fsync. */
  durable?: boolean;
}

/** The URL of a database (the maintenance one by default) of the cluster a running Sosei serves from `dataDir`. */
export function runningClusterUrl(dataDir: string, database = "postgres"): string {
  const password = fs.readFileSync(path.join(dataDir, SECRET), "utf8").trim();
  const port = fs.readFileSync(path.join(dataDir, PGDATA, "postmaster.pid"), "utf8").split("\n")[3];
  return `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`;
}

/** PostgreSQL writes its state into postmaster.pid; "ready" once it accepts connections. */
function postmasterReady(pgdata: string): boolean {
  try {
    return (
      fs.readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n")[7]?.trim() ===
      "ready"
    );
  } catch {
    return false;
  }
}

async function waitUntilReady(
  pgdata: string,
  exited: Promise<unknown>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && Date.now() < deadline) {
    if (postmasterReady(pgdata)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

const LEVELS: Record<string, "debug" | "warn" | "error"> = {
  WARNING: "warn",
  ERROR: "warn",
  FATAL: "error",
  PANIC: "error",
};
// PostgreSQL's LOG lines an operator wants to see: start, recovery after a crash, stop.
const TELLING =
  /ready to accept|redo|recover|was interrupted|not properly shut down|shut down|shutdown request/;

/** Starts (and on first use creates) the cluster under `dataDir`. The caller holds the data-dir lock. */
export async function startCluster(options: ClusterOptions): Promise<EmbeddedCluster> {
  const { dataDir, log } = options;
  const pgdata = path.join(dataDir, PGDATA);
  const binaries = findBinaries();
  const runAs = runAsFor([dataDir, binaries.postgres]);
  if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) await initialise(dataDir, runAs, log);
  const password = fs.readFileSync(path.join(dataDir, SECRET), "utf8").trim();
  if (ensureOwnership(pgdata, runAs)) {
    log.info(
      { event: "postgres_files_owned", user: runAs.user },
      "data files handed to the PostgreSQL account",
    );
  }
  await clearStalePostmaster(pgdata, log);
  const port = await freePort();
  const settings = [
    "listen_addresses=127.0.0.1",
    "unix_socket_directories=",
    "max_connections=100",
    // Enough WAL kept for `pnpm db:backup` to copy what a running backup needs.
    "wal_keep_size=256MB",
    ...(options.durable === false
      ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]
      : []),
  ];
  const child = run(
    runAs,
    [binaries.postgres, "-D", pgdata, "-p", String(port), ...settings.flatMap((s) => ["-c", s])],
    pgdata,
  );
  const recent: string[] = [];
  const onLine = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    const severity = /^\S+ \S+ \S+ \[\d+\] (\w+):/.exec(line)?.[1] ?? /^(\w+):/.exec(line)?.[1];
    const level = LEVELS[severity ?? ""] ?? (TELLING.test(line) ? "info" : "debug");
    log[level]({ event: "postgres", postgresPid: child.pid }, line);
  };
  let partial = "";
  const take = (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop()!;
    lines.filter(Boolean).forEach(onLine);
  };
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      onLine(error.message);
      resolve(-1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)));
  });
  const base = `postgresql://postgres:${password}@127.0.0.1:${port}`;
  const started = performance.now();
  // Recovery after a crash replays the WAL first; a large backlog may take minutes.
  if (!(await waitUntilReady(pgdata, exited, 10 * 60_000))) {
    child.kill("SIGQUIT");
    await exited;
    throw clusterFailure(dataDir, recent);
  }
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      DATABASE,
    ]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  log.info(
    {
      event: "postgres_started",
      postgresPid: child.pid,
      port,
      ms: Math.round(performance.now() - started),
    },
    "PostgreSQL started",
  );
  return {
    url: `${base}/${DATABASE}`,
    adminUrl: `${base}/postgres`,
    pid: child.pid!,
    pgdata,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const escalate = (signal: NodeJS.Signals, ms: number) =>
        setTimeout(() => {
          log.warn(
            { event: "postgres_stop_slow", signal },
            `PostgreSQL did not stop; sending ${signal}`,
          );
          child.kill(signal);
        }, ms).unref();
      child.kill("SIGINT");
      const quit = escalate("SIGQUIT", 30_000);
      const kill = escalate("SIGKILL", 40_000);
      await exited;
      clearTimeout(quit);
      clearTimeout(kill);
    },
  };
}
