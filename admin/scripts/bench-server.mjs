// Servers for pnpm bench:admin: the real server (compiled with the tools, tools/dist) on a fresh
// embedded database with the seed data, optionally with a national-scale fiscal year of synthetic
// reports beside it.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

export async function startServer(repo, { syntheticReports = 0 } = {}) {
  const dist = (file) => require(path.join(repo, "tools/dist", file));
  const fromServer = (file) => dist(path.join("server/src", file));
  const { serveDatabase } = fromServer("app.js");
  const { loadConfig } = fromServer("config.js");
  const { openDatabase, createPrismaClient } = fromServer("db/database.js");
  const { generateFiscalYear } = dist("tools/synthetic/generate-reports.js");
  const { hashPassword } = fromServer("auth/password.js");
  const { createLogger } = fromServer("log/logger.js");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-bench-admin-"));
  // As in production the admin finds no introspection; demo users stay on for signing in.
  const config = loadConfig(
    { SOSEI_DATA_DIR: dataDir, PORT: "0", SOSEI_INTROSPECTION: "false" },
    repo,
  );
  const db = await openDatabase(config, createLogger({ level: "warn" }));
  const server = await serveDatabase(db, config, () => {});
  const prisma = createPrismaClient(db);
  // The seed's reports are published as loaded: finance edits reports being written (report 3),
  // a manager reviews one submitted for review (report 4).
  await prisma.report.updateMany({ data: { status: "DRAFT" } });
  await prisma.report.update({ where: { id: 4 }, data: { status: "IN_REVIEW" } });
  if (syntheticReports > 0) {
    await generateFiscalYear(prisma, {
      fiscalYear: 2020,
      reports: syntheticReports,
      programsPerReport: 10,
      kpisPerReport: 3,
    });
  }
  // A system administrator (no municipality) reads every report of the year.
  const system = { loginId: "bench-system", password: "bench-system-password" };
  await prisma.user.create({
    data: {
      loginId: system.loginId,
      name: "計測 管理者",
      email: "bench@localhost.invalid",
      roles: ["ADMIN"],
      municipalityId: null,
      passwordHash: await hashPassword(system.password),
    },
  });
  await prisma.$disconnect();
  return {
    origin: new URL(server.url).origin,
    url: server.url,
    sql: db.sql,
    system,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The same page of the report list in one plain SQL statement, written as one would by hand:
 * the page's 25 rows first, then their municipality, evaluation and totals, and the count.
 */
export const LIST_SQL = `
  WITH page AS (SELECT * FROM "Report" WHERE "fiscalYear" = $1 ORDER BY id LIMIT 25)
  SELECT r.id, r.version, r.status, r.revision, r."fiscalYear", r."projectId", r."projectName",
         r."municipalityId", m.name AS municipality, r."moneyUnit", r."updatedAt",
         t.budget, t."expectedGrant", t.actual, t."actualGrant", e.opinion,
         (SELECT count(*) FROM "Report" c WHERE c."fiscalYear" = $1) AS total
    FROM page r
    JOIN "Municipality" m ON m.id = r."municipalityId"
    LEFT JOIN "Evaluation" e ON e."reportId" = r.id
    LEFT JOIN LATERAL (SELECT sum(budget) AS budget, sum("expectedGrant") AS "expectedGrant",
                              sum(actual) AS actual, sum("actualGrant") AS "actualGrant"
                         FROM "BudgetProgram" p WHERE p."reportId" = r.id) t ON TRUE
   ORDER BY r.id`;
