import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../server/src/paths";
import { buildSoseiSchema, printSoseiSchema } from "../../server/src/schema";

/**
 * server/schema.graphql is committed so that every change of the API is reviewed as a diff.
 * It must be the schema the server builds: `pnpm schema` (or `pnpm typecheck`) rewrites it.
 */
it("server/schema.graphql is the schema the server builds", async () => {
  const committed = fs.readFileSync(path.join(REPO_ROOT, "server", "schema.graphql"), "utf8");
  const built = printSoseiSchema(await buildSoseiSchema());
  if (committed !== built) {
    throw new Error("server/schema.graphql is stale: run `pnpm schema` and commit the result");
  }
  // Sanity: the file holds the API, not an empty print.
  expect(built).toMatch(/type Query \{[\s\S]*allReports\(/);
});
