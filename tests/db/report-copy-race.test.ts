import { createPrismaClient } from "../../server/src/db/database";
import { copyProjectIntoReports } from "../../server/src/domain/report/report-project-copy";
import { backends } from "../helpers/databases";

/**
 * The one interleaving that could leave a new report with an old KPI definition, forced
 * step by step with two connections to PostgreSQL:
 * an administrator's transaction A has changed a KPI but not yet copied it when report
 * creation B copies the project (reading the old KPI) and has not yet committed. A's copy
 * must wait for B's commit and then bring B's report in step.
 */
const postgres = backends().find((b) => b.name === "postgres")!;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

it("a report created while a KPI edit is in flight ends up with the edit", async () => {
  const db = await postgres.open("seeded");
  const prisma = createPrismaClient(db);
  try {
    const project = await prisma.project.findFirstOrThrow({
      where: { number: 2 },
      include: { kpis: { orderBy: { position: "asc" } } },
    });
    const kpi = project.kpis[0]!;
    const kpiChanged = deferred();
    const reportCopied = deferred();
    const releaseB = deferred();
    let reportId = 0;

    const a = prisma.$transaction(
      async (tx) => {
        await tx.kpi.update({ where: { id: kpi.id }, data: { target: 999 } });
        kpiChanged.resolve();
        await reportCopied.promise;
        // B holds the project's row; this waits until B commits, then sees B's report.
        const copying = copyProjectIntoReports(tx, { projectId: project.id });
        setTimeout(releaseB.resolve, 300);
        await copying;
      },
      { timeout: 20_000 },
    );
    const b = prisma.$transaction(
      async (tx) => {
        await kpiChanged.promise;
        const report = await tx.report.create({
          data: {
            projectId: project.id,
            municipalityId: project.municipalityId,
            fiscalYear: 2018,
            projectName: project.name,
          },
        });
        reportId = report.id;
        await copyProjectIntoReports(tx, { reportIds: [report.id] });
        reportCopied.resolve();
        await releaseB.promise;
      },
      { timeout: 20_000 },
    );
    await Promise.all([a, b]);

    const row = await prisma.kpiValue.findUniqueOrThrow({
      where: { reportId_kpiId: { reportId, kpiId: kpi.id } },
    });
    expect(row.target.toFixed()).toBe("999");
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
});
