import type { ServerResponse } from "node:http";
import type { SqlDriver } from "../../db/sql-driver";
import type { Route } from "./router";

function json(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(body));
}

/**
 * For orchestrators: /healthz says the process answers (restart it when it does not);
 * /readyz says the database answers and every migration this build knows is applied
 * (send it traffic only then). Both are cheap and need no sign-in.
 */
export function healthRoutes(sql: SqlDriver, migrations: string[], timeoutMs = 2000): Route[] {
  const ready = async (): Promise<string | null> => {
    const rows = await sql.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const missing = migrations.filter((name) => !applied.has(name));
    return missing.length ? `migrations not applied: ${missing.join(", ")}` : null;
  };
  return [
    {
      matches: (path) => path === "/healthz",
      handle: async (_req, res) => json(res, 200, { status: "ok" }),
    },
    {
      matches: (path) => path === "/readyz",
      async handle(_req, res) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<string>((resolve) => {
          timer = setTimeout(
            () => resolve(`database did not answer within ${timeoutMs} ms`),
            timeoutMs,
          );
        });
        const problem = await Promise.race([
          ready().catch((error: Error) => `database error: ${error.message}`),
          timeout,
        ]).finally(() => clearTimeout(timer));
        if (problem) json(res, 503, { status: "unavailable", reason: problem });
        else json(res, 200, { status: "ready" });
      },
    },
  ];
}
