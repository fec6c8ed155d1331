import type * as Api from "../../generated/graphql";

/** The documents of 「新年度の報告を作成」 (server: domain/report/new-year-reports.ts). */
export const OPEN_YEARS = `query OpenYears {
  years: allFiscalYears(perPage: 100, sortField: "year", sortOrder: "DESC", filter: { isOpen: true }) { year }
}`;

export const NEW_YEAR_REPORTS = `mutation NewYearReports($fiscalYear: Int!, $dryRun: Boolean!) {
  startFiscalYearReports(fiscalYear: $fiscalYear, dryRun: $dryRun) {
    fiscalYear dryRun toCreate
    items { projectId number projectName municipalityName fromFiscalYear existingReportId createdReportId }
  }
}`;

export type NewYearReports = Pick<Api.NewYearReports, "fiscalYear" | "dryRun" | "toCreate"> & {
  items: Pick<
    Api.NewYearReport,
    | "projectId"
    | "number"
    | "projectName"
    | "municipalityName"
    | "fromFiscalYear"
    | "existingReportId"
    | "createdReportId"
  >[];
};
