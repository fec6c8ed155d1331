import os from "node:os";
import type { BenchOptions } from "./args";
import { sequential, underLoad, type Latency, type Throughput } from "./measure";
import { listPage, wholeFiscalYear, type Operation, type Target } from "./operations";
import { ServerChild } from "./server-child";
import type { ServerSetup } from "./server-process";
import { singleUpdate } from "./update-operation";
import type { Impl } from "./workload";
import { listBesideFiscalYear, type BesideFy } from "./beside-fy";
import { checkSameFacts } from "./same-facts";
import { countSyncs, type SyncCount } from "./sync-count";
import { cpuSnapshot } from "./cpu-time";

export interface Row {
  operation: string;
  impl: Impl;
  latency: Latency;
  throughput: Throughput;
  /** NaN where not counted (PostGraphile's own pool). */
  statementsPerRequest: number;
  peakRssBytes: number;
  baseRssBytes: number;
  maxStallMs: number;
}

export interface LegResult {
  backend: ServerSetup["backend"];
  /** The 25-row list while another client reads the whole FY, served as deployed. */
  besideFy: BesideFy & { maxStallMs: number };
  syncs: SyncCount | null;
  generateMs: number;
  rssAfterGenerateBytes: number;
  /** One entry per operation: its rows by implementation. */
  operations: Partial<Record<Impl, Row>>[];
  /** Load averages (1 min) before and after the leg: the machine is shared. */
  load: [number, number];
}

interface Measured {
  op: Operation;
  runs: (o: BenchOptions) => number;
  warmup: number;
  /** Connections under load, when not --connections (the list is also measured one at a time). */
  connections?: number;
  /** PostGraphile runs without mutations: updates compare with plain SQL only. */
  impls: Impl[];
}

/** Raw first: RSS rarely shrinks, so whatever runs later inherits the earlier ones' peak. */
const ALL: Impl[] = ["raw", "postgraphile", "graphql"];

const lists = (signedIn: boolean): Measured[] =>
  [1, undefined].map((connections) => {
    const op = listPage(signedIn);
    return {
      op: { ...op, name: `${op.name}, c=${connections ?? "N"}` },
      runs: (o) => o.runs,
      warmup: 5,
      connections,
      impls: ALL,
    };
  });

const OPERATIONS: Measured[] = [
  { op: wholeFiscalYear, runs: (o) => o.fyRuns, warmup: 1, impls: ALL },
  ...lists(false),
  ...lists(true),
  { op: singleUpdate, runs: (o) => o.runs, warmup: 3, impls: ["raw", "graphql"] },
];

/** Statements of one run, counted by the server (GraphQL through Prisma's adapter, raw by hand). */
async function statementsPerRequest(child: ServerChild, op: Operation, t: Target): Promise<number> {
  if (t.impl === "postgraphile") return NaN;
  const prepared = await op.prepare?.(t, 0);
  const before = await child.stats();
  await op.run(t, 0, true, prepared);
  const after = await child.stats();
  const key = t.impl === "graphql" ? "graphqlStatements" : "rawStatements";
  return (after[key] - before[key]) / op.requestsPerRun(t);
}

/** Requests per second of each implementation, in alternating rounds; the median of each. */
async function throughputs(
  entry: Measured,
  targets: Record<Impl, Target>,
  options: BenchOptions,
  cpu: () => { server: number; database: number },
): Promise<Partial<Record<Impl, Throughput>>> {
  const connections = entry.connections ?? options.connections;
  const rounds = new Map<Impl, Throughput[]>(entry.impls.map((impl) => [impl, []]));
  // A shared machine's noise hits all alike when they take turns.
  for (let round = 0; round < options.rounds; round++) {
    for (const impl of entry.impls) {
      const t = targets[impl];
      const mix = await entry.op.load(t, connections);
      const before = cpu();
      const throughput = await underLoad({
        url: t.url,
        connections,
        seconds: options.seconds,
        ...mix,
      });
      const after = cpu();
      const per = (key: "server" | "database") =>
        Math.max(0, after[key] - before[key]) / Math.max(1, throughput.completed);
      throughput.cpuMsPerRequest = { server: per("server"), database: per("database") };
      rounds.get(impl)!.push(throughput);
    }
  }
  const median = (list: Throughput[]): Throughput => {
    const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const failed = list.reduce((sum, t) => sum + t.failed, 0);
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const cpuMsPerRequest = {
      server: mid(list.map((t) => t.cpuMsPerRequest!.server)),
      database: mid(list.map((t) => t.cpuMsPerRequest!.database)),
    };
    return { ...sorted[Math.floor(sorted.length / 2)]!, failed, cpuMsPerRequest };
  };
  return Object.fromEntries([...rounds].map(([impl, list]) => [impl, median(list)]));
}

