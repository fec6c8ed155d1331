// The schema the admin is built against: the server's own schema, built in-process with
// buildSoseiSchema() and written as introspection JSON (admin/generated/introspection.json),
// so the admin never needs introspection at run time (it is off in production). The same
// schema is written as SDL to server/schema.graphql, which is committed so that every change
// of the API shows in review as a diff (tests/api/schema-file.test.ts fails when it is stale),
// and the admin's TypeScript types are generated from it (graphql-types.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TYPES_FILE, writeGraphqlTypes } from "./graphql-types.mjs";
import { mtime, newestMtime } from "./mtime.mjs";

const require = createRequire(import.meta.url);

/** Compiles the server when its build is older than its sources (`pnpm start` has done it already). */
function ensureServerBuilt(repo, newestSource) {
  const built = path.join(repo, "server/dist/server/src/schema.js");
  if (mtime(built) >= newestSource) return built;
  console.log("admin: compiling the server for its schema");
  const tsc = path.join(repo, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "server/tsconfig.json"], {
    cwd: repo,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("tsc -p server/tsconfig.json failed");
  return built;
}

function writeIfChanged(repo, name, text) {
  const file = path.join(repo, name);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  fs.writeFileSync(file, text);
  console.log(`admin: wrote ${name}`);
}

/**
 * Writes admin/generated/introspection.json when the server's sources changed since it was
 * last checked. The file is rewritten only when the schema differs, so an unchanged schema
 * does not rebuild the admin; a stamp records the check.
 */
export async function ensureIntrospection(repo) {
  const dir = path.join(repo, "admin/generated");
  const stamp = path.join(dir, "introspection.checked");
  const newestSource = newestMtime(path.join(repo, "server/src"));
  const written = ["admin/generated/introspection.json", "server/schema.graphql", TYPES_FILE];
  if (written.every((name) => fs.existsSync(path.join(repo, name))) && mtime(stamp) >= newestSource)
    return;
  const built = ensureServerBuilt(repo, newestSource);
  const { buildSoseiSchema, printSoseiSchema } = require(built);
  const { introspectionFromSchema } = require(require.resolve("graphql", { paths: [built] }));
  const schema = await buildSoseiSchema();
  const introspection = introspectionFromSchema(schema, { descriptions: false });
  fs.mkdirSync(dir, { recursive: true });
  writeIfChanged(
    repo,
    "admin/generated/introspection.json",
    `${JSON.stringify(introspection.__schema)}\n`,
  );
  writeIfChanged(repo, "server/schema.graphql", printSoseiSchema(schema));
  writeGraphqlTypes(repo);
  fs.writeFileSync(stamp, new Date().toISOString());
}

// Run directly (`pnpm typecheck`): the admin's sources import the file this writes.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureIntrospection(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."));
}
