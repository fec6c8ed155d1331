import { requireActor } from "../../auth/guard";
import { canOnReport, inScope } from "../../auth/permissions";
import { withDbErrors } from "../../common/db-errors";
import { CategoryKind } from "../../common/enums";
import { apiError, badInput } from "../../common/errors";
import { checkMonth, checkText, idOf, optionalIdOf } from "../../common/validate";
import type { Context } from "../../context";
import { formatFiscalYear } from "../../rules";
import { LIMITS } from "./report-limits";
import { startReport } from "./report-start";
import { assertOpenYear, categoryChange, writeReport } from "./report-write";
import type { CreateReportArgs, UpdateReportArgs } from "./report.args";

const YEN_FIELDS = [
  "statedBudgetTotal",
  "statedExpectedGrantTotal",
  "statedActualTotal",
  "statedActualGrantTotal",
  "projectActual",
] as const;

/** The report's own texts, checked and trimmed (undefined: unchanged, null: cleared). */
function reportTexts(args: Partial<UpdateReportArgs>) {
  return {
    department: checkText(["department"], args.department, {
      label: "担当部署",
      max: LIMITS.department,
    }),
    contact: checkText(["contact"], args.contact, { label: "連絡先", max: LIMITS.contact }),
    grantKind: checkText(["grantKind"], args.grantKind, {
      label: "交付金の区分",
      max: LIMITS.grantKind,
    }),
    effectCategoryText: checkText(["effectCategoryText"], args.effectCategoryText, {
      label: "事業効果の区分",
      max: LIMITS.categoryText,
    }),
    effectText: checkText(["effectText"], args.effectText, {
      label: "事業効果",
      max: LIMITS.longText,
    }),
    overview: checkText(["overview"], args.overview, { label: "全体概要", max: LIMITS.overview }),
  };
}

/** A new DRAFT report (version 1) that states its project as it is now, from its latest report (report-start.ts). */
export async function createReport(ctx: Context, args: CreateReportArgs) {
  const key = { projectId: idOf(args.projectId, ["projectId"]), fiscalYear: args.fiscalYear };
  const { department, contact } = reportTexts(args);
  const duplicate = (existingId?: number) =>
    apiError(
      "CONFLICT",
      `この事業の${formatFiscalYear(key.fiscalYear)}の報告は既にあります`,
      `project ${key.projectId} already has a report for fiscal year ${key.fiscalYear}`,
      { field: ["fiscalYear"], existingId },
    );
  // A concurrent create of the same project and year gets past the check: P2002.
  return withDbErrors(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const actor = requireActor(ctx);
        const project = await tx.project.findUnique({ where: { id: key.projectId } });
        const allowed =
          project &&
          canOnReport(actor, "create", { status: "DRAFT", municipalityId: project.municipalityId });
        if (!project || !allowed) {
          // Another municipality's project is as unknown as a missing one.
          if (project && inScope(actor, project.municipalityId)) {
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
        const existing = await tx.report.findFirst({ where: key, select: { id: true } });
        if (existing) throw duplicate(existing.id);
        return startReport(tx, project, key.fiscalYear, {
          moneyUnit: args.moneyUnit,
          department,
          contact,
        });
      }),
    { unique: () => duplicate() },
  );
}

/** Changes only the fields given; null clears a field (moneyUnit cannot be cleared). */
export async function updateReport(ctx: Context, id: number, args: UpdateReportArgs) {
  if (args.moneyUnit === null) {
    throw badInput(["moneyUnit"], "金額の単位は省略できません", "moneyUnit cannot be null");
  }
  const texts = reportTexts(args);
  const effectCategoryId = optionalIdOf(args.effectCategoryId, ["effectCategoryId"]);
  const month = args.actualsAsOf && checkMonth(["actualsAsOf"], args.actualsAsOf);
  const data: Record<string, unknown> = {
    department: texts.department,
    contact: texts.contact,
    grantKind: texts.grantKind,
    effectText: texts.effectText,
    overview: texts.overview,
    moneyUnit: args.moneyUnit,
  };
  if (args.actualsAsOf !== undefined) {
    data.actualsAsOfYear = month?.year ?? null;
    data.actualsAsOfMonth = month?.month ?? null;
  }
  for (const key of YEN_FIELDS) {
    const value = args[key];
    if (value !== undefined) data[key] = value === null ? null : BigInt(value);
  }
  const editsAmounts = YEN_FIELDS.some((key) => args[key] !== undefined);
  return writeReport(
    ctx,
    "editFinance",
    "id",
    id,
    args.version,
    async (tx) => {
      const effect = await categoryChange(
        tx,
        CategoryKind.EFFECT,
        ["effectCategoryId"],
        effectCategoryId,
        texts.effectCategoryText,
      );
      return tx.report.update({
        where: { id },
        data: { ...data, effectCategoryId: effect.id, effectCategoryText: effect.text },
      });
    },
    { editsAmounts },
  );
}

/** Deletes a DRAFT report with its parts; returns it as it was. `version`, when given, must be current. */
export async function deleteReport(ctx: Context, id: number, version: number | null | undefined) {
  return withDbErrors(async () => {
    const current =
      version ??
      (await ctx.prisma.report.findUnique({ where: { id }, select: { version: true } }))?.version;
    return writeReport(ctx, "delete", "id", id, current ?? 0, async (tx, report) => {
      await tx.report.delete({ where: { id } });
      return report;
    });
  });
}
