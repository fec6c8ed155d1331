import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../server/src/common/free-port";

/**
 * A throwaway PostgreSQL cluster for the tests and `pnpm bench`: initdb into a temp dir, listening on a
 * free loopback port only, removed afterwards. As root (CI), the server runs as the
 * `postgres` user because PostgreSQL refuses to run as root.
 */
export interface Cluster {
  url(database: string): string;
  dir: string;
  binDir: string;
  asUser: string | null;
}

export function findPostgresBinDir(): string | null {
  const candidates = [process.env.SOSEI_PG_BIN];
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(base, v, "bin")));
  }
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, "initdb"))) ?? null;
}

function run(binDir: string, asUser: string | null, tool: string, args: string[]): void {
  const command = path.join(binDir, tool);
  const result = asUser
    ? spawnSync("runuser", ["-u", asUser, "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/** `durable`: PostgreSQL's defaults (fsync at commit), as a production server runs; else fast. */
export async function startCluster(binDir: string, { durable = false } = {}): Promise<Cluster> {
  const asUser = process.getuid?.() === 0 ? "postgres" : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-pg-"));
  if (asUser) execFileSync("chown", [asUser, dir]);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  run(binDir, asUser, "initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--no-locale",
  ]);
  // Tests: speed over durability, the cluster lives for one run.
  const fast = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
  run(binDir, asUser, "pg_ctl", [
    "-D",
    dataDir,
    "-o",
    options,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
  ]);
  return {
    dir,
    binDir,
    asUser,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
  };
}

export function stopCluster(cluster: Pick<Cluster, "dir" | "binDir" | "asUser">): void {
  try {
    run(cluster.binDir, cluster.asUser, "pg_ctl", [
      "-D",
      path.join(cluster.dir, "data"),
      "-m",
      "immediate",
      "stop",
    ]);
  } finally {
    fs.rmSync(cluster.dir, { recursive: true, force: true });
  }
}
