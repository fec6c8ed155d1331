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

export interface NewYearReports {
  fiscalYear: number;
  dryRun: boolean;
  toCreate: number;
  items: {
    projectId: string;
    number: number;
    projectName: string;
    municipalityName: string;
    fromFiscalYear: number | null;
    existingReportId: string | null;
    createdReportId: string | null;
  }[];
}
