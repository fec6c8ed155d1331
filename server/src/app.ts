import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import type { Config } from "./config";
import type { Context } from "./context";
import { createPrismaClient, openDatabase } from "./db/database";
import { migrate } from "./db/migrate";
import { graphqlHandler } from "./http/graphql-handler";
import { loadSeeds } from "./io/seed/load-seed";
import { printSeedSummary } from "./io/seed/print-summary";
import { buildSoseiSchema } from "./schema";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

type Log = (line: string) => void;

/** Opens the database, migrates, seeds an empty one, and serves GraphQL at /graphql. */
export async function startSosei(config: Config, log: Log = console.log): Promise<RunningServer> {
  const db = await openDatabase(config);
  try {
    log(`database: ${db.description}`);
    const applied = await migrate(db.sql);
    if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
    const prisma = createPrismaClient(db);
    if (config.seedOnEmpty && (await prisma.municipality.count()) === 0) {
      printSeedSummary(await loadSeeds(prisma), log);
    }
    const apollo = new ApolloServer<Context>({
      schema: await buildSoseiSchema(),
      introspection: config.introspection,
      includeStacktraceInErrorResponses: !config.production,
    });
    await apollo.start();
    const handle = graphqlHandler(apollo, async () => ({ prisma }));
    const server = http.createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0];
      if (path !== "/graphql") {
        res
          .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
          .end("Not found: GraphQL is served at /graphql\n");
        return;
      }
      handle(req, res).catch((error: Error) => {
        log(`[HTTP_ERROR] ${error.message}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
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
  } catch (error) {
    await db.close();
    throw error;
  }
}