async function measure(
  child: ServerChild,
  postmasterPid: number,
  entry: Measured,
  targets: Record<Impl, Target>,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Partial<Record<Impl, Row>>> {
  const { op } = entry;
  const measured: Omit<Row, "throughput" | "maxStallMs">[] = [];
  for (const impl of entry.impls) {
    const t = targets[impl];
    child.resetPeak();
    const statements = await statementsPerRequest(child, op, t);
    const latency = await sequential(
      entry.runs(options),
      entry.warmup,
      async (i) => (op.prepare ? op.prepare(t, i) : 0),
      (prepared, i) => op.run(t, i + 1, false, prepared),
    );
    const { peakRssBytes, baseRssBytes } = await child.stats();
    measured.push({
      operation: op.name,
      impl,
      latency,
      statementsPerRequest: statements,
      peakRssBytes,
      baseRssBytes,
    });
  }
  const throughput = await throughputs(entry, targets, options, () =>
    cpuSnapshot(child.pid, postmasterPid),
  );
  const { maxStallMs } = await child.stats();
  const rows = measured.map((m) => ({ ...m, throughput: throughput[m.impl]!, maxStallMs }));
  for (const row of rows) {
    log(
      `  ${op.name} ${row.impl}: p50 ${row.latency.p50.toFixed(1)} ms, ${row.throughput.requestsPerSecond.toFixed(1)} req/s (load ${os.loadavg()[0].toFixed(2)})`,
    );
  }
  return Object.fromEntries(rows.map((row) => [row.impl, row]));
}

/** One database engine: generate the FY in a fresh server process, measure, stop it. */
export async function runLeg(
  setup: ServerSetup,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<LegResult> {
  const child = new ServerChild(setup);
  try {
    const ready = await child.ready;
    log(
      `${setup.backend}: ${setup.reports} reports generated in ${(ready.generateMs / 1000).toFixed(1)} s`,
    );
    const loadBefore = os.loadavg()[0];
    const urls: Record<Impl, string> = {
      graphql: ready.graphqlUrl,
      raw: ready.rawUrl,
      postgraphile: ready.peerUrl,
    };
    const target = (impl: Impl): Target => ({
      impl,
      url: urls[impl],
      fiscalYear: setup.fiscalYear,
      reports: setup.reports,
      programsPerReport: setup.programsPerReport,
      reportIds: ready.reportIds,
      cookie: ready.cookie,
    });
    const targets = {
      raw: target("raw"),
      graphql: target("graphql"),
      postgraphile: target("postgraphile"),
    };
    await checkSameFacts(targets);
    log(`  the answers of Sosei, plain SQL and PostGraphile carry the same facts`);
    const operations: Partial<Record<Impl, Row>>[] = [];
    for (const entry of OPERATIONS)
      operations.push(await measure(child, ready.postmasterPid, entry, targets, options, log));
    const deployed: Target = { ...targets.graphql, url: ready.deployedUrl };
    child.resetPeak();
    const beside = await listBesideFiscalYear(deployed, options.runs * 3);
    const { maxStallMs } = await child.stats();
    log(
      `  list beside a whole-FY read: p95 ${beside.list.p95.toFixed(1)} ms, max stall ${maxStallMs.toFixed(1)} ms`,
    );
    const syncs = await countSyncs(ready.postmasterPid, async () => {
      for (let i = 0; i < options.runs; i++) {
        await singleUpdate.run(deployed, i, false, await singleUpdate.prepare!(deployed, i));
      }
      return options.runs;
    });
    return {
      backend: setup.backend,
      besideFy: { ...beside, maxStallMs },
      syncs,
      generateMs: ready.generateMs,
      rssAfterGenerateBytes: ready.rssBytes,
      operations,
      load: [loadBefore, os.loadavg()[0]],
    };
  } finally {
    await child.stop();
  }
}
