import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../server/src/common/free-port";

/** The compiled server (the global setup builds it), started as `pnpm start` starts it. */
export const SERVER_MAIN = path.resolve(__dirname, "../../server/dist/server/src/main.js");

export interface LogRecord {
  level: string;
  event?: string;
  msg: string;
  [key: string]: unknown;
}

export interface SoseiProcess {
  child: ChildProcess;
  /** http://127.0.0.1:port */
  base: string;
  logs: LogRecord[];
  stderr: string[];
  exited: Promise<number | null>;
  /** Resolves with the first log record that matches. */
  waitForLog(match: (record: LogRecord) => boolean, timeoutMs?: number): Promise<LogRecord>;
}

/**
 * Spawns `prefix... node main.js` with the given environment (embedded database in
 * `dataDir` unless DATABASE_URL is given); `ready` waits for the "ready" log line.
 */
export async function spawnSosei(
  env: Record<string, string>,
  options: { prefix?: string[]; ready?: boolean } = {},
): Promise<SoseiProcess> {
  const port = env.PORT ?? String(await freePort());
  const [program, ...args] = [...(options.prefix ?? []), process.execPath, SERVER_MAIN];
  const child = spawn(program!, args, {
    env: { ...process.env, NODE_ENV: "", DATABASE_URL: "", PORT: port, HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogRecord[] = [];
  const stderr: string[] = [];
  const waiters: { match: (r: LogRecord) => boolean; resolve: (r: LogRecord) => void }[] = [];
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const record = JSON.parse(line) as LogRecord;
      logs.push(record);
      for (const waiter of waiters.filter((w) => w.match(record))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) =>
    stderr.push(...chunk.toString("utf8").split("\n").filter(Boolean)),
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const waitForLog = (match: (record: LogRecord) => boolean, timeoutMs = 60_000) => {
    const found = logs.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<LogRecord>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no such log line in ${timeoutMs} ms; stderr: ${stderr.join("\n")}`)),
        timeoutMs,
      );
      waiters.push({
        match,
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}) first; stderr: ${stderr.join("\n")}`));
      });
    });
  };
  const running: SoseiProcess = {
    child,
    base: `http://127.0.0.1:${port}`,
    logs,
    stderr,
    exited,
    waitForLog,
  };
  if (options.ready !== false) await waitForLog((r) => r.event === "ready", 120_000);
  return running;
}

/** The secret and port of the embedded PostgreSQL a running Sosei serves from `dataDir`. */
export function embeddedUrl(dataDir: string, database = "sosei"): string {
  const secret = fs.readFileSync(path.join(dataDir, "postgres.secret"), "utf8").trim();
  const pid = fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n");
  return `postgresql://postgres:${secret}@127.0.0.1:${pid[3]}/${database}`;
}

/** Signs in over HTTP and returns a function that runs GraphQL as that user. */
export async function signedIn(base: string, loginId = "finance") {
  const login = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { login(loginId: "${loginId}", password: "sosei-${loginId}-demo") { name } }`,
    }),
  });
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      requestId: response.headers.get("x-request-id"),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      body: (await response.json()) as any,
    };
  };
}
