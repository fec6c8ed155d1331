/**
 * The GraphQL the report screens send beyond the list convention. Every report write answers
 * with the whole report (REPORT) and its new version, so the next save starts from it, and a
 * CONFLICT's `extensions.current` comes back in the same shape.
 */
import {
  REPORT_FIELDS as REGISTRY,
  type ReportFieldKey,
} from "@sosei/server/domain/report/report-field-registry";

const AMOUNT = "{ yen display }";
const REGISTERED = REGISTRY.map((f) => f.key).join(" ");

export const REPORT = `fragment ReportDetail on Report {
  id version status revision fiscalYear fiscalYearLabel projectId municipalityId
  municipality { id name } publishedAt updatedAt moneyUnit ${REGISTERED}
  projectName jointApplicationNote planFirstYear planLastYear kpiNameNote
  actualsAsOf actualsAsOfLabel effectCategoryId effectCategoryText effectText
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

/** updateReport's arguments besides the registry's, with their GraphQL types. */
const OWN_ARG_TYPES = {
  moneyUnit: "MoneyUnit",
  actualsAsOf: "Month",
  effectCategoryId: "ID",
  effectCategoryText: "String",
  effectText: "String",
} as const;

/** The arguments of updateReport the editor sends (report-level fields of ③, ⑥ and the header). */
export type ReportField = ReportFieldKey | keyof typeof OWN_ARG_TYPES;

const REPORT_ARG_TYPES = {
  ...Object.fromEntries(REGISTRY.map((f) => [f.key, f.kind === "yen" ? "Yen" : "String"])),
  ...OWN_ARG_TYPES,
} as Record<ReportField, string>;
export const REPORT_FIELDS = Object.keys(REPORT_ARG_TYPES) as ReportField[];

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

/** createReport with the registry's fields a new report may state (the department, …). */
const AT_CREATE = REGISTRY.filter((f) => "atCreate" in f).map((f) => f.key);
export const CREATE_REPORT =
  withReport(`mutation CreateReport($projectId: ID!, $fiscalYear: Int!, $moneyUnit: MoneyUnit${AT_CREATE.map((k) => `, $${k}: ${REPORT_ARG_TYPES[k]}`).join("")}) {
  data: createReport(projectId: $projectId, fiscalYear: $fiscalYear, moneyUnit: $moneyUnit${AT_CREATE.map((k) => `, ${k}: $${k}`).join("")}) { ...ReportDetail }
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
