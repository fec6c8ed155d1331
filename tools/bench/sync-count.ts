import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface SyncCount {
  writes: number;
  /** fsync/fdatasync calls of every PostgreSQL process meanwhile. */
  syncs: number;
  /** …of the sessions that committed (client backends): the wait at commit. */
  bySessions: number;
}

/** Child processes by parent pid, from /proc (Linux). */
export function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

const isSession = (pid: number) => {
  try {
    return !/^postgres: (checkpointer|background writer|walwriter|autovacuum|logical|archiver|io worker)/.test(
      fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " "),
    );
  } catch {
    return true;
  }
};

/**
 * Counts the sync calls a PostgreSQL server makes while `write` runs (strace -f on the
 * postmaster and every process under it); null without strace (`apt-get install strace`).
 */
export async function countSyncs(
  postmasterPid: number,
  write: () => Promise<number>,
): Promise<SyncCount | null> {
  if (spawnSync("strace", ["-V"]).status !== 0) return null;
  const pids = [postmasterPid, ...(children().get(postmasterPid) ?? [])];
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sosei-strace-")), "trace.txt");
  const strace = spawn("strace", [
    ...["-f", "-qq", "-e", "trace=fsync,fdatasync", "-o", out],
    ...pids.flatMap((pid) => ["-p", String(pid)]),
  ]);
  const attached = (pid: number) =>
    !fs.existsSync(`/proc/${pid}`) ||
    /TracerPid:\s+[1-9]/.test(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  while (!pids.every(attached)) await new Promise((resolve) => setTimeout(resolve, 20));
  const writes = await write();
  const sessions = new Set((children().get(postmasterPid) ?? []).filter(isSession));
  strace.kill("SIGINT");
  await new Promise((resolve) => strace.once("exit", resolve));
  const lines = fs.readFileSync(out, "utf8").split("\n");
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const syncs = lines.filter((l) => /^\d+ +f(data)?sync\(/.test(l));
  const bySessions = syncs.filter((l) => sessions.has(Number(l.split(" ")[0]))).length;
  return { writes, syncs: syncs.length, bySessions };
}
