import type { LegResult, Row } from "./leg";
import type { Impl } from "./workload";

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const pct = (a: number, b: number) => (b > 0 ? `${Math.round((a / b) * 100)} %` : "–");
const cpuOf = (row: Row) => row.throughput.cpuMsPerRequest!;
const cpuCell = (row: Row) => `${cpuOf(row).server.toFixed(2)} + ${cpuOf(row).database.toFixed(2)}`;
const NAMES: Record<Impl, string> = {
  graphql: "Sosei",
  raw: "plain SQL",
  postgraphile: "PostGraphile",
};

function table(lines: string[][]): string[] {
  const widths = lines[0].map((_, c) => Math.max(...lines.map((line) => line[c].length)));
  const pad = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ");
  return [pad(lines[0]), widths.map((w) => "-".repeat(w)).join("  "), ...lines.slice(1).map(pad)];
}

function rowCells(row: Row): string[] {
  const t = row.throughput;
  return [
    `${row.operation} ${NAMES[row.impl]}`,
    ms(row.latency.p50),
    ms(row.latency.p95),
    t.requestsPerSecond.toFixed(1),
    String(t.failed),
    Number.isNaN(row.statementsPerRequest) ? "–" : row.statementsPerRequest.toFixed(1),
    cpuCell(row),
    ms(row.maxStallMs),
    `${mb(row.peakRssBytes)} (+${Math.round((row.peakRssBytes - row.baseRssBytes) / 1024 / 1024)})`,
  ];
}

/** Every operation, every implementation, with Sosei's ratios to each reference under it. */
function details(leg: LegResult): string[] {
  const header = [
    "operation",
    "p50 ms",
    "p95 ms",
    "req/s",
    "failed",
    "SQL/req",
    "CPU ms/req node + pg",
    "max stall ms",
    "peak RSS (growth)",
  ];
  const lines: string[][] = [header];
  for (const rows of leg.operations) {
    const sosei = rows.graphql!;
    lines.push(
      ...(["graphql", "postgraphile", "raw"] as const).flatMap((i) =>
        rows[i] ? [rowCells(rows[i])] : [],
      ),
    );
    for (const impl of ["raw", "postgraphile"] as const) {
      const other = rows[impl];
      if (!other) continue;
      lines.push([
        `  ratio Sosei/${NAMES[impl]}`,
        ratio(sosei.latency.p50, other.latency.p50),
        ratio(sosei.latency.p95, other.latency.p95),
        ratio(sosei.throughput.requestsPerSecond, other.throughput.requestsPerSecond),
        "",
        ratio(sosei.statementsPerRequest, other.statementsPerRequest),
        `${ratio(cpuOf(sosei).server, cpuOf(other).server)} + ${ratio(cpuOf(sosei).database, cpuOf(other).database)}`,
        ratio(sosei.maxStallMs, other.maxStallMs),
        ratio(sosei.peakRssBytes - sosei.baseRssBytes, other.peakRssBytes - other.baseRssBytes),
      ]);
    }
  }
  return table(lines);
}

/** The table: what the targets are stated in (throughput share, time ratio). */
function summary(leg: LegResult): string[] {
  const header = [
    "request",
    "Sosei",
    "PostGraphile 4",
    "plain SQL",
    "Sosei / plain",
    "Sosei / PostGraphile",
  ];
  const lines: string[][] = [header];
  for (const rows of leg.operations) {
    const [s, g, r] = [rows.graphql!, rows.postgraphile, rows.raw!];
    const p50 = (row?: Row) => (row ? `${ms(row.latency.p50)} ms` : "");
    const rps = (row?: Row) => (row ? `${row.throughput.requestsPerSecond.toFixed(1)} req/s` : "");
    // A list's p50 is the same sequential run twice; its throughput is what differs.
    if (!s.operation.startsWith("list"))
      lines.push([
        `${s.operation}, p50 (c=1)`,
        p50(s),
        p50(g),
        p50(r),
        `${ratio(s.latency.p50, r.latency.p50)} the time`,
        g ? `${ratio(s.latency.p50, g.latency.p50)} the time` : "",
      ]);
    const cpu = (row?: Row) =>
      row ? `${(cpuOf(row).server + cpuOf(row).database).toFixed(2)} ms` : "";
    const cpuRatio = (row: Row) =>
      `${ratio(cpuOf(s).server + cpuOf(s).database, cpuOf(row).server + cpuOf(row).database)} the CPU`;
    lines.push([
      `${s.operation}, throughput`,
      rps(s),
      rps(g),
      rps(r),
      pct(s.throughput.requestsPerSecond, r.throughput.requestsPerSecond),
      g ? pct(s.throughput.requestsPerSecond, g.throughput.requestsPerSecond) : "",
    ]);
    lines.push([
      `${s.operation}, CPU per request under load`,
      cpu(s),
      cpu(g),
      cpu(r),
      cpuRatio(r),
      g ? cpuRatio(g) : "",
    ]);
  }
  return table(lines);
}

/** Signed-in list throughput as a share of the anonymous one, per concurrency. */
function signedInShare(leg: LegResult): string {
  const lists = leg.operations
    .map((rows) => rows.graphql!)
    .filter((row) => row.operation.startsWith("list"));
  const anonymous = lists.filter((row) => !row.operation.includes("signed in"));
  const signedIn = lists.filter((row) => row.operation.includes("signed in"));
  const shares = anonymous.map((a, i) => {
    const c = a.operation.split(", ").at(-1);
    return `${c} ${pct(signedIn[i]?.throughput.requestsPerSecond ?? 0, a.throughput.requestsPerSecond)}`;
  });
  return `${leg.backend}: Sosei's list signed in, share of anonymous req/s: ${shares.join(", ")}`;
}

/** One report per database engine: the summary, then the details. */
export function formatLeg(leg: LegResult): string {
  const beside = leg.besideFy;
  const syncs = leg.syncs
    ? `${(leg.syncs.syncs / leg.syncs.writes).toFixed(1)} per write (${(leg.syncs.bySessions / leg.syncs.writes).toFixed(1)} by the committing sessions), over ${leg.syncs.writes} updates`
    : "not measured (install strace)";
  return [
    `${leg.backend}: load average (1 min) ${leg.load[0].toFixed(2)} before, ${leg.load[1].toFixed(2)} after (2 means two busy cores)`,
    `${leg.backend}: 25-row list beside a whole-FY read, as deployed (query workers): p50 ${ms(beside.list.p50)} ms, p95 ${ms(beside.list.p95)} ms, max ${ms(beside.list.max)} ms over ${beside.list.runs} requests (${beside.fyReads} whole-FY reads meanwhile); longest event-loop stall ${ms(beside.maxStallMs)} ms`,
    `${leg.backend}: fsync/fdatasync calls: ${syncs}`,
    `${leg.backend}: data generated in ${(leg.generateMs / 1000).toFixed(1)} s, server RSS then ${mb(leg.rssAfterGenerateBytes)}`,
    signedInShare(leg),
    "",
    ...summary(leg),
    "",
    ...details(leg),
  ].join("\n");
}
