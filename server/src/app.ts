import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ensureAccounts } from "./auth/bootstrap";
import { createLoginThrottle } from "./auth/login";
import { readCookie, SESSION_COOKIE } from "./auth/cookies";
import { actorOfSession } from "./auth/session";
import type { Config } from "./config";
import { createContext, type Context } from "./context";
import { createPrismaClient, openDatabase, type Database } from "./db/database";
import { migrate, readMigrations } from "./db/migrate";
import { clientAddressOf } from "./http/client-address";
import { errorReportingPlugin } from "./http/error-reporting";
import { graphqlHandler } from "./http/graphql-handler";
import { healthRoutes } from "./http/health";
import { createHttpServer } from "./http/lifecycle";
import { protectionOptions } from "./http/protection";
import { requestIdOf } from "./http/request-id";
import { routeRequest, type Route } from "./http/routes";
import { loadSeeds } from "./io/seed/load-seed";
import { printSeedSummary } from "./io/seed/print-summary";
import { createLogger, lineLogger, type Logger } from "./log/logger";
import { buildSoseiSchema } from "./schema";

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
  const migrations = readMigrations();
  const applied = await migrate(db.sql, migrations);
  if (applied.length) {
    log.info({ event: "migration", applied }, `migrations applied: ${applied.join(", ")}`);
  }
  const prisma = createPrismaClient(db);
  if (config.seedOnEmpty && (await prisma.municipality.count()) === 0) {
    printSeedSummary(await loadSeeds(prisma), lineLogger(log, "seed"));
  }
  await ensureAccounts(
    prisma,
    { demo: config.demo, admin: config.admin },
    lineLogger(log, "accounts"),
  );
  const protection = protectionOptions<Context>(config);
  const apollo = new ApolloServer<Context>({
    schema: await buildSoseiSchema(),
    ...protection,
    plugins: [...protection.plugins!, errorReportingPlugin(log)],
    // main.ts handles SIGTERM/SIGINT; Apollo's own handler would stop it a second time.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo's default indents every answer, which makes a whole-FY read about
    // twice as many bytes to build and send (see `pnpm bench`).
    stringifyResult: (result) => JSON.stringify(result),
  });
  await apollo.start();
  const shared = {
    sessions: config.sessions,
    loginThrottle: createLoginThrottle(config.loginAddressLimit),
  };
  const handle = graphqlHandler(
    apollo,
    async (req) => {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const request = {
        actor: await actorOfSession(prisma, token),
        sessionToken: token,
        clientAddress: clientAddressOf(req, config.trustProxy),
      };
      return createContext(prisma, request, shared);
    },
    config.maxBodyBytes,
  );
  const routes: Route[] = [
    { matches: (path) => path === "/graphql", handle: (req, res) => handle(req, res) },
    ...healthRoutes(
      db.sql,
      migrations.map((m) => m.name),
    ),
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
        await apollo.stop();
        // Together: a query of a request cut off may hold a connection until the database
        // closes (the embedded server then ends such sessions).
        await Promise.all([prisma.$disconnect().catch(() => {}), db.close()]);
      })();
      return closed;
    },
  };
}
