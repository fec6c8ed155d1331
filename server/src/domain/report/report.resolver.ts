import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../common/errors";
import { ListMetadata, pageOf } from "../../common/list.args";
import { idOf } from "../../common/validate";
import { YearMonth } from "../../common/year-month.type";
import { visibleReports } from "../../auth/guard";
import { canReadReport } from "../../auth/permissions";
import type { Context } from "../../context";
import {
  executionRate,
  formatFiscalYear,
  formatPlanPeriod,
  isRuleError,
  yearOfPlanLabel,
} from "../../rules";
import { BudgetProgram } from "../budget-program/budget-program.type";
import { Category } from "../category/category.type";
import { Evaluation } from "../evaluation/evaluation.type";
import { FuturePolicy } from "../future-policy/future-policy.type";
import { Project } from "../project/project.type";
import {
  computeTotals,
  discrepanciesOf,
  reportKpis,
  reportWhere,
  totalsAmounts,
} from "./report-figures";
import { ReportKpi } from "./report-kpi.type";
import { ReportTotals, TotalDiscrepancy } from "./report-totals.type";
import { REPORT_SORTABLE, ReportFilter, ReportListArgs } from "./report.args";
import { Report } from "./report.type";

/**
 * Reading reports: the list convention plus every part of the form as a field resolver.
 * Relations go through ctx.loaders, so a page of N reports costs the same few SELECTs as one.
 */
@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [Report])
  allReports(@Args() args: ReportListArgs, @Ctx() ctx: Context): Promise<Report[]> {
    const page = pageOf(args, REPORT_SORTABLE, "id");
    return ctx.prisma.report.findMany({
      where: { AND: [reportWhere(args.filter), visibleReports(ctx.actor)] },
      ...page,
    });
  }

  @Query(() => ListMetadata)
  async _allReportsMeta(
    @Arg("filter", () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    const where = { AND: [reportWhere(filter), visibleReports(ctx.actor)] };
    return { count: await ctx.prisma.report.count({ where }) };
  }

  @Query(() => Report, { name: "Report" })
  async report(@Arg("id", () => ID) rawId: string, @Ctx() ctx: Context): Promise<Report> {
    const id = idOf(rawId, ["id"]);
    const report = await ctx.loaders.report.load(id);
    const project = report && (await ctx.loaders.project.load(report.projectId));
    // Another municipality's draft is "not found": a denial never reveals that it exists.
    if (
      !report ||
      !project ||
      !canReadReport(ctx.actor, { status: report.status, municipalityId: project.municipalityId })
    ) {
      throw notFound("Report", id);
    }
    return report;
  }

  @FieldResolver(() => Project, {
    description: "The project as it is now; the report states its own copy (projectName, kpis…)",
  })
  async project(@Root() report: Report, @Ctx() ctx: Context): Promise<Project> {
    return (await ctx.loaders.project.load(report.projectId))!;
  }

  @FieldResolver(() => [BudgetProgram], { description: "④ in position order" })
  programs(@Root() report: Report, @Ctx() ctx: Context): Promise<BudgetProgram[]> {
    return ctx.loaders.programsByReport.load(report.id);
  }

  @FieldResolver(() => [ReportKpi], { description: "⑤⑥ the KPIs as this report states them" })
  async kpis(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportKpi[]> {
    return reportKpis(await ctx.loaders.kpiValuesByReport.load(report.id));
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: "⑦" })
  evaluation(@Root() report: Report, @Ctx() ctx: Context): Promise<Evaluation | null> {
    return ctx.loaders.evaluationByReport.load(report.id);
  }

  @FieldResolver(() => FuturePolicy, { nullable: true, description: "⑧" })
  futurePolicy(@Root() report: Report, @Ctx() ctx: Context): Promise<FuturePolicy | null> {
    return ctx.loaders.futurePolicyByReport.load(report.id);
  }

  @FieldResolver(() => Category, { nullable: true, description: "⑥ 事業効果 as a list entry" })
  async effectCategory(@Root() report: Report, @Ctx() ctx: Context): Promise<Category | null> {
    return report.effectCategoryId === null
      ? null
      : ctx.loaders.category.load(report.effectCategoryId);
  }

  @FieldResolver(() => String, { description: 'e.g. "R2年度"' })
  fiscalYearLabel(@Root() report: Report): string {
    return formatFiscalYear(report.fiscalYear);
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

  @FieldResolver(() => YearMonth, { nullable: true, description: '"R3.3実績"' })
  actualsAsOf(@Root() report: Report): YearMonth | null {
    return YearMonth.of(report.actualsAsOfYear, report.actualsAsOfMonth);
  }

  @FieldResolver(() => ReportTotals, { description: "Computed from the programs, never stored" })
  async totals(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportTotals> {
    const programs = await ctx.loaders.programsByReport.load(report.id);
    return totalsAmounts(computeTotals(report, programs), report.moneyUnit);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "actual / budget; null when budget is 0",
  })
  async executionRate(@Root() report: Report, @Ctx() ctx: Context): Promise<number | null> {
    const totals = computeTotals(report, await ctx.loaders.programsByReport.load(report.id));
    return executionRate(totals.actual, totals.budget);
  }

  @FieldResolver(() => [TotalDiscrepancy], {
    description: "Stated 合計 that differ from the programs",
  })
  async discrepancies(@Root() report: Report, @Ctx() ctx: Context): Promise<TotalDiscrepancy[]> {
    const totals = computeTotals(report, await ctx.loaders.programsByReport.load(report.id));
    return discrepanciesOf(report, totals);
  }
}
