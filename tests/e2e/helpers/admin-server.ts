import { spawnSync } from "node:child_process";
import path from "node:path";
import { openApi, type Api } from "../../helpers/api";
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
  /** The same server's API, to check in the database what the browser did (or to force a request). */
  api: Api;
  close(): Promise<void>;
}

/**
 * The real server, as `pnpm start` runs it, with production's introspection off (the admin
 * carries the schema it was built with): the embedded database with the seed data, its
 * reports PUBLISHED as loaded or set back to DRAFT for editing, and the demo users.
 */
export async function startAdminServer(
  reportStatus: "DRAFT" | "PUBLISHED" = "PUBLISHED",
): Promise<AdminServer> {
  ensureAdminBuilt();
  const embedded = backends().find((backend) => backend.name === "embedded")!;
  const api = await openApi(embedded, "seeded", {
    reportStatus,
    as: null,
    env: { SOSEI_INTROSPECTION: "false" },
  });
  return { origin: new URL(api.url).origin, api, close: () => api.close() };
}
