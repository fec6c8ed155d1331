import type { LegResult, Row } from "./leg";

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join("  ");
}

function rowCells(row: Row): string[] {
  const t = row.throughput;
  return [
    `${row.operation} ${row.impl === "graphql" ? "GraphQL" : "raw SQL"}`,
    ms(row.latency.p50),
    ms(row.latency.p95),
    t.requestsPerSecond.toFixed(1),
    String(t.failed),
    row.statementsPerRequest.toFixed(1),
    ms(row.maxStallMs),
    `${mb(row.peakRssBytes)} (+${Math.round((row.peakRssBytes - row.baseRssBytes) / 1024 / 1024)})`,
  ];
}

/** One table per database engine, with GraphQL/raw ratios under each operation. */
export function formatLeg(leg: LegResult): string {
  const header = [
    "operation",
    "p50 ms",
    "p95 ms",
    "req/s",
    "failed",
    "SQL/req",
    "max stall ms",
    "peak RSS (growth)",
  ];
  const lines: string[][] = [header];
  for (let i = 0; i < leg.rows.length; i += 2) {
    const [graphql, raw] = [leg.rows[i], leg.rows[i + 1]];
    lines.push(rowCells(graphql), rowCells(raw));
    lines.push([
      "  ratio GraphQL/raw",
      ratio(graphql.latency.p50, raw.latency.p50),
      ratio(graphql.latency.p95, raw.latency.p95),
      ratio(graphql.throughput.requestsPerSecond, raw.throughput.requestsPerSecond),
      "",
      ratio(graphql.statementsPerRequest, raw.statementsPerRequest),
      ratio(graphql.maxStallMs, raw.maxStallMs),
      "",
    ]);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((line) => line[c].length)));
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const beside = leg.besideFy;
  const syncs = leg.syncs
    ? `${(leg.syncs.syncs / leg.syncs.writes).toFixed(1)} per write (${(leg.syncs.bySessions / leg.syncs.writes).toFixed(1)} by the committing sessions), over ${leg.syncs.writes} updates`
    : "not measured (install strace)";
  return [
    `${leg.backend}: 25-row list beside a whole-FY read, as deployed (query workers): p50 ${ms(beside.list.p50)} ms, p95 ${ms(beside.list.p95)} ms, max ${ms(beside.list.max)} ms over ${beside.list.runs} requests (${beside.fyReads} whole-FY reads meanwhile); longest event-loop stall ${ms(beside.maxStallMs)} ms`,
    `${leg.backend}: fsync/fdatasync calls: ${syncs}`,
    `${leg.backend}: data generated in ${(leg.generateMs / 1000).toFixed(1)} s, server RSS then ${mb(leg.rssAfterGenerateBytes)}`,
    pad(header, widths),
    rule,
    ...lines.slice(1).map((line) => pad(line, widths)),
  ].join("\n");
}
