import { requireActor } from "../../auth/guard";
import { canOnReport, inScope } from "../../auth/permissions";
import { withDbErrors } from "../../errors/db-errors";
import { apiError, badInput } from "../../errors/api-errors";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { formatFiscalYear } from "../../rules";
import { reportColumns, reportTexts } from "./report-inputs";
import { writeReportParts, type WriteContext } from "./report-pipeline";
import { startReport } from "./report-start";
import { assertOpenYear, writeReport, type Tx } from "./report-write";
import type { CreateReportArgs, UpdateReportArgs } from "./report.args";

const duplicate = (key: { projectId: number; fiscalYear: number }, existingId?: number) =>
  apiError(
    "CONFLICT",
    `この事業の${formatFiscalYear(key.fiscalYear)}の報告は既にあります`,
    `project ${key.projectId} already has a report for fiscal year ${key.fiscalYear}`,
    { field: ["fiscalYear"], existingId },
  );

/**
 * Who may create the report, its fiscal year open, none there yet: the checks of a create,
 * also run alone by an import's dry run. Without `projectId` (a project an import would
 * create first) only role, scope and year are checked.
 */
export async function checkNewReport(
  ctx: Pick<Context, "actor">,
  tx: Tx,
  key: { projectId?: number; municipalityId?: number; fiscalYear: number },
) {
  const actor = requireActor(ctx);
  const project =
    key.projectId === undefined
      ? null
      : await tx.project.findUnique({ where: { id: key.projectId } });
  const municipalityId = project?.municipalityId ?? key.municipalityId;
  const allowed =
    municipalityId !== undefined &&
    canOnReport(actor, "create", { status: "DRAFT", municipalityId });
  if ((key.projectId !== undefined && !project) || !allowed) {
    // Another municipality's project is as unknown as a missing one.
    if (municipalityId !== undefined && inScope(actor, municipalityId)) {
      throw apiError(
        "FORBIDDEN",
        "報告書を作成できるのは財政担当と管理者です",
        "only finance staff and administrators may create reports",
        { operation: "create" },
      );
    }
    throw badInput(
      ["projectId"],
      `事業 (id ${key.projectId}) は存在しません`,
      `project ${key.projectId} does not exist`,
    );
  }
  await assertOpenYear(tx, key.fiscalYear, ["fiscalYear"]);
  if (project) {
    const where = { projectId: project.id, fiscalYear: key.fiscalYear };
    const existing = await tx.report.findFirst({ where, select: { id: true } });
    if (existing) throw duplicate(where, existing.id);
  }
  return project;
}

/** A new DRAFT report (version 1) that states its project as it is now, from its latest report (report-start.ts). */
export async function createReport(ctx: WriteContext, args: CreateReportArgs) {
  const key = { projectId: idOf(args.projectId, ["projectId"]), fiscalYear: args.fiscalYear };
  const texts = reportTexts(args);
  // A concurrent create of the same project and year gets past the check: P2002.
  return withDbErrors(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const project = (await checkNewReport(ctx, tx, key))!;
        return startReport(tx, project, key.fiscalYear, { ...texts, moneyUnit: args.moneyUnit });
      }),
    { unique: () => duplicate(key) },
  );
}

/** Changes only the fields given; null clears a field (moneyUnit cannot be cleared). */
export async function updateReport(ctx: Context, id: number, args: UpdateReportArgs) {
  return writeReportParts(
    ctx,
    id,
    args.version,
    { report: reportColumns(args) },
    { idField: "id" },
  );
}

/** Deletes a DRAFT report with its parts; returns it as it was. `version`, when given, must be current. */
export async function deleteReport(ctx: Context, id: number, version: number | null | undefined) {
  return withDbErrors(async () => {
    const current =
      version ??
      (await ctx.prisma.report.findUnique({ where: { id }, select: { version: true } }))?.version;
    return writeReport(ctx, id, current ?? 0, ["delete"], { idField: "id" }, (tx) =>
      tx.report.delete({ where: { id } }),
    );
  });
}
