import { randomBytes } from "node:crypto";
import type { Database } from "../../server/src/db/database";
import { openPostgres } from "../../server/src/db/postgres-database";
import { TEMPLATES, readTestState } from "./test-state";

export type Template = keyof typeof TEMPLATES;

/**
 * A database engine the integration tests run against; each open() gives a fresh database,
 * copied from a migrated (and seeded) template in a fraction of a second. Both engines are
 * PostgreSQL: "embedded" is the server `pnpm start` runs (npm binaries, started by
 * server/src/db/embedded), "postgres" an external one of another major version (Debian's).
 */
export interface Backend {
  name: "embedded" | "postgres";
  open(template: Template | "none"): Promise<Database>;
}

function onCluster(name: Backend["name"], adminUrl: string): Backend {
  return {
    name,
    async open(template) {
      const database = `sosei_test_${randomBytes(6).toString("hex")}`;
      const admin = openPostgres(adminUrl);
      const from = template === "none" ? "template0" : TEMPLATES[template];
      await admin.sql.exec(`CREATE DATABASE ${database} TEMPLATE ${from}`);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      const db = openPostgres(url.toString(), { kind: name });
      return {
        ...db,
        async close() {
          await db.close();
          await admin.sql.exec(`DROP DATABASE ${database} WITH (FORCE)`);
          await admin.close();
        },
      };
    },
  };
}

/** The backend, handing each database it opens to `seen` too: a test's own SQL beside the server. */
export function capturing(backend: Backend, seen: (db: Database) => void): Backend {
  return {
    ...backend,
    async open(template) {
      const db = await backend.open(template);
      seen(db);
      return db;
    },
  };
}

/** The embedded engine always; the external PostgreSQL when the global setup could start one. */
export function backends(): Backend[] {
  const { embedded, postgres } = readTestState();
  const all = [onCluster("embedded", embedded.adminUrl)];
  return postgres ? [...all, onCluster("postgres", postgres.adminUrl)] : all;
}
