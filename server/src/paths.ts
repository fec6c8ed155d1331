import fs from "node:fs";
import path from "node:path";

/** The repository root, found from this file whether it runs as TS source or compiled JS. */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`pnpm-workspace.yaml not found above ${start}`);
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");
