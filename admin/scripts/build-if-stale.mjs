// Builds admin/dist when it is missing or older than what it is built from (`pnpm start`,
// the e2e tests), after bringing the server's schema up to date (introspection.mjs).
// `--force` always builds. A lock lets parallel callers wait for one build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureIntrospection } from "./introspection.mjs";
import { mtime, newestMtime } from "./mtime.mjs";

const admin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repo = path.dirname(admin);
const builtFile = path.join(admin, "dist", "index.html");
const lockDir = path.join(admin, ".build-lock");
// What the bundle is made of: the admin's sources and the server modules it imports.
const SOURCES = [
  "admin/src",
  "admin/index.html",
  "admin/vite.config.ts",
  "admin/package.json",
  "admin/generated/introspection.json",
  "server/src/rules",
  "server/src/auth",
  "server/src/workflow",
  "pnpm-lock.yaml",
];

function isStale() {
  const built = mtime(builtFile);
  return built === 0 || SOURCES.some((source) => newestMtime(path.join(repo, source)) > built);
}

function lock() {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock older than 10 minutes belongs to a build that died.
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 600_000) fs.rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() - started > 900_000)
        throw new Error(`${lockDir} is held too long`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

const force = process.argv.includes("--force");
lock();
try {
  await ensureIntrospection(repo);
  if (force || isStale()) {
    console.log("admin: building admin/dist");
    const vite = path.join(admin, "node_modules", "vite", "bin", "vite.js");
    const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
      cwd: admin,
      stdio: "inherit",
      // Jest sets NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: "production" },
    });
    process.exitCode = result.status ?? 1;
  }
} finally {
  fs.rmSync(lockDir, { recursive: true, force: true });
}
