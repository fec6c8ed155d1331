import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ensureAccounts } from "./auth/bootstrap";
import { createLoginThrottle } from "./auth/login";
import { readCookie, SESSION_COOKIE } from "./auth/cookies";
import { actorOfSession } from "./auth/session";
import type { Config } from "./config";
import { createContext, type Context } from "./context";
import { createPrismaClient, openDatabase, type Database } from "./db/database";
import { migrate } from "./db/migrate";
import { loadCatalog } from "./list/catalog";
import { adminStaticRoute } from "./http/admin-static";
import { clientAddressOf } from "./http/client-address";
import { graphqlHandler } from "./http/graphql-handler";
import { protectionOptions } from "./http/protection";
import { routeRequest, type Route } from "./http/routes";
import { loadSeeds } from "./io/seed/load-seed";
import { printSeedSummary } from "./io/seed/print-summary";
import { exportRoute } from "./io/http/export-route";
import { importRoute } from "./io/http/import-route";
import { previewRoute } from "./publication/preview-route";
import { publicRoutes } from "./publication/public-routes";
import { buildSoseiSchema } from "./schema";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

type Log = (line: string) => void;

/** Opens the database named by the config, then serves it (see serveDatabase). */
export async function startSosei(config: Config, log: Log = console.log): Promise<RunningServer> {
  const db = await openDatabase(config);
  try {
    log(`database: ${db.description}`);
    return await serveDatabase(db, config, log);
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Migrates an open database, seeds it when empty, and serves GraphQL at /graphql; close() closes the database too. */
export async function serveDatabase(
  db: Database,
  config: Config,
  log: Log,
): Promise<RunningServer> {
  const applied = await migrate(db.sql);
  if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
  const prisma = createPrismaClient(db);
  if (config.seedOnEmpty && (await prisma.municipality.count()) === 0) {
    printSeedSummary(await loadSeeds(prisma), log);
  }
  await ensureAccounts(prisma, { demo: config.demo, admin: config.admin }, log);
  const apollo = new ApolloServer<Context>({
    schema: await buildSoseiSchema(),
    ...protectionOptions<Context>(config),
    // Compact JSON: Apollo's default indents every answer, which makes a whole-FY read about
    // twice as many bytes to build and send (see `pnpm bench`).
    stringifyResult: (result) => JSON.stringify(result),
  });
  await apollo.start();
  const shared = {
    sessions: config.sessions,
    loginThrottle: createLoginThrottle(config.loginAddressLimit),
    db: db.sql,
    catalog: await loadCatalog(db.sql),
  };
  const handle = graphqlHandler(
    apollo,
    async (req) => {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const request = {
        actor: await actorOfSession(db.sql, token),
        sessionToken: token,
        clientAddress: clientAddressOf(req, config.trustProxy),
      };
      return createContext(prisma, request, shared);
    },
    config.maxBodyBytes,
  );
  const actorOf = (req: http.IncomingMessage) =>
    actorOfSession(db.sql, readCookie(req.headers.cookie, SESSION_COOKIE));
  const routes: Route[] = [
    { matches: (path) => path === "/graphql", handle: (req, res) => handle(req, res) },
    adminStaticRoute(),
    publicRoutes(prisma),
    previewRoute(prisma, actorOf),
    importRoute(prisma, actorOf, config.maxUploadBytes),
    exportRoute(prisma, actorOf),
  ];
  const server = http.createServer(
    routeRequest(routes, (error) => log(`[HTTP_ERROR] ${error.message}`)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await prisma.$disconnect();
      await db.close();
    },
  };
}
