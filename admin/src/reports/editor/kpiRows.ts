import { isKpiAchieved, kpiProgress } from "@sosei/server/rules/kpi";
import { normalize } from "@sosei/server/rules/text";
import type { KpiValueInput } from "../../providers/dataProvider";
import type { ReportKpi } from "../../types";

/** A KPI's latest value as the form edits it (⑥ 最新値, its month, 【参考値】, or "-"). */
export type KpiValueRow = KpiValueInput;

export function kpiValueRows(kpis: readonly ReportKpi[]): KpiValueRow[] {
  return kpis.map((kpi) => ({
    kpiId: kpi.kpiId ?? "",
    value: kpi.value.value,
    notMeasured: kpi.value.notMeasured,
    asOf: kpi.value.asOf,
    isReference: kpi.value.isReference,
  }));
}

/** "1,236" or "６８２．３" as the API's Decimal ("1236", "682.3"); empty → null. */
export function decimalOf(text: string | null): string | null {
  const value = normalize(text ?? "").replace(/,/g, "");
  return value === "" ? null : value;
}

const number = (text: string | null) => {
  const value = decimalOf(text);
  return value !== null && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
};

/** Progress and achievement of a value being typed, as the server computes them (rules/kpi). */
export function liveProgress(kpi: ReportKpi, row: KpiValueRow | undefined) {
  const latest = row && !row.notMeasured ? number(row.value) : null;
  const target = number(kpi.target);
  if (target === null) return { progress: null, achieved: null };
  const figures = { baseline: number(kpi.baseline), target, latest, direction: kpi.direction };
  return { progress: kpiProgress(figures), achieved: isKpiAchieved(figures) };
}

/** The rows the user changed, ready for saveReportKpiValues (with their index in the form). */
export function editedValues(mine: KpiValueRow[], started: KpiValueRow[]) {
  return mine.flatMap((row, index) => {
    const before = started[index];
    if (!row.kpiId || JSON.stringify(row) === JSON.stringify(before)) return [];
    const value: KpiValueInput = {
      kpiId: row.kpiId,
      value: row.notMeasured ? null : decimalOf(row.value),
      notMeasured: Boolean(row.notMeasured),
      asOf: row.asOf || null,
      isReference: Boolean(row.isReference),
    };
    return [{ index, value }];
  });
}
