import http from "node:http";
import autocannon from "autocannon";

/** Loopback only: the benchmark never sends anything off the machine. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") {
    throw new Error(`benchmark target ${url} is not on loopback`);
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** A second client's connection, for requests that run beside the first one's. */
const sideAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface Reply {
  status: number;
  text: string;
}

export interface PostOptions {
  /** The side client's connection, for requests beside the main client's. */
  side?: boolean;
  /** A session ("name=value"); the references (plain SQL, PostGraphile) ignore it. */
  cookie?: string;
}

/** One POST of a JSON body over a kept-alive loopback connection. */
export function post(url: string, body: string, options: PostOptions = {}): Promise<Reply> {
  const { side = false, cookie } = options;
  assertLoopback(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: side ? sideAgent : agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

/**
 * Times `runs` sequential calls of `timed` (after `warmup` untimed ones). `prepare` runs
 * before each call, untimed (e.g. re-reading a version), and hands its result to `timed`.
 */
export async function sequential<P>(
  runs: number,
  warmup: number,
  prepare: (i: number) => Promise<P>,
  timed: (prepared: P, i: number) => Promise<void>,
): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const prepared = await prepare(i);
    const started = performance.now();
    await timed(prepared, i);
    if (i >= warmup) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

export interface Throughput {
  requestsPerSecond: number;
  /** CPU time per request of the server process and of PostgreSQL (see cpu-time.ts). */
  cpuMsPerRequest?: { server: number; database: number };
  completed: number;
  failed: number;
  seconds: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Stop after this many seconds… */
  seconds: number;
  /** …or after this many requests, for operations that take seconds each. */
  amount?: number;
  requests: autocannon.Request[];
  cookie?: string;
  /** Counts answers that are not what they should be (GraphQL errors arrive with 200). */
  failures?: () => number;
}

/** Requests/second under concurrent load with autocannon, on loopback, bounded in time. */
export async function underLoad(options: LoadOptions): Promise<Throughput> {
  assertLoopback(options.url);
  const bad: string[] = [];
  // Every answer is checked: an HTTP error, or a GraphQL error inside a 200, is a failure.
  const requests = options.requests.map((request): autocannon.Request => ({
    ...request,
    onResponse(status, body, context, headers) {
      if (status !== 200 || body.startsWith('{"errors"')) {
        bad.push(`${status} ${body.slice(0, 300)}`);
      }
      if (typeof request.onResponse === "function") {
        request.onResponse(status, body, context, headers);
      }
    },
  }));
  const started = performance.now();
  const result = await autocannon({
    url: options.url,
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    timeout: 120,
    // autocannon notices the end only at its next sample; the default (1 s) would pad short runs.
    sampleInt: 20,
    requests,
  });
  if (bad.length) console.warn(`    ${bad.length} failed answers, e.g. ${bad[0]}`);
  // Wall time rather than autocannon's duration, which is rounded to 10 ms.
  const seconds = (performance.now() - started) / 1000;
  const completed = result["2xx"];
  const failed = Math.max(bad.length, result.non2xx) + result.errors + (options.failures?.() ?? 0);
  if (result.errors)
    console.warn(`    ${result.errors} connection errors (${result.timeouts} timeouts)`);
  return {
    requestsPerSecond: completed / seconds,
    completed,
    failed,
    seconds,
  };
}
