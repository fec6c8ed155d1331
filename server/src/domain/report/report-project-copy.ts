/**
 * A report states its own copy of the project it reports on: the name, joint-application
 * note, plan period, KPI header note and municipality (Report columns) and every KPI definition
 * (KpiValue rows, one per KPI of the project). The copy is taken when a report is created
 * and follows the project while the report is written and reviewed (FOLLOWS_PROJECT);
 * approved, published and superseded reports keep theirs, so editing a project never
 * changes what they say. Set-based SQL: four statements for any number of reports, and a
 * row that already matches is not written (no empty history).
 */
import { Prisma, type Kpi } from "../../generated/prisma/client";
import { FOLLOWS_PROJECT } from "../../workflow/report-status";

type Tx = Prisma.TransactionClient;

/** The reports to bring in step: given ones, or those of a project that still follow it. */
export type CopyTarget = { reportIds: readonly number[] } | { projectId: number };

function targetOf(target: CopyTarget): Prisma.Sql {
  if ("reportIds" in target) return Prisma.sql`r."id" IN (${Prisma.join(target.reportIds)})`;
  return Prisma.sql`r."projectId" = ${target.projectId}
    AND r."status"::text IN (${Prisma.join(FOLLOWS_PROJECT)})`;
}

export async function copyProjectIntoReports(tx: Tx, target: CopyTarget): Promise<void> {
  if ("reportIds" in target && target.reportIds.length === 0) return;
  const where = targetOf(target);
  // Copies of one project queue up on its row. Each statement below then sees every commit
  // before it (READ COMMITTED), so a report created while the project is edited misses nothing.
  // NO KEY UPDATE: a report insert already holds KEY SHARE on its project (the foreign key),
  // which FOR UPDATE would wait on, deadlocking two concurrent creates.
  const projects =
    "reportIds" in target
      ? Prisma.sql`IN (SELECT r."projectId" FROM "Report" r WHERE ${where})`
      : Prisma.sql`= ${target.projectId}`;
  await tx.$queryRaw`SELECT p."id" FROM "Project" p WHERE p."id" ${projects} ORDER BY p."id" FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    UPDATE "Report" r
       SET "projectName" = p."name", "jointApplicationNote" = p."jointApplicationNote",
           "planFirstYear" = p."planFirstYear", "planLastYear" = p."planLastYear",
           "kpiNameNote" = p."kpiNameNote", "municipalityId" = p."municipalityId"
      FROM "Project" p
     WHERE p."id" = r."projectId" AND ${where}
       AND (r."projectName", r."jointApplicationNote", r."planFirstYear", r."planLastYear",
            r."kpiNameNote", r."municipalityId")
           IS DISTINCT FROM
           (p."name", p."jointApplicationNote", p."planFirstYear", p."planLastYear",
            p."kpiNameNote", p."municipalityId")`;
  // Rows of deleted or retired KPIs; both are refused first while one of them holds a value.
  await tx.$executeRaw`
    DELETE FROM "KpiValue" v
     USING "Report" r
     WHERE v."reportId" = r."id" AND ${where}
       AND NOT EXISTS (SELECT 1 FROM "Kpi" k
                        WHERE k."id" = v."kpiId" AND k."projectId" = r."projectId" AND NOT k."isRetired")`;
  await tx.$executeRaw`
    INSERT INTO "KpiValue" ("reportId", "kpiId", "position", "name", "baseline", "target", "unit",
                            "targetYear", "targetMonth", "direction")
    SELECT r."id", k."id", k."position", k."name", k."baseline", k."target", k."unit",
           k."targetYear", k."targetMonth", k."direction"
      FROM "Report" r
      JOIN "Kpi" k ON k."projectId" = r."projectId" AND NOT k."isRetired"
     WHERE ${where}
    ON CONFLICT ("reportId", "kpiId") DO UPDATE
       SET "position" = EXCLUDED."position", "name" = EXCLUDED."name",
           "baseline" = EXCLUDED."baseline", "target" = EXCLUDED."target",
           "unit" = EXCLUDED."unit", "targetYear" = EXCLUDED."targetYear",
           "targetMonth" = EXCLUDED."targetMonth", "direction" = EXCLUDED."direction"
     WHERE ("KpiValue"."position", "KpiValue"."name", "KpiValue"."baseline", "KpiValue"."target",
            "KpiValue"."unit", "KpiValue"."targetYear", "KpiValue"."targetMonth",
            "KpiValue"."direction")
           IS DISTINCT FROM
           (EXCLUDED."position", EXCLUDED."name", EXCLUDED."baseline", EXCLUDED."target",
            EXCLUDED."unit", EXCLUDED."targetYear", EXCLUDED."targetMonth", EXCLUDED."direction")`;
}

/** One report brought in step with its project (a new report, a correction, a return), as it now is. */
export async function reportInStepWithProject(tx: Tx, reportId: number) {
  await copyProjectIntoReports(tx, { reportIds: [reportId] });
  return tx.report.findUniqueOrThrow({ where: { id: reportId } });
}

/** The columns of a report's copy of one KPI definition. */
export function kpiDefinitionOf(kpi: Kpi) {
  const { id, position, name, baseline, target, unit, targetYear, targetMonth, direction } = kpi;
  return { kpiId: id, position, name, baseline, target, unit, targetYear, targetMonth, direction };
}
