/**
 * The headers of the export's three tables that the import reads back: one spelling each,
 * used by the columns (report-columns.ts, part-columns.ts) and the reader
 * (import/tables/tables-to-reports.ts). The registry's fields carry their own headers.
 */
export const REPORT_HEADERS = {
  code: "団体コード",
  prefecture: "都道府県",
  municipality: "団体名",
  fiscalYear: "年度",
  grantType: "交付金の種類",
  number: "No",
  projectName: "国提出事業名",
  jointApplicationNote: "共同申請",
  planFirstYear: "計画開始年度",
  planLastYear: "計画終了年度",
  statedYearOfPlan: "実施年数(記載)",
  kpiNameNote: "指標名の注記",
  moneyUnit: "金額の単位",
  actualsAsOf: "実績時点",
  effectCategory: "事業効果",
  effectText: "事業効果の説明",
  evaluationCategory: "事業の評価",
  opinion: "外部有識者からの意見",
  policyCategory: "今後の方針",
  reason: "今後の方針の理由",
  status: "状態",
  revision: "版",
  publishedAt: "公開日時",
  source: "出典",
} as const;

/** A program's or KPI's place in its report's list. */
export const POSITION_HEADER = "番号";

export const PROGRAM_HEADERS = {
  name: "事業名",
  isPartial: "関係分",
  isNew: "新規",
  summary: "概要",
  mainResults: "主な事業実績",
  budget: "予算額",
  expectedGrant: "うち交付金見込",
  actual: "実績額",
  actualGrant: "うち交付金",
} as const;

export const KPI_HEADERS = {
  name: "指標名",
  baseline: "基準値",
  target: "目標値",
  unit: "単位",
  targetMonth: "目標年月",
  direction: "方向",
  value: "最新値",
  notMeasured: "未計測",
  asOf: "最新値の時点",
  isReference: "参考値",
} as const;
