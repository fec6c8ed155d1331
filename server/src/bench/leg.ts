import type { BenchOptions } from "./args";
import { sequential, underLoad, useSession, type Latency, type Throughput } from "./measure";
import { listPage, wholeFiscalYear, type Operation, type Target } from "./operations";
import { ServerChild } from "./server-child";
import type { ServerSetup } from "./server-process";
import { singleUpdate } from "./update-operation";
import type { Impl } from "./workload";
import { listBesideFiscalYear, type BesideFy } from "./beside-fy";
import { countSyncs, type SyncCount } from "./sync-count";

export interface Row {
  operation: string;
  impl: Impl;
  latency: Latency;
  throughput: Throughput;
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
  rows: Row[];
}

const OPERATIONS: { op: Operation; runs: (o: BenchOptions) => number; warmup: number }[] = [
  { op: wholeFiscalYear, runs: (o) => o.fyRuns, warmup: 1 },
  { op: listPage, runs: (o) => o.runs, warmup: 5 },
  { op: singleUpdate, runs: (o) => o.runs, warmup: 3 },
];

/** Statements of one run, counted by the server (GraphQL through Prisma's adapter, raw by hand). */
async function statementsPerRequest(child: ServerChild, op: Operation, t: Target): Promise<number> {
  const prepared = await op.prepare?.(t, 0);
  const before = await child.stats();
  await op.run(t, 0, true, prepared);
  const after = await child.stats();
  const key = t.impl === "graphql" ? "graphqlStatements" : "rawStatements";
  return (after[key] - before[key]) / op.requestsPerRun(t);
}

async function measure(
  child: ServerChild,
  entry: (typeof OPERATIONS)[number],
  t: Target,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Row> {
  const { op } = entry;
  child.resetPeak();
  const statements = await statementsPerRequest(child, op, t);
  const latency = await sequential(
    entry.runs(options),
    entry.warmup,
    async (i) => (op.prepare ? op.prepare(t, i) : 0),
    (prepared, i) => op.run(t, i + 1, false, prepared),
  );
  const mix = await op.load(t, options.connections);
  const throughput = await underLoad({
    url: t.url,
    connections: options.connections,
    seconds: options.seconds,
    ...mix,
  });
  const { peakRssBytes, baseRssBytes, maxStallMs } = await child.stats();
  log(
    `  ${op.name} ${t.impl}: p50 ${latency.p50.toFixed(1)} ms, ${throughput.requestsPerSecond.toFixed(1)} req/s`,
  );
  return {
    operation: op.name,
    impl: t.impl,
    latency,
    throughput,
    statementsPerRequest: statements,
    peakRssBytes,
    baseRssBytes,
    maxStallMs,
  };
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
    useSession(ready.cookie);
    log(
      `${setup.backend}: ${setup.reports} reports generated in ${(ready.generateMs / 1000).toFixed(1)} s`,
    );
    const rows: Row[] = [];
    for (const entry of OPERATIONS) {
      const target = (impl: Impl): Target => ({
        impl,
        url: impl === "graphql" ? ready.graphqlUrl : ready.rawUrl,
        fiscalYear: setup.fiscalYear,
        reports: setup.reports,
        programsPerReport: setup.programsPerReport,
        reportIds: ready.reportIds,
      });
      // Raw first: RSS rarely shrinks, so whatever runs second inherits the first one's peak.
      const raw = await measure(child, entry, target("raw"), options, log);
      rows.push(await measure(child, entry, target("graphql"), options, log), raw);
    }
    const deployed: Target = {
      impl: "graphql",
      url: ready.deployedUrl,
      fiscalYear: setup.fiscalYear,
      reports: setup.reports,
      programsPerReport: setup.programsPerReport,
      reportIds: ready.reportIds,
    };
    child.resetPeak();
    const beside = await listBesideFiscalYear(
      deployed.url,
      setup.fiscalYear,
      setup.reports,
      options.runs * 3,
    );
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
      rows,
    };
  } finally {
    await child.stop();
  }
}
