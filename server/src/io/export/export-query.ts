/**
 * The reports an export or the open data covers, read in pages so that a national fiscal
 * year (1,800 reports) never sits in memory at once. Per project and year only the current
 * revision counts: the newest one the reader may see (SUPERSEDED ones never).
 */
import type { Actor } from "../../auth/permissions";
import { readableReportSql } from "../../auth/report-visibility";
import type { PrismaClient } from "../../db/database";
import { Prisma } from "../../generated/prisma/client";
import { CONTENT_INCLUDE, contentOf } from "../content/from-db";
import type { ReportContent } from "../content/report-content";

export interface ExportFilter {
  fiscalYear?: number;
  municipalityCode?: string;
  /** Open data: published reports only. Otherwise what `reader` may see ("system": all). */
  publishedOnly: boolean;
  reader?: Actor | null | "system";
}

const PAGE = 100;

/** Who may read which report: the one rule (auth/report-visibility.ts), as Prisma's SQL. */
function visibility(filter: ExportFilter): Prisma.Sql {
  if (filter.publishedOnly) return Prisma.sql`r."status" = 'PUBLISHED'`;
  if (filter.reader === "system") return Prisma.sql`TRUE`;
  const readable = readableReportSql({ actor: filter.reader ?? null }, "r");
  return readable ? new Prisma.Sql(readable.strings, readable.values) : Prisma.sql`TRUE`;
}

/** Ids of the covered reports in the order of the export: municipality, year, No, name. */
export async function exportedReportIds(
  prisma: PrismaClient,
  filter: ExportFilter,
): Promise<number[]> {
  const conditions = [Prisma.sql`r."status" <> 'SUPERSEDED'`, visibility(filter)];
  if (filter.fiscalYear !== undefined)
    conditions.push(Prisma.sql`r."fiscalYear" = ${filter.fiscalYear}`);
  if (filter.municipalityCode !== undefined)
    conditions.push(Prisma.sql`m."code" = ${filter.municipalityCode}`);
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM (
      SELECT DISTINCT ON (r."projectId", r."fiscalYear") r."id", m."code", r."fiscalYear", p."number", p."name"
        FROM "Report" r
        JOIN "Project" p ON p."id" = r."projectId"
        JOIN "Municipality" m ON m."id" = p."municipalityId"
       WHERE ${Prisma.join(conditions, " AND ")}
       ORDER BY r."projectId", r."fiscalYear", r."revision" DESC
    ) current
    ORDER BY "code", "fiscalYear", "number", "name"`;
  return rows.map((row) => Number(row.id));
}

/** The covered reports, PAGE at a time, in export order. */
export async function* exportedReports(
  prisma: PrismaClient,
  ids: readonly number[],
): AsyncGenerator<ReportContent> {
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = ids.slice(start, start + PAGE);
    const rows = await prisma.report.findMany({
      where: { id: { in: page } },
      include: CONTENT_INCLUDE,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of page) {
      const row = byId.get(id);
      if (row) yield contentOf(row);
    }
  }
}
