/**
 * What the public sees: for each project and year only the current published revision
 * (status PUBLISHED; drafts, reports under review and SUPERSEDED revisions never), and the
 * fingerprint that makes its ETag: which revisions, at which version, changed when.
 */
import { createHash } from "node:crypto";
import type { PrismaClient } from "../../db/database";
import { Prisma } from "../../generated/prisma/client";
import { CONTENT_INCLUDE, contentOf } from "../../io/content/from-db";
import type { ReportContent } from "../../io/content/report-content";
import type { Freshness } from "../freshness";

export interface PublishedScope {
  fiscalYear?: number;
  municipalityCode?: string;
  projectId?: number;
}

/** Bumped when the output format changes, so cached copies are refetched. */
const FORMAT = "2";

function conditions(scope: PublishedScope): Prisma.Sql {
  const parts = [Prisma.sql`r."status" = 'PUBLISHED'`];
  if (scope.fiscalYear !== undefined) parts.push(Prisma.sql`r."fiscalYear" = ${scope.fiscalYear}`);
  if (scope.municipalityCode !== undefined)
    parts.push(Prisma.sql`m."code" = ${scope.municipalityCode}`);
  if (scope.projectId !== undefined) parts.push(Prisma.sql`r."projectId" = ${scope.projectId}`);
  return Prisma.join(parts, " AND ");
}

/** One cheap statement: the ETag and Last-Modified of a scope, and whether it has anything. */
export async function freshnessOf(
  prisma: PrismaClient,
  scope: PublishedScope,
  kind: string,
): Promise<Freshness & { count: number }> {
  const [row] = await prisma.$queryRaw<{ n: number; last: Date | null; ids: string | null }[]>`
    SELECT count(*)::int AS n,
           max(GREATEST(r."updatedAt", m."updatedAt")) AS last,
           string_agg(r."id"::text || '.' || r."version"::text || '.' || m."updatedAt"::text, ',' ORDER BY r."id") AS ids
      FROM "Report" r
      JOIN "Project" p ON p."id" = r."projectId"
      JOIN "Municipality" m ON m."id" = p."municipalityId"
     WHERE ${conditions(scope)}`;
  const hash = createHash("sha256")
    .update(`${FORMAT}|${kind}|${row?.ids ?? ""}`)
    .digest("base64url")
    .slice(0, 27);
  return { etag: `"${hash}"`, lastModified: row?.last ?? new Date(0), count: Number(row?.n ?? 0) };
}

/** The published reports of a scope, in the order of the form's list, a page at a time. */
export async function* publishedReports(
  prisma: PrismaClient,
  scope: PublishedScope,
): AsyncGenerator<ReportContent & { projectId: number }> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT r."id" FROM "Report" r
      JOIN "Project" p ON p."id" = r."projectId"
      JOIN "Municipality" m ON m."id" = p."municipalityId"
     WHERE ${conditions(scope)}
     ORDER BY m."code", r."fiscalYear", p."number", p."name"`;
  const ids = rows.map((r) => Number(r.id));
  for (let start = 0; start < ids.length; start += 100) {
    const page = ids.slice(start, start + 100);
    const found = await prisma.report.findMany({
      where: { id: { in: page } },
      include: CONTENT_INCLUDE,
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    for (const id of page) {
      const row = byId.get(id);
      if (row) yield { ...contentOf(row), projectId: row.projectId };
    }
  }
}
