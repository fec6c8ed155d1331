import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../../log/logger";
import type { RunAs } from "./account";
import { findBinaries } from "./binaries";
import { initFailure } from "./failures";
import { PGDATA, SECRET } from "./layout";

/** A PostgreSQL program as the account `runAs` names (see account.ts). */
export function run(runAs: RunAs, command: string[], cwd: string): ChildProcess {
  const [program, ...args] = runAs.wrap(command);
  // PostgreSQL reads LANG/LC_*; the cluster is initialised without a locale anyway.
  return spawn(program!, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
}

function collect(child: ChildProcess): { lines: string[]; done: Promise<number | null> } {
  const lines: string[] = [];
  const take = (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  const done = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      lines.push(error.message);
      resolve(-1);
    });
    child.once("exit", (code) => resolve(code));
  });
  return { lines, done };
}

function chownTree(dir: string, runAs: RunAs): void {
  if (runAs.uid === null) return;
  fs.chownSync(dir, runAs.uid, runAs.gid!);
}

/**
 * initdb into a scratch directory that is renamed into place when complete, so a crash
 * during the first start leaves no half-made cluster behind.
 */
export async function initialise(dataDir: string, runAs: RunAs, log: Logger): Promise<void> {
  const { initdb } = findBinaries();
  const scratch = path.join(dataDir, `${PGDATA}.init`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { mode: 0o700 });
  chownTree(scratch, runAs);
  const password = randomBytes(24).toString("hex");
  const pwfile = path.join(scratch, "..", `${SECRET}.init`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== null) fs.chownSync(pwfile, runAs.uid, runAs.gid!);
  const started = performance.now();
  const initdbRun = collect(
    run(
      runAs,
      [
        initdb,
        "-D",
        scratch,
        "-U",
        "postgres",
        "--pwfile",
        pwfile,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--no-locale",
        "--no-instructions",
      ],
      dataDir,
    ),
  );
  const code = await initdbRun.done;
  fs.rmSync(pwfile, { force: true });
  if (code !== 0) throw initFailure(dataDir, initdbRun.lines);
  fs.writeFileSync(path.join(dataDir, `${SECRET}.tmp`), password, { mode: 0o600 });
  fs.renameSync(path.join(dataDir, `${SECRET}.tmp`), path.join(dataDir, SECRET));
  fs.renameSync(scratch, path.join(dataDir, PGDATA));
  const fd = fs.openSync(dataDir, "r");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  log.info(
    { event: "postgres_initialised", ms: Math.round(performance.now() - started) },
    "PostgreSQL cluster created",
  );
}
