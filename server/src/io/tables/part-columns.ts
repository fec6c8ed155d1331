/** The programs (予算事業) and KPI tables: one row per program or KPI, keyed by its report. */
import { isKpiAchieved, kpiProgress, UNIT_LABELS } from "../../rules";
import type { KpiContent, ProgramContent, ReportContent } from "../content/report-content";
import { amount, bool, type Column, decimal, int, month, ratio, text } from "./cell";
import { KPI_HEADERS, POSITION_HEADER, PROGRAM_HEADERS, REPORT_HEADERS } from "./headers";

export type Part<T> = { report: ReportContent; item: T };

function keyColumns<T>(): Column<Part<T>>[] {
  return [
    {
      header: REPORT_HEADERS.code,
      kind: "text",
      required: true,
      get: ({ report }) => text(report.municipality.code),
    },
    {
      header: REPORT_HEADERS.fiscalYear,
      kind: "int",
      required: true,
      get: ({ report }) => int(report.fiscalYear),
    },
    { header: REPORT_HEADERS.number, kind: "int", get: ({ report }) => int(report.number) },
    {
      header: REPORT_HEADERS.projectName,
      kind: "text",
      required: true,
      get: ({ report }) => text(report.projectName),
    },
    {
      header: POSITION_HEADER,
      kind: "int",
      required: true,
      get: ({ item }) => int((item as { position: number }).position),
    },
  ];
}

export const PROGRAM_COLUMNS: Column<Part<ProgramContent>>[] = [
  ...keyColumns<ProgramContent>(),
  {
    header: PROGRAM_HEADERS.name,
    kind: "text",
    required: true,
    get: ({ item }) => text(item.name),
  },
  { header: PROGRAM_HEADERS.isPartial, kind: "bool", get: ({ item }) => bool(item.isPartial) },
  { header: PROGRAM_HEADERS.isNew, kind: "bool", get: ({ item }) => bool(item.isNew) },
  { header: PROGRAM_HEADERS.summary, kind: "text", get: ({ item }) => text(item.summary) },
  { header: PROGRAM_HEADERS.mainResults, kind: "text", get: ({ item }) => text(item.mainResults) },
  {
    header: PROGRAM_HEADERS.budget,
    kind: "amount",
    required: true,
    get: ({ report, item }) => amount(item.budget, report.moneyUnit),
  },
  {
    header: PROGRAM_HEADERS.expectedGrant,
    kind: "amount",
    required: true,
    get: ({ report, item }) => amount(item.expectedGrant, report.moneyUnit),
  },
  {
    header: PROGRAM_HEADERS.actual,
    kind: "amount",
    get: ({ report, item }) => amount(item.actual, report.moneyUnit),
  },
  {
    header: PROGRAM_HEADERS.actualGrant,
    kind: "amount",
    get: ({ report, item }) => amount(item.actualGrant, report.moneyUnit),
  },
  {
    header: REPORT_HEADERS.moneyUnit,
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
  { header: KPI_HEADERS.name, kind: "text", required: true, get: ({ item }) => text(item.name) },
  { header: KPI_HEADERS.baseline, kind: "decimal", get: ({ item }) => decimal(item.baseline) },
  {
    header: KPI_HEADERS.target,
    kind: "decimal",
    required: true,
    get: ({ item }) => decimal(item.target),
  },
  { header: KPI_HEADERS.unit, kind: "text", get: ({ item }) => text(item.unit) },
  { header: KPI_HEADERS.targetMonth, kind: "month", get: ({ item }) => month(item.targetMonth) },
  {
    header: KPI_HEADERS.direction,
    kind: "text",
    get: ({ item }) => text(DIRECTION_LABELS[item.direction]),
  },
  { header: KPI_HEADERS.value, kind: "decimal", get: ({ item }) => decimal(item.value) },
  { header: KPI_HEADERS.notMeasured, kind: "bool", get: ({ item }) => bool(item.notMeasured) },
  { header: KPI_HEADERS.asOf, kind: "month", get: ({ item }) => month(item.asOf) },
  { header: KPI_HEADERS.isReference, kind: "bool", get: ({ item }) => bool(item.isReference) },
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
