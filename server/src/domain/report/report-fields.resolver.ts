import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Float, Info, Int, Resolver, Root } from "type-graphql";
import { MonthScalar, monthOf } from "../../common/scalars";
import { allowedOperations, type ReportOperation } from "../../auth/permissions";
import { ReportOperationEnum } from "../../common/enums";
import type { Context } from "../../context";
import {
  type YearMonth,
  executionRate,
  formatFiscalYear,
  formatMonth,
  formatPlanPeriod,
  isRuleError,
  yearOfPlanLabel,
} from "../../rules";
import { budgetProgramResource } from "../budget-program/budget-program.resource";
import { BudgetProgram } from "../budget-program/budget-program.type";
import {
  EVALUATION_PART,
  FUTURE_POLICY_PART,
  type ReportPartDefinition,
} from "../report-part/report-part";
import { Evaluation, FuturePolicy } from "../report-part/report-part.type";
import { municipalityResource } from "../municipality/municipality.resource";
import {
  computeTotals,
  discrepanciesOf,
  kpiValuesOf,
  reportKpis,
  totalsAmounts,
} from "./report-figures";
import { ReportKpi } from "./report-kpi.type";
import { ReportTotals, TotalDiscrepancy } from "./report-totals.type";
import { Report } from "./report.type";

/** What the totals read of each program. */
const AMOUNTS = ["budget", "expectedGrant", "actual", "actualGrant"] as const;

/** The report's programs, with their amounts at least, for the computed figures. */
const programAmounts = (report: Report, ctx: Context) =>
  ctx.lists.childrenWith(budgetProgramResource, "reportId", AMOUNTS).load(report.id);

/** ⑦ or ⑧ of a report (one row at most), batched with every report of the request. */
async function partRowOf<T>(ctx: Context, part: ReportPartDefinition, reportId: number) {
  const [row] = await ctx.lists.rowsOf<T>(part.typeName, "reportId").load(reportId);
  return row ?? null;
}

const actualsAsOf = (report: Report) => monthOf(report.actualsAsOfYear, report.actualsAsOfMonth);

/**
 * The parts of the form and its computed figures. Parts load through ctx.loaders, so a page
 * of N reports costs the same few statements as one; figures come from server/src/rules.
 */
@Resolver(() => Report)
export class ReportFieldsResolver {
  @FieldResolver(() => Int, {
    description: "No of the municipality's list; public with the report (project may be null)",
  })
  async projectNumber(@Root() report: Report, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.projectFacts.load(report.projectId))!.number;
  }

  @FieldResolver(() => String, {
    description: "交付金の種類; public with the report (project may be null)",
  })
  async grantTypeName(@Root() report: Report, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.projectFacts.load(report.projectId))!.grantType.name;
  }

  @FieldResolver(() => [BudgetProgram], { description: "④ in position order" })
  programs(
    @Root() report: Report,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BudgetProgram[]> {
    const plan = ctx.lists.planOf(budgetProgramResource, info);
    return ctx.lists.children(budgetProgramResource, "reportId", plan).load(report.id);
  }

  @FieldResolver(() => [ReportKpi], { description: "⑤⑥ the KPIs as this report states them" })
  async kpis(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportKpi[]> {
    return reportKpis(await kpiValuesOf(ctx, report.id));
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: "⑦" })
  evaluation(@Root() report: Report, @Ctx() ctx: Context): Promise<Evaluation | null> {
    return partRowOf<Evaluation>(ctx, EVALUATION_PART, report.id);
  }

  @FieldResolver(() => FuturePolicy, { nullable: true, description: "⑧" })
  futurePolicy(@Root() report: Report, @Ctx() ctx: Context): Promise<FuturePolicy | null> {
    return partRowOf<FuturePolicy>(ctx, FUTURE_POLICY_PART, report.id);
  }

  @FieldResolver(() => String, { description: 'e.g. "R2年度"' })
  fiscalYearLabel(@Root() report: Report): string {
    return formatFiscalYear(report.fiscalYear);
  }

  @FieldResolver(() => String, { description: 'e.g. "令和2年度"' })
  fiscalYearLabelLong(@Root() report: Report): string {
    return formatFiscalYear(report.fiscalYear, "long");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '"3年度目" / "初年度" from the plan period; null for single-year grants or outside it',
  })
  yearOfPlanLabel(@Root() report: Report): string | null {
    if (report.planFirstYear === null || report.planLastYear === null) return null;
    try {
      return yearOfPlanLabel(report.planFirstYear, report.planLastYear, report.fiscalYear);
    } catch (error) {
      // A report outside its plan period has no position in it; statedYearOfPlan still shows.
      if (isRuleError(error)) return null;
      throw error;
    }
  }

  @FieldResolver(() => String, { nullable: true, description: 'e.g. "H30年度～R2年度"' })
  planPeriodLabel(@Root() report: Report): string | null {
    if (report.planFirstYear === null || report.planLastYear === null) return null;
    return formatPlanPeriod(report.planFirstYear, report.planLastYear);
  }

  @FieldResolver(() => MonthScalar, { nullable: true, description: '実績額 の時点, "2021-03"' })
  actualsAsOf(@Root() report: Report): YearMonth | null {
    return actualsAsOf(report);
  }

  @FieldResolver(() => String, { nullable: true, description: 'In wareki, "R3.3" (R3.3実績)' })
  actualsAsOfLabel(@Root() report: Report): string | null {
    const month = actualsAsOf(report);
    return month && formatMonth(month);
  }

  @FieldResolver(() => String, { nullable: true, description: '"令和3年3月"' })
  actualsAsOfLabelLong(@Root() report: Report): string | null {
    const month = actualsAsOf(report);
    return month && formatMonth(month, "long");
  }

  @FieldResolver(() => ReportTotals, { description: "Computed from the programs, never stored" })
  async totals(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportTotals> {
    const programs = await programAmounts(report, ctx);
    return totalsAmounts(computeTotals(report, programs), report.moneyUnit);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "actual / budget; null without a budget or without any actual",
  })
  async executionRate(@Root() report: Report, @Ctx() ctx: Context): Promise<number | null> {
    const totals = computeTotals(report, await programAmounts(report, ctx));
    return executionRate(totals.actual, totals.budget);
  }

  @FieldResolver(() => [ReportOperationEnum], {
    description: "What the signed-in user may do to the report now (the server still checks)",
  })
  async allowedOperations(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportOperation[]> {
    if (!ctx.actor) return [];
    const municipality = await ctx.lists.loader(municipalityResource).load(report.municipalityId);
    return allowedOperations(ctx.actor, {
      ...report,
      selfApprovalAllowed: municipality?.allowSelfApproval ?? false,
    });
  }

  @FieldResolver(() => [TotalDiscrepancy], {
    description: "Stated 合計 that differ from the programs",
  })
  async discrepancies(@Root() report: Report, @Ctx() ctx: Context): Promise<TotalDiscrepancy[]> {
    const totals = computeTotals(report, await programAmounts(report, ctx));
    return discrepanciesOf(report, totals);
  }
}
