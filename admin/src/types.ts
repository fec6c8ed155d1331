import type { ReportOperation } from "@sosei/server/auth/permissions";
import type { Role } from "@sosei/server/auth/roles";
import type { KpiDirection } from "@sosei/server/rules/kpi";
import type { MoneyUnit, Yen } from "@sosei/server/rules/money";
import type { TotalField } from "@sosei/server/rules/discrepancy";
import type { ReportStatus } from "@sosei/server/workflow/report-status";

/** Records as the admin reads them from the API (ids are strings, as GraphQL's ID). */

export interface Amount {
  yen: Yen;
  display: string;
}

export interface BudgetProgram {
  id?: string;
  position?: number;
  name: string;
  isPartial: boolean;
  isNew: boolean;
  summary: string | null;
  mainResults: string | null;
  budget: Yen;
  expectedGrant: Yen;
  actual: Yen | null;
  actualGrant: Yen | null;
}

export interface KpiValue {
  id?: string;
  value: string | null;
  notMeasured: boolean;
  /** "YYYY-MM" */
  asOf: string | null;
  asOfLabel?: string | null;
  isReference: boolean;
}

export interface ReportKpi {
  position: number;
  name: string;
  baseline: string | null;
  target: string;
  unit: string;
  direction: KpiDirection;
  kpiId: string | null;
  targetMonth: string | null;
  targetMonthLabel: string | null;
  value: KpiValue;
  progress: number | null;
  achieved: boolean | null;
}

export interface CategoryChoice {
  id?: string;
  categoryId: string | null;
  categoryText: string | null;
}

export interface Evaluation extends CategoryChoice {
  opinion: string | null;
}

export interface FuturePolicy extends CategoryChoice {
  reason: string | null;
}

export interface ReviewComment {
  id: string;
  authorName: string;
  kind: "COMMENT" | "RETURN_REASON" | "SELF_APPROVAL" | "TOTALS_DIFFERENCE";
  body: string;
  createdAt: string;
}

export type Totals = Record<TotalField, Amount | null>;

export interface Discrepancy {
  field: TotalField;
  stated: Amount;
  computed: Amount;
  difference: number;
}

/** A report with every part: what the editor and the review page show. */
export interface Report {
  id: string;
  version: number;
  status: ReportStatus;
  revision: number;
  fiscalYear: number;
  fiscalYearLabel: string;
  projectId: string;
  municipalityId: string;
  municipality: { id: string; name: string } | null;
  publishedAt: string | null;
  updatedAt: string;
  department: string | null;
  contact: string | null;
  grantKind: string | null;
  moneyUnit: MoneyUnit;
  projectName: string;
  jointApplicationNote: string | null;
  planFirstYear: number | null;
  planLastYear: number | null;
  kpiNameNote: string | null;
  overview: string | null;
  actualsAsOf: string | null;
  actualsAsOfLabel: string | null;
  effectCategoryId: string | null;
  effectCategoryText: string | null;
  effectText: string | null;
  statedBudgetTotal: Yen | null;
  statedExpectedGrantTotal: Yen | null;
  statedActualTotal: Yen | null;
  statedActualGrantTotal: Yen | null;
  projectActual: Yen | null;
  programs: BudgetProgram[];
  kpis: ReportKpi[];
  evaluation: Evaluation | null;
  futurePolicy: FuturePolicy | null;
  totals: Totals;
  executionRate: number | null;
  discrepancies: Discrepancy[];
  allowedOperations: ReportOperation[];
  comments: ReviewComment[];
}

export interface HistoryEntry {
  id: string;
  at: string;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: "INSERT" | "UPDATE" | "DELETE";
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface Category {
  id: string;
  kind: "EFFECT" | "EVALUATION" | "POLICY";
  label: string;
  explanation: string | null;
  rank: number;
  isActive: boolean;
  text: string;
}

export interface Identity {
  id: string;
  fullName: string;
  roles: Role[];
  municipalityId: string | null;
}
