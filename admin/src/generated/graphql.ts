// Generated from server/schema.graphql by admin/scripts/graphql-types.mjs (`pnpm schema`).
// Do not edit: change the server and run `pnpm schema`.

export interface Amount {
  /** In the report's unit, e.g. "36,264" for 36,264 千円 */
  display: string;
  unit: MoneyUnit;
  yen: number;
}

export interface BudgetProgram {
  actual: number | null;
  /** 実績額 in the report's unit */
  actualAmount: Amount | null;
  actualGrant: number | null;
  /** うち交付金 in the report's unit */
  actualGrantAmount: Amount | null;
  budget: number;
  /** 予算額 in the report's unit */
  budgetAmount: Amount | null;
  /** 実績額 / 予算額; null without actuals or with a zero budget */
  executionRate: number | null;
  expectedGrant: number;
  /** うち交付金見込 in the report's unit */
  expectedGrantAmount: Amount | null;
  id: string;
  /** (新) */
  isNew: boolean;
  /** (関係分) */
  isPartial: boolean;
  mainResults: string | null;
  /** Name without the (関係分)/(新) markers */
  name: string;
  position: number;
  /** The report this program belongs to */
  report: Report | null;
  reportId: string;
  summary: string | null;
}

export interface BudgetProgramFilter {
  /** react-admin's getMany */
  ids?: string[] | null;
  /** Part of the name, summary or results */
  q?: string | null;
  reportId?: string[] | null;
}

export interface BudgetProgramInput {
  /** 実績額; absent until entered */
  actual?: number | null;
  /** うち交付金: at most the actual */
  actualGrant?: number | null;
  /** 予算額 */
  budget: number;
  /** うち交付金見込: at most the budget */
  expectedGrant: number;
  /** (新); default false */
  isNew?: boolean | null;
  /** (関係分); default false */
  isPartial?: boolean | null;
  mainResults?: string | null;
  /** Name without the (関係分)/(新) markers, 1–200 characters */
  name: string;
  summary?: string | null;
}

