// Builds the tools (bench, synthetic data) into tools/dist, never into server/dist.
// tsc copies the server modules they import to tools/dist/server/src; those modules find their
// packages (Prisma's adapter, pg, …) in server/node_modules, which pnpm does not hoist, so the
// copy gets a link to that folder, as server/dist/server/src finds it by walking up.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = path.join(repo, "node_modules/typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tools/tsconfig.json"], {
  cwd: repo,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
const link = path.join(repo, "tools/dist/server/node_modules");
if (!fs.existsSync(link)) fs.symlinkSync(path.join(repo, "server/node_modules"), link, "dir");
