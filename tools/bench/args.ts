import { parseArgs } from "node:util";

export interface BenchOptions {
  /** National scale: about 1,800 reports a year, 10 programs each, 3 KPIs each. */
  reports: number;
  programsPerReport: number;
  kpisPerReport: number;
  fiscalYear: number;
  /** Sequential runs of the list and update operations, and of the whole-FY read. */
  runs: number;
  fyRuns: number;
  /** Concurrent load: connections and seconds (the whole-FY load is one read per connection). */
  connections: number;
  seconds: number;
  /** Load rounds per operation, raw and GraphQL taking turns; the median is reported. */
  rounds: number;
  backends: ("embedded" | "postgres")[];
}

export const USAGE = `pnpm bench [--reports N] [--programs N] [--kpis N] [--runs N] [--fy-runs N]
           [--connections N] [--seconds N] [--rounds N] [--backend embedded|postgres]`;

function count(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} ${text}: expected an integer ≥ ${min}\n${USAGE}`);
  }
  return value;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: "string" },
      programs: { type: "string" },
      kpis: { type: "string" },
      runs: { type: "string" },
      "fy-runs": { type: "string" },
      connections: { type: "string" },
      seconds: { type: "string" },
      rounds: { type: "string" },
      backend: { type: "string" },
    },
  });
  const backend = values.backend;
  if (backend !== undefined && backend !== "embedded" && backend !== "postgres") {
    throw new Error(`--backend ${backend}: expected embedded or postgres\n${USAGE}`);
  }
  return {
    reports: count("reports", values.reports, 1800),
    programsPerReport: count("programs", values.programs, 10, 0),
    kpisPerReport: count("kpis", values.kpis, 3, 0),
    fiscalYear: 2030,
    runs: count("runs", values.runs, 30),
    fyRuns: count("fy-runs", values["fy-runs"], 5),
    connections: count("connections", values.connections, 10),
    seconds: count("seconds", values.seconds, 3),
    rounds: count("rounds", values.rounds, 3),
    backends: backend ? [backend] : ["embedded", "postgres"],
  };
}
