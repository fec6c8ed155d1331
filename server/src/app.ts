import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { readCookie, SESSION_COOKIE } from "./auth/cookies";
import { actorOfSession } from "./auth/session";
import { ensureAccounts } from "./auth/bootstrap";
import type { Config } from "./config";
import { createPrismaClient, openDatabase, type Database } from "./db/database";
import { migrate, readMigrations } from "./db/migrate";
import { underStartupLock } from "./db/startup-lock";
import { clientAddressOf } from "./http/client-address";
import { graphqlRoute } from "./http/routes/graphql";
import { startGraphQL } from "./http/graphql-service";
import { healthRoutes } from "./http/routes/health";
import { createHttpServer } from "./http/lifecycle";
import { isLongRead } from "./http/long-reads";
import { QueryWorkers, workersAvailable } from "./http/query-workers";
import { requestIdOf } from "./http/request-id";
import { routeRequest, type Route } from "./http/routes/router";
import { adminStaticRoute } from "./http/routes/admin-static";
import { exportRoute } from "./http/routes/export";
import { importRoute } from "./http/routes/import";
import { loadSeeds } from "./io/seed/load-seed";
import { printSeedSummary } from "./io/seed/print-summary";
import { previewRoute } from "./http/routes/preview";
import { PublicationPdfs } from "./publication/pdf/publication-pdfs";
import { publicRoutes } from "./http/routes/public";
import { createLogger, lineLogger, type Logger } from "./log/logger";

export interface RunningServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Requests being answered now. */
  inFlight(): number;
  /** Graceful stop (see http/lifecycle.ts), then the database closes. */
  close(): Promise<void>;
  /** Resolves if the database goes away under the running server. */
  lost?: Promise<string>;
}

/** A pino logger, or (for tests) a function that receives each record's message. */
export type LogSink = Logger | ((line: string) => void);

function loggerOf(log: LogSink | undefined, level = "info"): Logger {
  if (log === undefined) return createLogger({ level });
  if (typeof log !== "function") return log;
  return createLogger({
    level,
    destination: { write: (json: string) => log((JSON.parse(json) as { msg: string }).msg) },
  });
}

/** Query workers (see http/query-workers.ts), when configured and the server runs compiled. */
async function startQueryWorkers(
  db: Database,
  config: Config,
  log: Logger,
): Promise<QueryWorkers | null> {
  if (config.queryWorkers === 0 || !workersAvailable()) return null;
  const workers = new QueryWorkers(db.url, config, log, db.kind === "embedded");
  await workers.start(config.queryWorkers);
  log.info({ event: "query_workers", count: config.queryWorkers }, "query worker threads started");
  return workers;
}

/** Opens the database named by the config, then serves it (see serveDatabase). */
export async function startSosei(config: Config, sink?: LogSink): Promise<RunningServer> {
  const log = loggerOf(sink, config.logLevel);
  const db = await openDatabase(config, log);
  try {
    log.info({ event: "database", engine: db.kind }, `database: ${db.description}`);
    return { ...(await serveDatabase(db, config, log)), lost: db.lost };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Migrates an open database, seeds it when empty, and serves GraphQL at /graphql; close() closes the database too. */
export async function serveDatabase(
  db: Database,
  config: Config,
  sink: LogSink,
): Promise<RunningServer> {
  const log = loggerOf(sink, config.logLevel);
  // Threads start (building the schema) while the database is migrated and seeded.
  const workersStarting = startQueryWorkers(db, config, log);
  workersStarting.catch(() => {}); // awaited in serve(); this only marks it handled meanwhile
  try {
    return await serve(db, config, log, workersStarting);
  } catch (error) {
    await (await workersStarting.catch(() => null))?.stop();
    throw error;
  }
}

async function serve(
  db: Database,
  config: Config,
  log: Logger,
  workersStarting: Promise<QueryWorkers | null>,
): Promise<RunningServer> {
  const migrations = readMigrations();
  const prisma = createPrismaClient(db);
  await underStartupLock(db.sql, async () => {
    const applied = await migrate(db.sql, migrations);
    if (applied.length) {
      log.info({ event: "migration", applied }, `migrations applied: ${applied.join(", ")}`);
    }
    if (config.seedOnEmpty && (await prisma.municipality.count()) === 0) {
      printSeedSummary(await loadSeeds(prisma), lineLogger(log, "seed"));
    }
    await ensureAccounts(
      prisma,
      { demo: config.demo, admin: config.admin },
      lineLogger(log, "accounts"),
    );
  });
  const pdfs = new PublicationPdfs(prisma, log);
  const service = await startGraphQL(prisma, db.sql, config, log, (reportId) =>
    config.pdfOnPublish ? pdfs.published(reportId) : undefined,
  );
  const workers = await workersStarting;
  const graphql = graphqlRoute(
    service.apollo,
    (req) =>
      service.contextFor({
        cookie: req.headers.cookie,
        clientAddress: clientAddressOf(req, config.trustProxy),
      }),
    config.maxBodyBytes,
    workers === null
      ? undefined
      : (req, request) =>
          isLongRead(request.body)
            ? workers.run({
                ...request,
                cookie: req.headers.cookie,
                clientAddress: clientAddressOf(req, config.trustProxy),
              })
            : null,
  );
  const actorOf = (req: IncomingMessage) =>
    actorOfSession(db.sql, readCookie(req.headers.cookie, SESSION_COOKIE));
  const routes: Route[] = [
    graphql,
    ...healthRoutes(
      db.sql,
      migrations.map((m) => m.name),
    ),
    adminStaticRoute(),
    publicRoutes(prisma, pdfs),
    previewRoute(prisma, actorOf),
    importRoute(prisma, actorOf, config.maxUploadBytes),
    exportRoute(prisma, actorOf),
  ];
  const http = createHttpServer(
    routeRequest(routes, (error, req) =>
      log.error({ event: "request_error", requestId: requestIdOf(req), err: error }, error.message),
    ),
    log,
    config.slowRequestMs,
  );
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(config.port, config.host, resolve);
  });
  const { port } = http.server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}/graphql`,
    inFlight: http.inFlight,
    close() {
      closed ??= (async () => {
        const { finished, cutOff } = await http.drain(config.shutdownGraceSeconds * 1000);
        log.info({ event: "shutdown_drained", finished, cutOff }, "HTTP server closed");
        await Promise.all([service.apollo.stop(), workers?.stop()]);
        // Together: a query of a request cut off may hold a connection until the database
        // closes (the embedded server then ends such sessions).
        await Promise.all([prisma.$disconnect().catch(() => {}), db.close()]);
      })();
      return closed;
    },
  };
}
