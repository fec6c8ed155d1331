#!/usr/bin/env node
// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the change of
// prisma/schema.prisma since the last migration, offline (see prisma-diff.cjs).
// "The last migration's schema" is schema.prisma as committed with the newest migration,
// so commit each migration together with the schema change it was made from.
// Usage: pnpm db:new-migration <name> [--from OLD.prisma]
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { diffSchemas } = require("./prisma-diff.cjs");

const root = path.resolve(__dirname, "..");
const [name, flag, fromArg] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name) || (flag && flag !== "--from")) {
  console.error("usage: pnpm db:new-migration <snake_case_name> [--from OLD.prisma]");
  process.exit(2);
}

function committedSchema() {
  const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  const commit = git("log", "-1", "--format=%H", "--", "prisma/migrations");
  if (!commit) return null;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sosei-old-")), "schema.prisma");
  fs.writeFileSync(file, git("show", `${commit}:prisma/schema.prisma`));
  return file;
}

const from = fromArg ? path.resolve(fromArg) : committedSchema();
const sql = diffSchemas(from, path.join(root, "prisma", "schema.prisma"));
if (!sql.trim() || /^-- This is an empty migration\./m.test(sql)) {
  console.log("schema.prisma has no changes since the last migration; nothing written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(
  `wrote ${path.relative(root, dir)}/migration.sql: review it, add CHECK constraints by hand if needed, then commit it with schema.prisma`,
);
