/** The programs (予算事業) and KPI tables: one row per program or KPI, keyed by its report. */
import { isKpiAchieved, kpiProgress, UNIT_LABELS } from "../../rules";
import type { KpiContent, ProgramContent, ReportContent } from "../content/report-content";
import { amount, bool, type Column, decimal, int, month, ratio, text } from "./cell";

export type Part<T> = { report: ReportContent; item: T };

function keyColumns<T>(): Column<Part<T>>[] {
  return [
    {
      header: "団体コード",
      kind: "text",
      required: true,
      get: ({ report }) => text(report.municipality.code),
    },
    { header: "年度", kind: "int", required: true, get: ({ report }) => int(report.fiscalYear) },
    { header: "No", kind: "int", get: ({ report }) => int(report.number) },
    {
      header: "国提出事業名",
      kind: "text",
      required: true,
      get: ({ report }) => text(report.projectName),
    },
    {
      header: "番号",
      kind: "int",
      required: true,
      get: ({ item }) => int((item as { position: number }).position),
    },
  ];
}

export const PROGRAM_COLUMNS: Column<Part<ProgramContent>>[] = [
  ...keyColumns<ProgramContent>(),
  { header: "事業名", kind: "text", required: true, get: ({ item }) => text(item.name) },
  { header: "関係分", kind: "bool", get: ({ item }) => bool(item.isPartial) },
  { header: "新規", kind: "bool", get: ({ item }) => bool(item.isNew) },
  { header: "概要", kind: "text", get: ({ item }) => text(item.summary) },
  { header: "主な事業実績", kind: "text", get: ({ item }) => text(item.mainResults) },
  {
    header: "予算額",
    kind: "amount",
    required: true,
    get: ({ report, item }) => amount(item.budget, report.moneyUnit),
  },
  {
    header: "うち交付金見込",
    kind: "amount",
    required: true,
    get: ({ report, item }) => amount(item.expectedGrant, report.moneyUnit),
  },
  {
    header: "実績額",
    kind: "amount",
    get: ({ report, item }) => amount(item.actual, report.moneyUnit),
  },
  {
    header: "うち交付金",
    kind: "amount",
    get: ({ report, item }) => amount(item.actualGrant, report.moneyUnit),
  },
  {
    header: "金額の単位",
    kind: "text",
    exportOnly: true,
    get: ({ report }) => text(UNIT_LABELS[report.moneyUnit]),
  },
];

/** The rules' figures of a KPI (progress, achievement) from its stored decimals. */
export function kpiFigures(k: KpiContent) {
  const num = (v: string | null) => (v === null ? null : Number(v));
  return {
    baseline: num(k.baseline),
    target: Number(k.target),
    latest: num(k.value),
    direction: k.direction,
  };
}

export const DIRECTION_LABELS = { INCREASE: "増加", DECREASE: "減少" } as const;

export const KPI_COLUMNS: Column<Part<KpiContent>>[] = [
  ...keyColumns<KpiContent>(),
  { header: "指標名", kind: "text", required: true, get: ({ item }) => text(item.name) },
  { header: "基準値", kind: "decimal", get: ({ item }) => decimal(item.baseline) },
  { header: "目標値", kind: "decimal", required: true, get: ({ item }) => decimal(item.target) },
  { header: "単位", kind: "text", get: ({ item }) => text(item.unit) },
  { header: "目標年月", kind: "month", get: ({ item }) => month(item.targetMonth) },
  { header: "方向", kind: "text", get: ({ item }) => text(DIRECTION_LABELS[item.direction]) },
  { header: "最新値", kind: "decimal", get: ({ item }) => decimal(item.value) },
  { header: "未計測", kind: "bool", get: ({ item }) => bool(item.notMeasured) },
  { header: "最新値の時点", kind: "month", get: ({ item }) => month(item.asOf) },
  { header: "参考値", kind: "bool", get: ({ item }) => bool(item.isReference) },
  {
    header: "進捗率(計算)",
    kind: "ratio",
    exportOnly: true,
    get: ({ item }) => ratio(kpiProgress(kpiFigures(item))),
  },
  {
    header: "達成(計算)",
    kind: "bool",
    exportOnly: true,
    get: ({ item }) => {
      const achieved = isKpiAchieved(kpiFigures(item));
      return achieved === null ? null : bool(achieved);
    },
  },
];

export const TABLES = {
  reports: { sheet: "報告", file: "reports" },
  programs: { sheet: "予算事業", file: "programs" },
  kpis: { sheet: "KPI", file: "kpis" },
} as const;
export type TableName = keyof typeof TABLES;
