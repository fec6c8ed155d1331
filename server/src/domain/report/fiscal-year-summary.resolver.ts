import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { notFound } from "../../common/errors";
import { readableReportsWhere } from "../../auth/report-visibility";
import type { Context } from "../../context";
import { fiscalYearKpiStats, formatFiscalYear } from "../../rules";
import { FiscalYearSummary } from "./fiscal-year-summary.type";
import { reportKpis } from "./report-figures";

/** Per fiscal year: share of KPIs achieved and share of reports with an achieved KPI. */
@Resolver()
export class FiscalYearSummaryResolver {
  @Query(() => FiscalYearSummary, {
    description: "KPI achievement over every report of the fiscal year (rules.fiscalYearKpiStats)",
  })
  async fiscalYearSummary(
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<FiscalYearSummary> {
    const fiscal = await ctx.prisma.fiscalYear.findUnique({ where: { year } });
    if (!fiscal) throw notFound("FiscalYear", year);
    const reports = await ctx.prisma.report.findMany({
      where: { fiscalYear: year, ...readableReportsWhere(ctx.actor) },
      select: { id: true },
    });
    // Three statements whatever the number of reports: the loaders batch the rest.
    const withKpis = await Promise.all(
      reports.map(async (report) => ({
        kpis: reportKpis(await ctx.loaders.kpiValuesByReport.load(report.id)),
      })),
    );
    return { year, label: formatFiscalYear(year), ...fiscalYearKpiStats(withKpis) };
  }
}
