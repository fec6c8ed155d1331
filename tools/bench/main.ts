/**
 * `pnpm bench`: a national-scale fiscal year (1,800 reports, 18,000 programs, 5,400 KPIs)
 * on the embedded PostgreSQL and on an external PostgreSQL, measured over loopback HTTP against plain SQL.
 * PostgreSQL is DATABASE_URL when set (a scratch database is created and dropped in it),
 * otherwise a throwaway cluster like the tests'. `--reports N` shrinks the run.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { openPostgres } from "../../server/src/db/postgres-database";
import { parseBenchArgs, type BenchOptions } from "./args";
import { runLeg, type LegResult } from "./leg";
import {
  findPostgresBinDir,
  startCluster,
  stopCluster,
  type Cluster,
} from "../support/postgres-cluster";
import type { ServerSetup } from "./server-process";
import { formatLeg } from "./table";
import { updatedReports } from "./update-operation";

const log = (line: string) => console.log(line);

function setupOf(
  options: BenchOptions,
  backend: ServerSetup["backend"],
  databaseUrl?: string,
): ServerSetup {
  return {
    backend,
    databaseUrl,
    fiscalYear: options.fiscalYear,
    reports: options.reports,
    programsPerReport: options.programsPerReport,
    kpisPerReport: options.kpisPerReport,
    draftReports: updatedReports(options.connections),
  };
}

/** A scratch database on the PostgreSQL server at adminUrl, dropped afterwards. */
async function withScratchDatabase<T>(
  adminUrl: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const name = `sosei_bench_${randomBytes(4).toString("hex")}`;
  const admin = openPostgres(adminUrl);
  try {
    await admin.sql.exec(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.sql.exec(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.close();
  }
}

async function postgresLeg(options: BenchOptions): Promise<LegResult | string> {
  const run = (url: string) => runLeg(setupOf(options, "postgres", url), options, log);
  if (process.env.DATABASE_URL) return withScratchDatabase(process.env.DATABASE_URL, run);
  const binDir = findPostgresBinDir();
  if (!binDir) return "postgres: skipped (no DATABASE_URL and no PostgreSQL server binaries)";
  const cluster: Cluster = await startCluster(binDir, { durable: true });
  // Ctrl-C must not leave a PostgreSQL server running in /tmp.
  const interrupted = () => {
    stopCluster(cluster);
    process.exit(130);
  };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  try {
    log(`postgres: throwaway cluster in ${cluster.dir}`);
    return await withScratchDatabase(cluster.url("postgres"), run);
  } finally {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    stopCluster(cluster);
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = performance.now();
  log(
    `Sosei bench: ${options.reports} reports × ${options.programsPerReport} programs, ` +
      `${options.kpisPerReport} KPIs each; ${options.connections} connections; ` +
      `${os.cpus().length} CPUs, Node ${process.version}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  const results: (LegResult | string)[] = [];
  for (const backend of options.backends) {
    results.push(
      backend === "embedded"
        ? await runLeg(setupOf(options, "embedded"), options, log)
        : await postgresLeg(options),
    );
  }
  log("");
  for (const result of results) log(typeof result === "string" ? result : `${formatLeg(result)}\n`);
  log(
    "p50/p95: sequential runs (the whole FY is all its pages in a row; an update re-reads the " +
      "version first, untimed).\nreq/s: autocannon over loopback (whole FY: pages per second, " +
      "one full read per connection). SQL/req: statements the server sent per HTTP request.\n" +
      "CPU ms/req: CPU time of the server process and of PostgreSQL under load, per request;\n" +
      "it moves far less with a shared machine's load than req/s does.\n" +
      "max stall: longest event-loop block in the server process (sequential runs and load).",
  );
  log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
