import type * as Api from "../generated/graphql";
import type { Totals } from "../types";

/** The year's current reports (one per project) with their totals, for budget against actual. */
export const YEAR_REPORTS = `query YearReports($ids: [ID!]) {
  allReports(perPage: 100, sortField: "projectName", sortOrder: "ASC", filter: { ids: $ids }) {
    id projectName moneyUnit totals { budget { yen display } actual { yen display } }
  }
}`;
export interface YearReports {
  allReports: (Pick<Api.Report, "id" | "projectName" | "moneyUnit"> & {
    totals: Pick<Totals, "budget" | "actual">;
  })[];
}

/**
 * The year's figures, each project counted once from its current report: the two the national
 * government publishes, the reports by status, and which reports are current.
 */
export const SUMMARY = `query Summary($year: Int!, $municipalityId: ID) {
  fiscalYearSummary(year: $year, municipalityId: $municipalityId) {
    year reportCount kpiCount achievedKpiCount reportsWithAchievedKpi achievedKpiShare reportsWithAchievedKpiShare
    statusCounts { status count } reportIds
  }
}`;
export interface Summary {
  fiscalYearSummary: Pick<
    Api.FiscalYearSummary,
    | "year"
    | "reportCount"
    | "kpiCount"
    | "achievedKpiCount"
    | "reportsWithAchievedKpi"
    | "achievedKpiShare"
    | "reportsWithAchievedKpiShare"
    | "statusCounts"
    | "reportIds"
  >;
}
