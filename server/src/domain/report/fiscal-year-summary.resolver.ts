import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { notFound } from "../../errors/api-errors";
import { optionalIdOf } from "../../common/validate";
import type { Context } from "../../context";
import { exportedReportIds } from "../../io/export/export-query";
import { fiscalYearKpiStats, formatFiscalYear } from "../../rules";
import { REPORT_STATUSES } from "../../workflow/report-status";
import { FiscalYearSummary } from "./fiscal-year-summary.type";
import { kpiValuesOf, reportKpis } from "./report-figures";

/**
 * Per fiscal year (and municipality): share of KPIs achieved, share of reports with an
 * achieved KPI, reports by status. A correction being written and the published report it
 * replaces are one project: only the current revision counts.
 */
@Resolver()
export class FiscalYearSummaryResolver {
  @Query(() => FiscalYearSummary, {
    description: "KPI achievement and status over the current report of each project",
  })
  async fiscalYearSummary(
    @Arg("year", () => Int) year: number,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FiscalYearSummary> {
    const fiscal = await ctx.prisma.fiscalYear.findUnique({ where: { year } });
    if (!fiscal) throw notFound("FiscalYear", year);
    const municipality = optionalIdOf(municipalityId, ["municipalityId"]);
    const code = municipality
      ? (await ctx.prisma.municipality.findUnique({ where: { id: municipality } }))?.code
      : undefined;
    if (municipality && !code) throw notFound("Municipality", municipality);
    const ids = await exportedReportIds(ctx.prisma, {
      fiscalYear: year,
      municipalityCode: code,
      publishedOnly: false,
      reader: ctx.actor,
    });
    const statuses = await ctx.prisma.report.findMany({
      where: { id: { in: ids } },
      select: { status: true },
    });
    // A few statements whatever the number of reports: the loaders batch the KPIs.
    const withKpis = await Promise.all(
      ids.map(async (id) => ({ kpis: reportKpis(await kpiValuesOf(ctx, id)) })),
    );
    return {
      year,
      label: formatFiscalYear(year),
      ...fiscalYearKpiStats(withKpis),
      statusCounts: REPORT_STATUSES.map((status) => ({
        status,
        count: statuses.filter((report) => report.status === status).length,
      })),
      reportIds: ids.map(String),
    };
  }
}
