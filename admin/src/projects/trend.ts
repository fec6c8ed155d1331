import type * as Api from "../generated/graphql";
import type { KpiValue, Totals } from "../types";

/** A project with its reports across the plan period (Project.reports, Project.kpis). */
export type TrendProject = Pick<Api.Project, "id" | "name" | "planFirstYear" | "planLastYear"> & {
  kpis: Pick<Api.Kpi, "id" | "position" | "name" | "target" | "unit" | "targetMonthLabel">[];
  reports: TrendReport[];
};

export type TrendReport = Pick<
  Api.Report,
  "id" | "fiscalYear" | "status" | "revision" | "moneyUnit" | "executionRate"
> & {
  totals: Pick<Totals, "budget" | "actual">;
  kpis: (Pick<Api.ReportKpi, "position" | "kpiId" | "target" | "progress" | "achieved"> & {
    value: KpiValue;
  })[];
};

export const TREND = `query Trend($id: ID!) {
  Project(id: $id) {
    id name planFirstYear planLastYear
    kpis { id position name target unit targetMonthLabel }
    reports { id fiscalYear status revision moneyUnit
      totals { budget { yen display } actual { yen display } }
      executionRate
      kpis { position kpiId target value { value notMeasured asOf asOfLabel isReference } progress achieved } }
  }
}`;

/** One fiscal year of the trend: the report that counts for it, if there is one. */
export interface TrendYear {
  year: number;
  report: TrendReport | null;
}

/**
 * The plan period's years (and any year outside it that has a report), oldest first, each with
 * its current report: the newest revision that has not been superseded.
 */
export function trendYears(project: TrendProject): TrendYear[] {
  const current = new Map<number, TrendReport>();
  for (const report of project.reports) {
    if (report.status === "SUPERSEDED") continue;
    const seen = current.get(report.fiscalYear);
    if (!seen || report.revision > seen.revision) current.set(report.fiscalYear, report);
  }
  const years = new Set(current.keys());
  const { planFirstYear: first, planLastYear: last } = project;
  if (first !== null && last !== null) for (let y = first; y <= last; y++) years.add(y);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({ year, report: current.get(year) ?? null }));
}

/** A KPI of the project in a year's report (by definition, else by position on the form). */
export function kpiOf(report: TrendReport | null, kpi: TrendProject["kpis"][number]) {
  return (
    report?.kpis.find((k) => k.kpiId === kpi.id) ??
    report?.kpis.find((k) => k.position === kpi.position) ??
    null
  );
}
