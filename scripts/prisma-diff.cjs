#!/usr/bin/env node
// Writes the SQL that takes one Prisma schema to another, offline, with Prisma 6.19's
// wasm engine (Prisma 7's CLI needs a native engine that cannot be downloaded here).
// Usage: node scripts/prisma-diff.cjs [--from OLD.prisma | --from-empty] --to NEW.prisma
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const prisma6 = path.join(root, "node_modules/prisma6/build/index.js");

/** Prisma 6 requires `url` in the datasource block; Prisma 7 rejects it. */
function withUrl(schemaText) {
  return schemaText.replace(/datasource\s+\w+\s*\{/, (m) => `${m}\n  url = env("DATABASE_URL")`);
}

function diffSchemas(fromPath, toPath) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-diff-"));
  try {
    // The wasm engine insists on a driver adapter, and asks it only whether the schema
    // exists and which server version it is; a datamodel-to-datamodel diff reads nothing else.
    fs.writeFileSync(
      path.join(dir, "prisma.config.js"),
      `module.exports = {
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => require(${JSON.stringify(path.join(__dirname, "offline-adapter.cjs"))}),
};\n`,
    );
    const args = ["migrate", "diff", "--script"];
    if (fromPath) {
      fs.writeFileSync(path.join(dir, "from.prisma"), withUrl(fs.readFileSync(fromPath, "utf8")));
      args.push("--from-schema-datamodel", "from.prisma");
    } else {
      args.push("--from-empty");
    }
    fs.writeFileSync(path.join(dir, "to.prisma"), withUrl(fs.readFileSync(toPath, "utf8")));
    args.push("--to-schema-datamodel", "to.prisma");
    const result = spawnSync(process.execPath, [prisma6, ...args], {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://offline@127.0.0.1/offline",
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff failed:\n${result.stderr}\n${result.stdout}`);
    }
    // Drop the banner Prisma prints before the script.
    return result.stdout.slice(Math.max(0, result.stdout.indexOf("-- ")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { diffSchemas };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const to = value("--to");
  if (!to || (!argv.includes("--from-empty") && !value("--from"))) {
    console.error("usage: prisma-diff.cjs (--from OLD.prisma | --from-empty) --to NEW.prisma");
    process.exit(2);
  }
  process.stdout.write(diffSchemas(value("--from") ?? null, to));
}
