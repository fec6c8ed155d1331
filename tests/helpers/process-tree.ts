import fs from "node:fs";

/** Every living descendant of `pid` (PostgreSQL's server and its backends under Sosei). */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (p: number) =>
    (parents.get(p) ?? []).forEach((child) => {
      found.push(child);
      walk(child);
    });
  walk(pid);
  return found;
}

/** Freezes a process and all its descendants (parents first, so nothing new is forked). */
export function freeze(pid: number): number[] {
  process.kill(pid, "SIGSTOP");
  const frozen = [pid];
  for (let round = 0; round < 3; round++) {
    for (const child of descendants(pid)) {
      if (frozen.includes(child)) continue;
      process.kill(child, "SIGSTOP");
      frozen.push(child);
    }
  }
  return frozen;
}

export function thaw(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      // gone
    }
  }
}
