/**
 * The same information as Sosei's list and whole-FY documents, asked of PostGraphile 4 in
 * its own vocabulary (connections, conditions, relations named after foreign keys). Sosei's
 * computed fields (totals, KPI progress) have no counterpart: PostGraphile sends the facts
 * they are computed from, as the plain-SQL reference does. Prisma's @unique is an index, not a
 * constraint, so PostGraphile sees evaluations and policies as lists (of at most one).
 */
export const peerFyQuery = (perPage: number) => `query FiscalYear($fy: Int!, $offset: Int!) {
  allReports(condition: { fiscalYear: $fy }, orderBy: ID_ASC, first: ${perPage}, offset: $offset) {
    nodes {
      id fiscalYear status version department moneyUnit
      statedBudgetTotal statedExpectedGrantTotal statedActualTotal statedActualGrantTotal
      budgetProgramsByReportId(orderBy: POSITION_ASC) {
        nodes { position name isPartial isNew budget expectedGrant actual actualGrant }
      }
      kpiValuesByReportId(orderBy: POSITION_ASC) {
        nodes { position name baseline target unit direction value notMeasured }
      }
      evaluationsByReportId { nodes { categoryText opinion } }
      futurePoliciesByReportId { nodes { categoryText reason } }
    }
  }
}`;

/**
 * Anonymous visitors see published reports only, and not their project's current row (Sosei
 * answers null there); PostGraphile is told so by a condition and a shorter selection.
 */
export const peerListQuery = (
  perPage: number,
  publishedOnly: boolean,
) => `query List($fy: Int!, $offset: Int!) {
  allReports(condition: { fiscalYear: $fy${publishedOnly ? ", status: PUBLISHED" : ""} }, orderBy: ID_ASC, first: ${perPage}, offset: $offset) {
    totalCount
    nodes { id fiscalYear status version department ${publishedOnly ? "" : "projectByProjectId { number name }"} }
  }
}`;
