import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../server/src/paths";

/**
 * admin/src/generated/graphql.ts holds the admin's API types, generated from the committed
 * server/schema.graphql (whose own freshness tests/api/schema-file.test.ts checks). It must be
 * what the generator makes of that schema: `pnpm schema` rewrites both.
 */
it("admin/src/generated/graphql.ts is generated from server/schema.graphql", () => {
  const check = spawnSync(process.execPath, ["admin/scripts/graphql-types.mjs", "--check"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(check.stderr || `exit ${check.status}`);
  // Sanity: the file holds the API's types, with nullability and enums as the schema says.
  const types = fs.readFileSync(path.join(REPO_ROOT, "admin/src/generated/graphql.ts"), "utf8");
  expect(types).toMatch(/export interface Report \{[\s\S]*?\n {2}overview: string \| null;\n/);
  expect(types).toMatch(/export interface Report \{[\s\S]*?\n {2}programs: BudgetProgram\[\];\n/);
  expect(types).toContain('export type MoneyUnit = "THOUSAND_YEN" | "YEN";');
});
