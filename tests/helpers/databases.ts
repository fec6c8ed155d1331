import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { Database } from "../../server/src/db/database";
import { openPgliteMemory } from "../../server/src/db/pglite-database";
import { openPostgres } from "../../server/src/db/postgres-database";
import { TEMPLATES, readTestState } from "./test-state";

export type Template = keyof typeof TEMPLATES;

/** A database engine the integration tests run against; each open() gives a fresh database. */
export interface Backend {
  name: "pglite" | "postgres";
  open(template: Template | "none"): Promise<Database>;
}

const pglite: Backend = {
  name: "pglite",
  async open(template) {
    if (template === "none") return openPgliteMemory();
    const file = readTestState().pglite[template];
    return openPgliteMemory(new Blob([fs.readFileSync(file)]));
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: "postgres",
    async open(template) {
      const name = `sosei_test_${randomBytes(6).toString("hex")}`;
      const admin = openPostgres(adminUrl);
      const from = template === "none" ? "template0" : TEMPLATES[template];
      await admin.sql.exec(`CREATE DATABASE ${name} TEMPLATE ${from}`);
      const db = openPostgres(adminUrl.replace(/\/postgres$/, `/${name}`));
      return {
        ...db,
        async close() {
          await db.close();
          await admin.sql.exec(`DROP DATABASE ${name} WITH (FORCE)`);
          await admin.close();
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL when the global setup could start a cluster. */
export function backends(): Backend[] {
  const { postgres: cluster } = readTestState();
  return cluster ? [pglite, postgres(cluster.adminUrl)] : [pglite];
}
