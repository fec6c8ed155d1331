import fs from "node:fs";
import { children } from "./sync-count";

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, and with `reaped` that of its
 * children that have ended too (PostgreSQL's ended sessions); 0 once it is gone.
 */
export function processCpuMs(pid: number, reaped = false): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    // utime, stime, cutime, cstime are fields 14-17 of stat; the slice starts at field 3.
    const ticks = fields[11] + fields[12] + (reaped ? fields[13] + fields[14] : 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * CPU time a server process and PostgreSQL's processes have used so far, in ms. Throughput on a
 * shared machine moves with the neighbours' load; the CPU a request costs hardly does.
 */
export function cpuSnapshot(serverPid: number, postmasterPid: number) {
  const backends = children().get(postmasterPid) ?? [];
  return {
    server: processCpuMs(serverPid),
    database: backends.reduce(
      (sum, pid) => sum + processCpuMs(pid),
      processCpuMs(postmasterPid, true),
    ),
  };
}
