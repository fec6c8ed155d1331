/**
 * 「新年度の報告を作成」: each spring, the new fiscal year's report of every continuing project
 * (one whose plan period includes the year) in the actor's scope, in one step and one
 * transaction, each started from the project's latest report (report-start.ts). A dry run
 * lists what would be created and what exists already, and writes nothing.
 */
import { requireActor } from "../../auth/guard";
import { canOnReport } from "../../auth/permissions";
import { withDbErrors } from "../../errors/db-errors";
import { apiError } from "../../errors/api-errors";
import type { Context } from "../../context";
import { formatFiscalYear } from "../../rules";
import { startReport } from "./report-start";
import { assertOpenYear } from "./report-write";

export interface NewYearItem {
  projectId: number;
  number: number;
  projectName: string;
  municipalityName: string;
  /** The year of the report it starts from; null when the project has none yet. */
  fromFiscalYear: number | null;
  /** The year's report when it exists already (nothing is created for it). */
  existingReportId: number | null;
  /** The report created now (not in a dry run). */
  createdReportId: number | null;
}

export async function startFiscalYearReports(ctx: Context, fiscalYear: number, dryRun: boolean) {
  const actor = requireActor(ctx);
  const run = () =>
    ctx.prisma.$transaction(async (tx) => {
      await assertOpenYear(tx, fiscalYear, ["fiscalYear"]);
      const projects = await tx.project.findMany({
        where: {
          planFirstYear: { lte: fiscalYear },
          planLastYear: { gte: fiscalYear },
          ...(actor.municipalityId === null ? {} : { municipalityId: actor.municipalityId }),
        },
        orderBy: [{ municipality: { code: "asc" } }, { number: "asc" }, { id: "asc" }],
        include: {
          municipality: { select: { name: true } },
          reports: {
            orderBy: [{ fiscalYear: "desc" }, { revision: "desc" }],
            select: { id: true, fiscalYear: true },
          },
        },
      });
      const allowed = projects.filter((p) =>
        canOnReport(actor, "create", { status: "DRAFT", municipalityId: p.municipalityId }),
      );
      if (projects.length > 0 && allowed.length === 0) {
        throw apiError(
          "FORBIDDEN",
          "報告書を作成できるのは財政担当と管理者です",
          "only finance staff and administrators may create reports",
          { operation: "create" },
        );
      }
      const items: NewYearItem[] = [];
      for (const p of allowed) {
        const existing = p.reports.find((r) => r.fiscalYear === fiscalYear);
        const created = existing || dryRun ? null : await startReport(tx, p, fiscalYear);
        items.push({
          projectId: p.id,
          number: p.number,
          projectName: p.name,
          municipalityName: p.municipality.name,
          fromFiscalYear: p.reports.find((r) => r.fiscalYear < fiscalYear)?.fiscalYear ?? null,
          existingReportId: existing?.id ?? null,
          createdReportId: created?.id ?? null,
        });
      }
      return {
        fiscalYear,
        dryRun,
        toCreate: items.filter((i) => i.existingReportId === null).length,
        items,
      };
    });
  // A report created meanwhile by someone else: nothing of the batch is written.
  return withDbErrors(run, {
    unique: () =>
      apiError(
        "CONFLICT",
        `${formatFiscalYear(fiscalYear)}の報告が同時に作成されました。もう一度確認してください`,
        `a report of fiscal year ${fiscalYear} was created meanwhile; check the list again`,
        { field: ["fiscalYear"] },
      ),
  });
}
