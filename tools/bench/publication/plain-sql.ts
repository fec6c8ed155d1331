/**
 * The same work in plain SQL, as the reference the benchmark compares against: the KPI
 * figures per prefecture and nationally in one GROUP BY, and the export's rows as one
 * SELECT each (what any export must at least read).
 */
import type { PrismaClient } from "../../../server/src/db/database";

export function rollupSql(prisma: PrismaClient, fiscalYear: number) {
  return prisma.$queryRaw`
    WITH k AS (
      SELECT left(m."code", 2) AS pref, r."id" AS rid, kv."id" AS kid,
             (kv."value" IS NOT NULL AND CASE WHEN kv."direction" = 'INCREASE'
               THEN kv."value" >= kv."target" ELSE kv."value" <= kv."target" END) AS achieved
        FROM "Report" r
        JOIN "Project" p ON p."id" = r."projectId"
        JOIN "Municipality" m ON m."id" = p."municipalityId"
        LEFT JOIN "KpiValue" kv ON kv."reportId" = r."id"
       WHERE r."status" = 'PUBLISHED' AND r."fiscalYear" = ${fiscalYear})
    SELECT pref, count(DISTINCT rid)::int AS reports,
           count(DISTINCT rid) FILTER (WHERE achieved)::int AS "reportsAchieved",
           count(kid)::int AS kpis, count(*) FILTER (WHERE achieved)::int AS "kpisAchieved"
      FROM k GROUP BY ROLLUP(pref)`;
}

/** Every column the three tables hold, read as plain rows (no formatting, no files). */
export async function exportRowsSql(prisma: PrismaClient, fiscalYear: number): Promise<number> {
  const [reports, programs, kpis] = await Promise.all([
    prisma.$queryRaw<
      unknown[]
    >`SELECT r.*, p."number", m."code", m."name", m."prefecture" FROM "Report" r
      JOIN "Project" p ON p."id" = r."projectId" JOIN "Municipality" m ON m."id" = p."municipalityId"
      LEFT JOIN "Evaluation" e ON e."reportId" = r."id" LEFT JOIN "FuturePolicy" f ON f."reportId" = r."id"
      WHERE r."fiscalYear" = ${fiscalYear}`,
    prisma.$queryRaw<
      unknown[]
    >`SELECT b.* FROM "BudgetProgram" b JOIN "Report" r ON r."id" = b."reportId" WHERE r."fiscalYear" = ${fiscalYear}`,
    prisma.$queryRaw<
      unknown[]
    >`SELECT v.* FROM "KpiValue" v JOIN "Report" r ON r."id" = v."reportId" WHERE r."fiscalYear" = ${fiscalYear}`,
  ]);
  return reports.length + programs.length + kpis.length;
}
