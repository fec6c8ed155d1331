import type { Prisma } from "../generated/prisma/client";
import type { Reader } from "../list/resource";
import { type Sql, ident, raw, sql } from "../list/sql";
import type { ReportStatus } from "../workflow/report-status";
import { inScope, type Actor } from "./permissions";

/**
 * The one rule of who reads a report, and with it everything that hangs off a report
 * (programs, KPI values, evaluation, policy): anyone reads a PUBLISHED report; a signed-in
 * user also reads every report of their own municipality (the system administrator, of no
 * municipality, reads all). Review comments and the history are internal: only signed-in
 * users of the report's municipality. The same rule is given here in the three forms the
 * code needs: a predicate for a loaded row, Prisma's where, and SQL; the table-driven test
 * tests/access/report-visibility.test.ts holds them to the same table.
 */
export function canReadReport(
  actor: Actor | null,
  report: { status: ReportStatus; municipalityId: number },
): boolean {
  return report.status === "PUBLISHED" || canReadInternals(actor, report.municipalityId);
}

/** Review comments and history of a report of `municipalityId`. */
export function canReadInternals(actor: Actor | null, municipalityId: number): boolean {
  return actor !== null && inScope(actor, municipalityId);
}

/** canReadReport as Prisma's where on Report. */
export function readableReportsWhere(actor: Actor | null): Prisma.ReportWhereInput {
  if (!actor) return { status: "PUBLISHED" };
  if (actor.municipalityId === null) return {};
  return { OR: [{ status: "PUBLISHED" }, { municipalityId: actor.municipalityId }] };
}

/**
 * canReadReport as SQL on the Report row aliased `t`, or null when the reader reads all.
 * The condition is always in brackets of its own, so that it can be put after an AND.
 */
export function readableReportSql(reader: Reader, t: string): Sql | null {
  const { actor } = reader;
  if (actor?.municipalityId === null) return null;
  const published = sql`${ident(t, "status")} = 'PUBLISHED'`;
  if (!actor) return sql`(${published})`;
  return sql`(${published} OR ${ident(t, "municipalityId")} = ${actor.municipalityId})`;
}

/** For a row aliased `t` that belongs to a report through its column `reportKey`. */
export function readableThroughReportSql(reader: Reader, t: string, reportKey = "reportId") {
  const readable = readableReportSql(reader, "report_scope");
  if (readable === null) return null;
  return sql`(EXISTS (SELECT 1 FROM "Report" ${raw("report_scope")}
    WHERE ${ident("report_scope", "id")} = ${ident(t, reportKey)} AND ${readable}))`;
}
