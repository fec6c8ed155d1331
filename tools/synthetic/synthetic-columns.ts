/** Columns of the synthetic rows, with the PostgreSQL types json_to_recordset reads them as. */
export const PROJECT = {
  municipalityId: "int",
  grantTypeId: "int",
  number: "int",
  name: "text",
  overview: "text",
  planFirstYear: "int",
  planLastYear: "int",
  updatedAt: "timestamp(3)",
};
const KPI_DEFINITION = {
  position: "int",
  name: "text",
  baseline: "numeric",
  target: "numeric",
  unit: "text",
  targetYear: "int",
  targetMonth: "int",
  direction: '"KpiDirection"',
};
export const KPI = { projectId: "int", ...KPI_DEFINITION };
export const REPORT = {
  projectId: "int",
  municipalityId: "int",
  fiscalYear: "int",
  status: '"ReportStatus"',
  moneyUnit: '"MoneyUnit"',
  statedYearOfPlan: "int",
  actualsAsOfYear: "int",
  actualsAsOfMonth: "int",
  effectCategoryId: "int",
  effectText: "text",
  statedBudgetTotal: "bigint",
  statedExpectedGrantTotal: "bigint",
  statedActualTotal: "bigint",
  statedActualGrantTotal: "bigint",
  source: "text",
  projectName: "text",
  planFirstYear: "int",
  planLastYear: "int",
  overview: "text",
  updatedAt: "timestamp(3)",
};
export const PROGRAM = {
  reportId: "int",
  position: "int",
  name: "text",
  isPartial: "boolean",
  isNew: "boolean",
  summary: "text",
  mainResults: "text",
  budget: "bigint",
  expectedGrant: "bigint",
  actual: "bigint",
  actualGrant: "bigint",
};
export const VALUE = {
  reportId: "int",
  kpiId: "int",
  ...KPI_DEFINITION,
  value: "numeric",
  notMeasured: "boolean",
  asOfYear: "int",
  asOfMonth: "int",
  isReference: "boolean",
};

const CATEGORY_PART = { reportId: "int", categoryId: "int", categoryText: "text" };
export const EVALUATION = { ...CATEGORY_PART, opinion: "text" };
export const FUTURE_POLICY = { ...CATEGORY_PART, reason: "text" };
