/**
 * The GraphQL the report screens send beyond the list convention. Every report write answers
 * with the whole report (REPORT) and its new version, so the next save starts from it, and a
 * CONFLICT's `extensions.current` comes back in the same shape.
 */
const AMOUNT = "{ yen display }";

export const REPORT = `fragment ReportDetail on Report {
  id version status revision fiscalYear fiscalYearLabel projectId municipalityId
  municipality { id name } publishedAt updatedAt department contact grantKind moneyUnit
  projectName jointApplicationNote planFirstYear planLastYear kpiNameNote overview
  actualsAsOf actualsAsOfLabel effectCategoryId effectCategoryText effectText
  statedBudgetTotal statedExpectedGrantTotal statedActualTotal statedActualGrantTotal projectActual
  programs { id position name isPartial isNew summary mainResults budget expectedGrant actual actualGrant }
  kpis { position name baseline target unit direction kpiId targetMonth targetMonthLabel
    value { id value notMeasured asOf asOfLabel isReference } progress achieved }
  evaluation { id categoryId categoryText opinion }
  futurePolicy { id categoryId categoryText reason }
  totals { budget ${AMOUNT} expectedGrant ${AMOUNT} actual ${AMOUNT} actualGrant ${AMOUNT} }
  executionRate
  discrepancies { field stated ${AMOUNT} computed ${AMOUNT} difference }
  allowedOperations
  comments { id authorName kind body createdAt }
}`;

const withReport = (operation: string) => `${operation}\n${REPORT}`;

export const GET_REPORT = withReport(
  `query GetReport($id: ID!) { data: Report(id: $id) { ...ReportDetail } }`,
);

/** The arguments of updateReport the editor sends (report-level fields of ③, ⑥ and the header). */
export const REPORT_FIELDS = [
  "department",
  "contact",
  "grantKind",
  "moneyUnit",
  "overview",
  "actualsAsOf",
  "effectCategoryId",
  "effectCategoryText",
  "effectText",
  "statedBudgetTotal",
  "statedExpectedGrantTotal",
  "statedActualTotal",
  "statedActualGrantTotal",
  "projectActual",
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

const REPORT_ARG_TYPES: Record<ReportField, string> = {
  department: "String",
  contact: "String",
  grantKind: "String",
  moneyUnit: "MoneyUnit",
  overview: "String",
  actualsAsOf: "Month",
  effectCategoryId: "ID",
  effectCategoryText: "String",
  effectText: "String",
  statedBudgetTotal: "Yen",
  statedExpectedGrantTotal: "Yen",
  statedActualTotal: "Yen",
  statedActualGrantTotal: "Yen",
  projectActual: "Yen",
};

/** updateReport with exactly the fields given (an absent field stays as it is, null clears it). */
export function updateReportDocument(fields: readonly ReportField[]): string {
  const variables = fields.map((f) => `$${f}: ${REPORT_ARG_TYPES[f]}`).join(", ");
  const args = fields.map((f) => `${f}: $${f}`).join(", ");
  return withReport(`mutation UpdateReport($id: ID!, $version: Int!${variables ? `, ${variables}` : ""}) {
    data: updateReport(id: $id, version: $version${args ? `, ${args}` : ""}) { ...ReportDetail }
  }`);
}

export const SAVE_PROGRAMS =
  withReport(`mutation SavePrograms($reportId: ID!, $version: Int!, $programs: [BudgetProgramInput!]!) {
  data: saveReportPrograms(reportId: $reportId, version: $version, programs: $programs) { ...ReportDetail }
}`);

export const SAVE_KPI_VALUES =
  withReport(`mutation SaveKpiValues($reportId: ID!, $version: Int!, $values: [KpiValueInput!]!) {
  data: saveReportKpiValues(reportId: $reportId, version: $version, values: $values) { ...ReportDetail }
}`);

export const UPDATE_EVALUATION =
  withReport(`mutation UpdateEvaluation($reportId: ID!, $version: Int!, $categoryId: ID, $categoryText: String, $opinion: String) {
  data: updateEvaluation(reportId: $reportId, version: $version, categoryId: $categoryId, categoryText: $categoryText, opinion: $opinion) { ...ReportDetail }
}`);

export const UPDATE_FUTURE_POLICY =
  withReport(`mutation UpdateFuturePolicy($reportId: ID!, $version: Int!, $categoryId: ID, $categoryText: String, $reason: String) {
  data: updateFuturePolicy(reportId: $reportId, version: $version, categoryId: $categoryId, categoryText: $categoryText, reason: $reason) { ...ReportDetail }
}`);

export const CREATE_REPORT =
  withReport(`mutation CreateReport($projectId: ID!, $fiscalYear: Int!, $moneyUnit: MoneyUnit, $department: String, $contact: String) {
  data: createReport(projectId: $projectId, fiscalYear: $fiscalYear, moneyUnit: $moneyUnit, department: $department, contact: $contact) { ...ReportDetail }
}`);

export const DELETE_REPORT = `mutation DeleteReport($id: ID!, $version: Int) {
  data: deleteReport(id: $id, version: $version) { id version status }
}`;

/**
 * The workflow's transitions; `revise` opens a new revision and answers with it. `$reason`:
 * why a report is returned, or on submitting the acknowledgement of a 合計 difference.
 */
export const WORKFLOW = {
  submit: withReport(
    `mutation Submit($id: ID!, $version: Int!, $reason: String) { data: submitReport(id: $id, version: $version, totalsDifference: $reason) { ...ReportDetail } }`,
  ),
  return: withReport(
    `mutation Return($id: ID!, $version: Int!, $reason: String!) { data: returnReport(id: $id, version: $version, reason: $reason) { ...ReportDetail } }`,
  ),
  approve: withReport(
    `mutation Approve($id: ID!, $version: Int!) { data: approveReport(id: $id, version: $version) { ...ReportDetail } }`,
  ),
  publish: withReport(
    `mutation Publish($id: ID!, $version: Int!) { data: publishReport(id: $id, version: $version) { ...ReportDetail } }`,
  ),
  revise: withReport(
    `mutation Revise($id: ID!) { data: reviseReport(id: $id) { ...ReportDetail } }`,
  ),
} as const;
export type WorkflowStep = keyof typeof WORKFLOW;

export const ADD_COMMENT = `mutation AddComment($reportId: ID!, $body: String!) {
  data: addReviewComment(reportId: $reportId, body: $body) { id authorName kind body createdAt }
}`;

export const HISTORY = `query History($reportId: ID!) {
  data: reportHistory(reportId: $reportId) { id at actorName entity entityId action changes }
}`;
