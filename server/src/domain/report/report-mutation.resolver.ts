import { withDbErrors } from "../../common/db-errors";
import { idOf } from "../../common/validate";
import { Authorized, Arg, Args, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { CategoryKind, MoneyUnit } from "../../common/enums";
import { apiError, badInput } from "../../common/errors";
import { requireActor } from "../../auth/guard";
import { canOnReport } from "../../auth/permissions";
import type { Context } from "../../context";
import { formatFiscalYear } from "../../rules";
import {
  ReportCreateInput,
  ReportUpdateInput,
  checkReportTexts,
  checkReportUpdate,
  reportUpdateData,
} from "./report.input";
import { assertOpenYear, categoryChange, checkYearMonth, writeReport } from "./report-validation";
import { reportInStepWithProject } from "./report-project-copy";
import { Report } from "./report.type";

/** Create, update and delete of the report itself; its parts have their own mutations. */
@Resolver(() => Report)
export class ReportMutationResolver {
  @Authorized()
  @Mutation(() => Report, { description: "A new DRAFT report (version 1)" })
  async createReport(@Args() input: ReportCreateInput, @Ctx() ctx: Context): Promise<Report> {
    checkReportTexts(input);
    const key = { projectId: input.projectId, fiscalYear: input.fiscalYear };
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
          const project = await tx.project.findUnique({ where: { id: key.projectId } });
          const actor = requireActor(ctx);
          if (!project) {
            throw badInput(
              ["projectId"],
              `事業 (id ${key.projectId}) は存在しません`,
              `project ${key.projectId} does not exist`,
            );
          }
          if (
            !canOnReport(actor, "create", {
              status: "DRAFT",
              municipalityId: project.municipalityId,
            })
          ) {
            throw apiError(
              "FORBIDDEN",
              "この事業の報告を作成する権限がありません",
              "you may not create reports for this project",
            );
          }
          await assertOpenYear(tx, key.fiscalYear, ["fiscalYear"]);
          const existing = await tx.report.findFirst({ where: key, select: { id: true } });
          if (existing) throw duplicate(existing.id);
          // ③ starts from the project's latest report, else from the project.
          const previous = await tx.report.findFirst({
            where: { projectId: key.projectId },
            orderBy: [{ fiscalYear: "desc" }, { revision: "desc" }],
            select: { overview: true },
          });
          const created = await tx.report.create({
            data: {
              ...key,
              moneyUnit: input.moneyUnit ?? MoneyUnit.THOUSAND_YEN,
              department: input.department ?? null,
              contact: input.contact ?? null,
              projectName: project.name,
              overview: previous ? previous.overview : project.overview,
            },
          });
          return reportInStepWithProject(tx, created.id);
        }),
      { unique: () => duplicate() },
    );
  }

  @Authorized()
  @Mutation(() => Report, { description: "Changes only the fields given; null clears a field" })
  async updateReport(@Args() input: ReportUpdateInput, @Ctx() ctx: Context): Promise<Report> {
    const id = idOf(input.id, ["id"]);
    checkReportUpdate(input);
    return writeReport(ctx, "editFinance", "id", id, input.version, async (tx, report) => {
      const year = input.actualsAsOfYear;
      const month = input.actualsAsOfMonth;
      checkYearMonth(
        [],
        ["actualsAsOfYear", "actualsAsOfMonth"],
        year === undefined ? report.actualsAsOfYear : year,
        month === undefined ? report.actualsAsOfMonth : month,
      );
      const effect = await categoryChange(
        tx,
        CategoryKind.EFFECT,
        ["effectCategoryId"],
        input.effectCategoryId,
        input.effectCategoryText,
      );
      return tx.report.update({
        where: { id },
        data: {
          ...reportUpdateData(input),
          effectCategoryId: effect.id,
          effectCategoryText: effect.text,
        },
      });
    });
  }

  @Authorized()
  @Mutation(() => Report, { description: "Deletes a report with its parts; returns it as it was" })
  async deleteReport(
    @Arg("id", () => ID) rawId: string,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Report> {
    const id = idOf(rawId, ["id"]);
    return writeReport(ctx, "delete", "id", id, version, async (tx, report) => {
      await tx.report.delete({ where: { id } });
      return report;
    });
  }
}
