/**
 * An earlier year's published report taken over into Sosei (a town moving its past PDFs in,
 * or the seed documents): a named operation of the system administrator, never of finance.
 * The report is written through the same input checks and part writes as any other, then
 * published at once with the publication time of the file or of the import, and the history
 * says so (an ARCHIVE note beside the triggers' rows).
 */
import { requireActor } from "../auth/guard";
import { isSystemAdmin } from "../auth/permissions";
import { withDbErrors } from "../errors/db-errors";
import { apiError, badInput } from "../errors/api-errors";
import { noteHistory, type HistoryNote } from "../domain/report/report-history-note";
import {
  writeCheckedParts,
  type ReportParts,
  type WriteContext,
} from "../domain/report/report-pipeline";
import { copyProjectIntoReports } from "../domain/report/report-project-copy";
import type { MoneyUnit } from "../generated/prisma/client";

export interface ArchiveInput {
  projectId: number;
  fiscalYear: number;
  moneyUnit: MoneyUnit;
  parts: ReportParts;
  publishedAt: { at: Date; from: "file" | "import" };
  note: Omit<HistoryNote, "action" | "publishedAt">;
}

/** The system administrator, or the system itself (the seed loader at start-up). */
export function assertMayArchive(ctx: Pick<WriteContext, "actor">, system: boolean): void {
  if (system) return;
  if (!isSystemAdmin(requireActor(ctx))) {
    throw apiError(
      "FORBIDDEN",
      "過去の公表済み報告の取り込みは、システム管理者だけが行えます",
      "only the system administrator may take over earlier years' published reports",
      { operation: "archive" },
    );
  }
}

export async function archivePublishedReport(
  ctx: WriteContext,
  input: ArchiveInput,
  options: { system?: boolean } = {},
) {
  assertMayArchive(ctx, options.system ?? false);
  return withDbErrors(() =>
    ctx.prisma.$transaction(async (tx) => {
      const { projectId, fiscalYear } = input;
      const year = await tx.fiscalYear.findUnique({ where: { year: fiscalYear } });
      if (!year)
        throw badInput(
          ["fiscalYear"],
          `年度 ${fiscalYear} は登録されていません`,
          `fiscal year ${fiscalYear} does not exist`,
        );
      if (await tx.report.findFirst({ where: { projectId, fiscalYear }, select: { id: true } }))
        throw apiError(
          "CONFLICT",
          "この事業のこの年度の報告は既にあります",
          "the project already has a report for this year",
          { field: ["fiscalYear"] },
        );
      const project = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
      const created = await tx.report.create({
        data: {
          projectId,
          fiscalYear,
          municipalityId: project.municipalityId,
          projectName: project.name,
          moneyUnit: input.moneyUnit,
        },
      });
      await copyProjectIntoReports(tx, { reportIds: [created.id] });
      await writeCheckedParts(tx, created, input.parts);
      const published = await tx.report.update({
        where: { id: created.id },
        data: {
          status: "PUBLISHED",
          publishedAt: input.publishedAt.at,
          amountsEditedById: ctx.actor?.id ?? null,
        },
      });
      await noteHistory(tx, created.id, {
        ...input.note,
        action: "ARCHIVE",
        publishedAt: input.publishedAt,
      });
      return published;
    }),
  );
}
