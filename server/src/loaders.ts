import DataLoader from "dataloader";
import type { PrismaClient } from "./db/database";

/**
 * One SELECT per to-many relation per request, whatever the number of parents: resolvers
 * ask a loader, and the loader answers every parent of the same tick with one `IN (...)`
 * query. (To-one relations are joined or loaded by the list reader, list/list-reader.ts.)
 */
function many<R>(fetch: (ids: number[]) => Promise<R[]>, keyOf: (row: R) => number) {
  return new DataLoader<number, R[]>(async (ids) => {
    const rows = await fetch([...ids]);
    const groups = new Map<number, R[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

function oneBy<R>(fetch: (ids: number[]) => Promise<R[]>, keyOf: (row: R) => number) {
  return new DataLoader<number, R | null>(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [keyOf(row), row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function createLoaders(prisma: PrismaClient) {
  return {
    kpisByProject: many(
      (ids) =>
        prisma.kpi.findMany({ where: { projectId: { in: ids } }, orderBy: { position: "asc" } }),
      (row) => row.projectId,
    ),
    /** A report's No and grant type, public with a published report whatever the project's scope. */
    projectFacts: oneBy(
      (ids) =>
        prisma.project.findMany({
          where: { id: { in: ids } },
          select: { id: true, number: true, grantType: { select: { name: true } } },
        }),
      (row) => row.id,
    ),
    reportsByProject: many(
      (ids) =>
        prisma.report.findMany({
          where: { projectId: { in: ids } },
          orderBy: { fiscalYear: "asc" },
        }),
      (row) => row.projectId,
    ),
    commentsByReport: many(
      async (ids) =>
        (
          await prisma.reviewComment.findMany({
            where: { reportId: { in: ids } },
            orderBy: { id: "asc" },
            include: { author: { select: { name: true } } },
          })
        ).map(({ author, ...row }) => ({ ...row, authorName: author.name })),
      (row) => row.reportId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
