import { REPORT_STATUSES, type ReportStatus } from "@sosei/server/workflow/report-status";
import type { Amount } from "../types";

/** How many reports of the year are in each status (one count per status, in one request). */
export const STATUS_COUNTS = `query StatusCounts($year: [ID!], $municipalityId: [ID!]) {
  ${REPORT_STATUSES.map(
    (status) =>
      `${status}: _allReportsMeta(filter: { fiscalYear: $year, municipalityId: $municipalityId, status: [${status}] }) { count }`,
  ).join("\n  ")}
}`;
export type StatusCounts = Record<ReportStatus, { count: number }>;

/** The year's reports with their totals, for budget against actual per project. */
export const YEAR_REPORTS = `query YearReports($year: [ID!], $municipalityId: [ID!]) {
  allReports(perPage: 100, sortField: "projectName", sortOrder: "ASC",
    filter: { fiscalYear: $year, municipalityId: $municipalityId, status: [DRAFT, IN_REVIEW, RETURNED, APPROVED, PUBLISHED] }) {
    id projectName moneyUnit totals { budget { yen display } actual { yen display } }
  }
  _allReportsMeta(filter: { fiscalYear: $year, municipalityId: $municipalityId, status: [DRAFT, IN_REVIEW, RETURNED, APPROVED, PUBLISHED] }) { count }
}`;
export interface YearReports {
  allReports: {
    id: string;
    projectName: string;
    moneyUnit: string;
    totals: { budget: Amount | null; actual: Amount | null };
  }[];
  _allReportsMeta: { count: number };
}

/** The two figures the national government publishes for a fiscal year. */
export const SUMMARY = `query Summary($year: Int!) {
  fiscalYearSummary(year: $year) {
    year reportCount kpiCount achievedKpiCount reportsWithAchievedKpi achievedKpiShare reportsWithAchievedKpiShare
  }
}`;
export interface Summary {
  fiscalYearSummary: {
    year: number;
    reportCount: number;
    kpiCount: number;
    achievedKpiCount: number;
    reportsWithAchievedKpi: number;
    achievedKpiShare: number | null;
    reportsWithAchievedKpiShare: number | null;
  };
}
