import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { postgraphile } from "postgraphile";

/**
 * The peer a municipality could pick instead of Sosei: PostGraphile 4 over the same tables,
 * set up as its documentation advises for production (no GraphiQL, no watch, no query log),
 * with a pool as large as Sosei's. It has no permission rules: it is the bar, not a rival API.
 */
export async function startPostGraphile(
  databaseUrl: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const handler = postgraphile(pool, "public", {
    graphqlRoute: "/graphql",
    graphiql: false,
    watchPg: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    disableDefaultMutations: true,
  });
  // Introspection runs before the first request; wait for it so it is never timed.
  await handler.getGraphQLSchema();
  const server = http.createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.release();
      await pool.end();
    },
  };
}