export interface Category {
  /** The text in parentheses on the form */
  explanation: string | null;
  id: string;
  /** Offered for new entries; used entries are deactivated, not deleted */
  isActive: boolean;
  kind: CategoryKind;
  label: string;
  /** Position on the scale, 1 = most positive */
  rank: number;
  /** As the form writes it: "label (explanation)" */
  text: string;
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Filter of allCategories / _allCategoriesMeta */
export interface CategoryFilter {
  ids?: string[] | null;
  isActive?: boolean | null;
  kind?: CategoryKind[] | null;
  /** Part of the label or explanation */
  q?: string | null;
}

/** Which category list: 事業効果, 事業の評価, 今後の方針 */
export type CategoryKind = "EFFECT" | "EVALUATION" | "POLICY";

/** コメント or 差戻し理由 */
export type CommentKind = "COMMENT" | "RETURN_REASON" | "SELF_APPROVAL" | "TOTALS_DIFFERENCE";

/** ⑦ 外部有識者からの評価 */
export interface Evaluation {
  /** The list entry chosen, if any */
  category: Category | null;
  categoryId: string | null;
  /** 事業の評価 as written */
  categoryText: string | null;
  id: string;
  /** 外部有識者からの意見 */
  opinion: string | null;
  reportId: string;
}

/** 年度: April of year to March of year + 1 */
export interface FiscalYear {
  /** The year (a fiscal year's key) */
  id: string;
  /** Open for entry: a closed year refuses edits of its reports */
  isOpen: boolean;
  /** Wareki, e.g. "R2年度" */
  label: string;
  /** Wareki, e.g. "令和2年度" */
  labelLong: string;
  /** Optimistic lock: send it back with every update */
  version: number;
  /** Gregorian year in which the fiscal year starts */
  year: number;
}

/** Filter of allFiscalYears / _allFiscalYearsMeta */
export interface FiscalYearFilter {
  /** Years (a fiscal year's id is its year) */
  ids?: string[] | null;
  isOpen?: boolean | null;
  /** A year, "2020", or wareki "R2" */
  q?: string | null;
}

export interface FiscalYearSummary {
  achievedKpiCount: number;
  /** achievedKpiCount / kpiCount */
  achievedKpiShare: number | null;
  /** All KPIs of the reports, with or without a latest value */
  kpiCount: number;
  /** e.g. "R2年度" */
  label: string;
  reportCount: number;
  /** The current report of each project, e.g. for a chart */
  reportIds: string[];
  /** Reports with at least one achieved KPI */
  reportsWithAchievedKpi: number;
  /** reportsWithAchievedKpi / reportCount */
  reportsWithAchievedKpiShare: number | null;
  /** Every status, with 0 for one without reports */
  statusCounts: StatusCount[];
  year: number;
}

/** ⑧ 実績値を踏まえた事業の今後について */
export interface FuturePolicy {
  /** The list entry chosen, if any */
  category: Category | null;
  categoryId: string | null;
  /** 今後の方針 as written */
  categoryText: string | null;
  id: string;
  /** 今後の方針の理由 */
  reason: string | null;
  reportId: string;
}

export interface GrantType {
  /** Short key, e.g. "SUISHIN" */
  code: string;
  id: string;
  /** KPIs allowed per project */
  kpiLimit: number;
  name: string;
  /** Order in lists */
  position: number;
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Filter of allGrantTypes / _allGrantTypesMeta */
export interface GrantTypeFilter {
  ids?: string[] | null;
  /** Part of the name or code */
  q?: string | null;
}

export interface HistoryEntry {
  /** INSERT, UPDATE or DELETE */
  action: string;
  /** null for system writes (seed, migrations) */
  actorId: string | null;
  actorName: string | null;
  at: string;
  /** { field: { before, after } } */
  changes: unknown;
  /** Table, e.g. "BudgetProgram" */
  entity: string;
  entityId: string;
  id: string;
}

export interface Kpi {
  baseline: string | null;
  direction: KpiDirection;
  id: string;
  /** No longer reported; approved and published reports keep it */
  isRetired: boolean;
  name: string;
  /** ①, ②, … on the form */
  position: number;
  project: Project | null;
  projectId: string;
  target: string;
  /** 目標年月, "2023-03" */
  targetMonth: string | null;
  /** 目標年月 in wareki, "R5.3" */
  targetMonthLabel: string | null;
  /** 目標年月, "令和5年3月" */
  targetMonthLabelLong: string | null;
  unit: string;
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Whether a KPI should go up or down */
export type KpiDirection = "DECREASE" | "INCREASE";

/** Filter of allKpis / _allKpisMeta */
export interface KpiFilter {
  ids?: string[] | null;
  isRetired?: boolean | null;
  projectId?: string[] | null;
  /** Part of the name or unit */
  q?: string | null;
}

export interface KpiValue {
  /** Month of the value, "2021-03" */
  asOf: string | null;
  /** Month of the value in wareki, "R3.3" */
  asOfLabel: string | null;
  /** Month of the value, "令和3年3月" */
  asOfLabelLong: string | null;
  id: string;
  /** 【参考値】 */
  isReference: boolean;
  /** null once the KPI definition was deleted */
  kpiId: string | null;
  /** The form says "-": not measured */
  notMeasured: boolean;
  reportId: string;
  value: string | null;
}

export interface KpiValueInput {
  /** Month of the value, "2021-03" */
  asOf?: string | null;
  /** 【参考値】 */
  isReference?: boolean | null;
  /** A KPI of the report's project */
  kpiId: string;
  /** The form says "-"; excludes value */
  notMeasured?: boolean | null;
  /** Exact decimal, e.g. "682.3" */
  value?: string | null;
}

export interface ListMetadata {
  count: number;
}

/** Unit a report states its money in (円 or 千円) */
export type MoneyUnit = "THOUSAND_YEN" | "YEN";

export interface Municipality {
  /** The four-eyes rule relaxed for a very small town: who submitted or edited a report may approve it (recorded) */
  allowSelfApproval: boolean;
  /** 全国地方公共団体コード (6 digits with the check digit) */
  code: string;
  id: string;
  name: string;
  prefecture: string;
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Filter of allMunicipalities / _allMunicipalitiesMeta */
export interface MunicipalityFilter {
  ids?: string[] | null;
  prefecture?: string[] | null;
  /** Part of the name, or the code */
  q?: string | null;
}

export interface NewYearReport {
  /** The report created now (not in a dry run) */
  createdReportId: string | null;
  /** The year's report when it exists already */
  existingReportId: string | null;
  /** The year of the report it starts from; null when the project has none */
  fromFiscalYear: number | null;
  municipalityName: string;
  /** No of the municipality's list */
  number: number;
  projectId: string;
  projectName: string;
}

/** The new fiscal year's reports of every continuing project */
export interface NewYearReports {
  /** Nothing was written */
  dryRun: boolean;
  fiscalYear: number;
  items: NewYearReport[];
  /** Reports created (or, in a dry run, that would be) */
  toCreate: number;
}

export interface Project {
  grantType: GrantType | null;
  grantTypeId: string;
  id: string;
  /** e.g. "北海道共同申請" (without 【】) */
  jointApplicationNote: string | null;
  /** KPI header qualifier, e.g. "旭川市関係分" */
  kpiNameNote: string | null;
  /** ⑤ in position order */
  kpis: Kpi[];
  municipality: Municipality | null;
  municipalityId: string;
  /** ① 国提出事業名 */
  name: string;
  /** No in the city's list */
  number: number;
  /** ③ 全体概要 */
  overview: string | null;
  /** ② first fiscal year; both or neither */
  planFirstYear: number | null;
  /** ② last fiscal year; both or neither */
  planLastYear: number | null;
  /** ② e.g. "H30年度～R2年度" */
  planPeriodLabel: string | null;
  /** Oldest fiscal year first */
  reports: Report[];
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Filter of allProjects / _allProjectsMeta */
export interface ProjectFilter {
  grantTypeId?: string[] | null;
  ids?: string[] | null;
  municipalityId?: string[] | null;
  /** Part of the name */
  q?: string | null;
}

export interface Report {
  /** 実績額 の時点, "2021-03" */
  actualsAsOf: string | null;
  /** In wareki, "R3.3" (R3.3実績) */
  actualsAsOfLabel: string | null;
  /** "令和3年3月" */
  actualsAsOfLabelLong: string | null;
  /** What the signed-in user may do to the report now (the server still checks) */
  allowedOperations: ReportOperation[];
  /** Review comments, oldest first: only for signed-in users of the report's municipality */
  comments: ReviewComment[];
  contact: string | null;
  createdAt: string;
  department: string | null;
  /** Stated 合計 that differ from the programs */
  discrepancies: TotalDiscrepancy[];
  /** ⑥ 事業効果 as a list entry */
  effectCategory: Category | null;
  effectCategoryId: string | null;
  /** 事業効果 as written */
  effectCategoryText: string | null;
  effectText: string | null;
  /** ⑦ */
  evaluation: Evaluation | null;
  /** actual / budget; null without a budget or without any actual */
  executionRate: number | null;
  /** Fiscal year (Gregorian start year), the FiscalYear's id */
  fiscalYear: number;
  /** e.g. "R2年度" */
  fiscalYearLabel: string;
  /** e.g. "令和2年度" */
  fiscalYearLabelLong: string;
  /** ⑧ */
  futurePolicy: FuturePolicy | null;
  /** The kind within the grant as older forms state it (先行型: 基礎交付, タイプⅠ, タイプⅡ) */
  grantKind: string | null;
  /** 交付金の種類; public with the report (project may be null) */
  grantTypeName: string;
  id: string;
  /** 【…】 after the name, e.g. "北海道共同申請" */
  jointApplicationNote: string | null;
  /** Qualifier of the KPI header, "旭川市関係分" */
  kpiNameNote: string | null;
  /** ⑤⑥ the KPIs as this report states them */
  kpis: ReportKpi[];
  moneyUnit: MoneyUnit;
  municipality: Municipality | null;
  municipalityId: string;
  /** ③ 全体概要 as this report states it */
  overview: string | null;
  /** ② first fiscal year of the plan period */
  planFirstYear: number | null;
  /** ② last fiscal year of the plan period */
  planLastYear: number | null;
  /** e.g. "H30年度～R2年度" */
  planPeriodLabel: string | null;
  /** ④ in position order */
  programs: BudgetProgram[];
  /** The project as it is now, for its municipality only; the report states its own copy */
  project: Project | null;
  /** Project-level actual, for forms without programs */
  projectActual: number | null;
  projectId: string;
  /** ① 国提出事業名 as this report states it (frozen from approval on) */
  projectName: string;
  /** No of the municipality's list; public with the report (project may be null) */
  projectNumber: number;
  /** When this revision was published */
  publishedAt: string | null;
  /** 1, or the number of the correction of a published report */
  revision: number;
  /** Where an imported report came from */
  source: string | null;
  statedActualGrantTotal: number | null;
  statedActualTotal: number | null;
  /** 合計 as the form states it */
  statedBudgetTotal: number | null;
  statedExpectedGrantTotal: number | null;
  /** Year of the plan as the form states it ("3年度目" → 3) */
  statedYearOfPlan: number | null;
  status: ReportStatus;
  /** Computed from the programs, never stored */
  totals: ReportTotals;
  updatedAt: string;
  /** Optimistic lock: send it back with every update */
  version: number;
  /** "3年度目" / "初年度" from the plan period; null for single-year grants or outside it */
  yearOfPlanLabel: string | null;
}

export interface ReportFilter {
  /** Fiscal years (a fiscal year's id is its year) */
  fiscalYear?: string[] | null;
  /** react-admin's getMany */
  ids?: string[] | null;
  municipalityId?: string[] | null;
  projectId?: string[] | null;
  /** Part of the project name the report states */
  q?: string | null;
  status?: ReportStatus[] | null;
}

export interface ReportKpi {
  /** null when there is no latest value */
  achieved: boolean | null;
  baseline: string | null;
  direction: KpiDirection;
  /** The project's KPI; null once that definition was deleted */
  kpiId: string | null;
  name: string;
  /** ①, ②, … on the form */
  position: number;
  /** (latest − baseline) / (target − baseline), not clamped; null without figures */
  progress: number | null;
  target: string;
  /** 目標年月, "2023-03" */
  targetMonth: string | null;
  /** 目標年月 in wareki, "R5.3" */
  targetMonthLabel: string | null;
  /** 目標年月, "令和5年3月" */
  targetMonthLabelLong: string | null;
  unit: string;
  /** ⑥ 最新値; its fields are null until entered */
  value: KpiValue;
}

/** An operation of the permission matrix on a report */
export type ReportOperation = "approve" | "comment" | "create" | "delete" | "editEvaluation" | "editFinance" | "publish" | "return" | "revise" | "submit";

/** Workflow status of a yearly report */
export type ReportStatus = "APPROVED" | "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "RETURNED" | "SUPERSEDED";

export interface ReportTotals {
  /** 実績額 (missing actuals count as 0 beside entered ones) */
  actual: Amount | null;
  /** うち交付金 */
  actualGrant: Amount | null;
  /** 予算額 */
  budget: Amount | null;
  /** うち交付金見込 */
  expectedGrant: Amount | null;
}

export interface ReviewComment {
  authorId: string;
  /** Author's name at the time of reading */
  authorName: string;
  body: string;
  createdAt: string;
  id: string;
  kind: CommentKind;
  reportId: string;
}

/** 財政担当, 評価担当, 管理職, 管理者 */
export type Role = "ADMIN" | "EVALUATOR" | "FINANCE" | "MANAGER";

export interface StatusCount {
  count: number;
  status: ReportStatus;
}

export interface TotalDiscrepancy {
  /** Sum of the programs */
  computed: Amount;
  /** stated − computed, in yen */
  difference: number;
  /** budget, expectedGrant, actual or actualGrant */
  field: string;
  /** As the form states it */
  stated: Amount;
}

export interface User {
  email: string;
  id: string;
  isActive: boolean;
  loginId: string;
  municipality: Municipality | null;
  /** null: a system administrator, for every municipality */
  municipalityId: string | null;
  name: string;
  roles: Role[];
  /** Optimistic lock: send it back with every update */
  version: number;
}

/** Filter of allUsers / _allUsersMeta */
export interface UserFilter {
  ids?: string[] | null;
  isActive?: boolean | null;
  municipalityId?: string[] | null;
  /** Part of the login id, name or e-mail */
  q?: string | null;
  /** Users with any of these roles */
  role?: Role[] | null;
}
