import { spawnSync } from "node:child_process";
import path from "node:path";
import { openApi } from "../../helpers/api";
import { backends } from "../../helpers/databases";

const REPO = path.join(__dirname, "..", "..", "..");

/** Builds admin/dist when it is missing or stale, as `pnpm start` does. */
export function ensureAdminBuilt(): void {
  const result = spawnSync(process.execPath, ["admin/scripts/build-if-stale.mjs"], {
    cwd: REPO,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`admin build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export interface AdminServer {
  /** e.g. http://127.0.0.1:41234 — the admin is at /admin/, the API at /graphql. */
  origin: string;
  close(): Promise<void>;
}

/**
 * The real server, as `pnpm start` runs it: the embedded database with the seed data
 * as loaded (published reports) and the demo users, serving the built admin and /graphql.
 */
export async function startAdminServer(): Promise<AdminServer> {
  ensureAdminBuilt();
  const embedded = backends().find((backend) => backend.name === "embedded")!;
  const api = await openApi(embedded, "seeded", { reportStatus: "PUBLISHED", as: null });
  return { origin: new URL(api.url).origin, close: () => api.close() };
}
