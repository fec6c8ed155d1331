import { ApolloServer } from "@apollo/server";
import { readCookie, SESSION_COOKIE } from "../auth/cookies";
import { actorOfSession } from "../auth/session";
import type { Config } from "../config";
import { createContext, type Context } from "../context";
import type { PrismaClient } from "../db/database";
import type { SqlSession } from "../db/sql-driver";
import { loadCatalog } from "../list/catalog";
import type { Logger } from "../log/logger";
import { buildSoseiSchema } from "../schema";
import { errorReportingPlugin } from "./error-reporting";
import { protectionOptions } from "./protection";

/** What a request contributes to its context, in a form that can cross to a worker thread. */
export interface RequestFacts {
  cookie?: string;
  clientAddress: string;
}

export interface GraphQLService {
  apollo: ApolloServer<Context>;
  contextFor(request: RequestFacts): Promise<Context>;
}

/** Apollo with Sosei's schema, protection and error reporting, started; the same in every thread. */
export async function startGraphQL(
  prisma: PrismaClient,
  db: SqlSession,
  config: Config,
  log: Logger,
  onPublished?: (reportId: number) => void,
): Promise<GraphQLService> {
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
    login: { addressLimit: config.loginAddressLimit },
    db,
    catalog: await loadCatalog(db),
    onPublished,
  };
  return {
    apollo,
    async contextFor({ cookie, clientAddress }) {
      const token = readCookie(cookie, SESSION_COOKIE);
      const actor = await actorOfSession(db, token);
      return createContext(prisma, { actor, sessionToken: token, clientAddress }, shared);
    },
  };
}
