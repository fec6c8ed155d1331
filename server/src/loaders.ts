import DataLoader from "dataloader";
import type { PrismaClient } from "./db/database";
import { loaderByParent } from "./list/by-parent";

function oneBy<R>(fetch: (ids: number[]) => Promise<R[]>, keyOf: (row: R) => number) {
  return new DataLoader<number, R | null>(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [keyOf(row), row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/**
 * One SELECT per to-many relation per request, whatever the number of parents: resolvers
 * ask a loader, and the loader answers every parent of the same tick with one `IN (...)`
 * query. (To-one relations are joined or loaded by the list reader, list/list-reader.ts.)
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    kpisByProject: loaderByParent(
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
    reportsByProject: loaderByParent(
      (ids) =>
        prisma.report.findMany({
          where: { projectId: { in: ids } },
          orderBy: { fiscalYear: "asc" },
        }),
      (row) => row.projectId,
    ),
    commentsByReport: loaderByParent(
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
