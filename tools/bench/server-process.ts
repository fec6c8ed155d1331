/**
 * The server side of `pnpm bench`, in its own process so that the load generator does not
 * share its event loop or heap: builds the synthetic fiscal year, then serves GraphQL (the
 * real server, with a SQL statement counter) and the raw-SQL reference on loopback, and
 * answers the parent's questions (statement counts, peak RSS) over IPC.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serveDatabase } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient, type Database } from "../../server/src/db/database";
import { migrate } from "../../server/src/db/migrate";
import { openEmbedded } from "../../server/src/db/embedded-database";
import { createLogger } from "../../server/src/log/logger";
import { openPostgres } from "../../server/src/db/postgres-database";
import { withQueryCounter } from "../../server/src/db/query-counter";
import { generateFiscalYear } from "../synthetic/generate-reports";
import { hashPassword, randomPassword } from "../../server/src/auth/password";
import { signIn } from "../support/sign-in";
import { startPostGraphile } from "./postgraphile-server";
import { startRawServer } from "./raw-server";

export interface ServerSetup {
  backend: "embedded" | "postgres";
  databaseUrl?: string;
  fiscalYear: number;
  reports: number;
  programsPerReport: number;
  kpisPerReport: number;
  /** The first reports are drafts (editors update drafts); the rest stay published. */
  draftReports: number;
}

export type ToServer = { cmd: "stats" } | { cmd: "resetPeak" } | { cmd: "stop" };

export interface Stats {
  graphqlStatements: number;
  rawStatements: number;
  peakRssBytes: number;
  /** RSS right after the last reset (after a gc), so the peak can be shown as growth too. */
  baseRssBytes: number;
  /** Longest event-loop stall since the last reset: requests wait at least this long. */
  maxStallMs: number;
}

export type FromServer =
  | {
      kind: "ready";
      graphqlUrl: string;
      /** The same database served as deployed (query workers). */
      deployedUrl: string;
      /** PostgreSQL's server process (local in the bench), for counting its sync calls. */
      postmasterPid: number;
      rawUrl: string;
      /** PostGraphile 4 over the same database: the peer. */
      peerUrl: string;
      reportIds: number[];
      /** Session of the benchmark's user (every role, every municipality). */
      cookie: string;
      generateMs: number;
      rssBytes: number;
    }
  | ({ kind: "stats" } & Stats)
  | { kind: "failed"; message: string };

const send = (message: FromServer) => process.send!(message);

/** The server process of a local PostgreSQL: the parent of our session's backend. */
async function postmasterOf(db: Database): Promise<number> {
  const [{ pid }] = await db.sql.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** The embedded engine as `pnpm start` runs it (durable), in a scratch data directory. */
async function open(setup: ServerSetup): Promise<Database> {
  if (setup.backend === "postgres") return openPostgres(setup.databaseUrl!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-bench-"));
  const db = await openEmbedded(dir, createLogger({ level: "warn" }));
  return {
    ...db,
    async close() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function run(setup: ServerSetup): Promise<void> {
  const db = await open(setup);
  await migrate(db.sql);
  const started = performance.now();
  const prisma = createPrismaClient(db);
  const { reportIds } = await generateFiscalYear(prisma, setup);
  const generateMs = performance.now() - started;
  const password = randomPassword();
  await prisma.user.create({
    data: {
      loginId: "bench",
      name: "bench",
      email: "bench@localhost.invalid",
      roles: ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"],
      municipalityId: null,
      passwordHash: await hashPassword(password),
    },
  });
  // Editors update drafts; generated reports are published, and the anonymous list reads them.
  await prisma.report.updateMany({
    where: { id: { in: reportIds.slice(0, setup.draftReports) } },
    data: { status: "DRAFT" },
  });
  await prisma.$disconnect();

  const graphqlCounter = { count: 0 };
  const rawCounter = { count: 0 };
  const config = {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false", NODE_ENV: "production" }, "/"),
    databaseUrl: "unused",
  };
  // Counted, in one thread: the table's per-request costs beside plain SQL.
  const server = await serveDatabase(
    withQueryCounter(db, graphqlCounter),
    { ...config, queryWorkers: 0 },
    () => {},
  );
  // As `pnpm start` runs (query worker threads), for the list beside a whole-FY read.
  const deployed = await serveDatabase({ ...db, close: async () => {} }, config, () => {});
  const raw = await startRawServer(db.sql, rawCounter);
  const peer = await startPostGraphile(db.url);
  const cookie = await signIn(server.url, "bench", password);

  // Peak RSS between two resets, sampled often enough to catch a whole-FY response.
  let peak = process.memoryUsage.rss();
  let base = peak;
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);

  process.on("message", (message: ToServer) => {
    if (message.cmd === "stats") {
      peak = Math.max(peak, process.memoryUsage.rss());
      send({
        kind: "stats",
        graphqlStatements: graphqlCounter.count,
        rawStatements: rawCounter.count,
        peakRssBytes: peak,
        baseRssBytes: base,
        maxStallMs: stalls.max / 1e6,
      });
    } else if (message.cmd === "resetPeak") {
      global.gc?.();
      peak = base = process.memoryUsage.rss();
      stalls.reset();
    } else {
      clearInterval(sampler);
      void Promise.all([raw.close(), peer.close(), deployed.close(), server.close()]).finally(() =>
        process.exit(0),
      );
    }
  });
  send({
    kind: "ready",
    graphqlUrl: server.url,
    deployedUrl: deployed.url,
    postmasterPid: await postmasterOf(db),
    rawUrl: raw.url,
    peerUrl: peer.url,
    reportIds,
    cookie,
    generateMs,
    rssBytes: process.memoryUsage.rss(),
  });
}

// Whatever happens to the bench process (Ctrl-C, a crash), this one must not outlive it.
process.once("disconnect", () => process.exit(0));

process.once("message", (setup: ServerSetup) => {
  run(setup).catch((error: Error) => {
    send({ kind: "failed", message: error.stack ?? error.message });
    process.exit(1);
  });
});
