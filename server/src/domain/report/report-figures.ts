/**
 * The computed parts of a report (totals, discrepancies, KPI progress), always through the
 * domain rules so that the API, the import and the admin UI agree to the yen.
 */
import { Amount } from "../../common/amount.type";
import { monthOf } from "../../common/scalars";
import type { Context } from "../../context";
import type { BudgetProgram, KpiValue as KpiValueRecord } from "../../generated/prisma/client";
import {
  type MoneyUnit,
  type Totals,
  findTotalDiscrepancies,
  isKpiAchieved,
  kpiProgress,
  sumPrograms,
} from "../../rules";
import { KpiValue } from "../kpi/kpi-value.type";
import { fieldContentOf } from "./report-field-registry";
import { ReportKpi } from "./report-kpi.type";
import type { ReportTotals, TotalDiscrepancy } from "./report-totals.type";
import type { Report } from "./report.type";

const yenOrNull = (value: bigint | null) => (value === null ? null : Number(value));

type ProgramAmounts = Pick<BudgetProgram, "budget" | "expectedGrant" | "actual" | "actualGrant">;

export function computeTotals(report: Report, programs: readonly ProgramAmounts[]): Totals {
  return sumPrograms(
    programs.map((p) => ({
      budget: Number(p.budget),
      expectedGrant: Number(p.expectedGrant),
      actual: yenOrNull(p.actual),
      actualGrant: yenOrNull(p.actualGrant),
    })),
    yenOrNull(report.projectActual),
  );
}

export function totalsAmounts(totals: Totals, unit: MoneyUnit): ReportTotals {
  const of = (yen: number | null) => Amount.of(yen, unit);
  return {
    budget: of(totals.budget),
    expectedGrant: of(totals.expectedGrant),
    actual: of(totals.actual),
    actualGrant: of(totals.actualGrant),
  };
}

/** The stated 合計 fields that differ from the computed ones, in the form's column order. */
export function discrepanciesOf(report: Report, totals: Totals): TotalDiscrepancy[] {
  const { stated } = fieldContentOf((f) => report[f.key as keyof Report]);
  return findTotalDiscrepancies(stated, totals).map((d) => ({
    field: d.field,
    stated: Amount.of(d.stated, report.moneyUnit)!,
    computed: Amount.of(d.computed, report.moneyUnit)!,
    difference: d.difference,
  }));
}

const decimalOrNull = (value: unknown) => (value == null ? null : Number(String(value)));

/** The report's KPIs as it states them, in position order, with progress from the rules. */
/** A report's KPI value row as the list reader gives it: NUMERIC as exact decimal strings. */
type KpiValueRow = Omit<KpiValueRecord, "baseline" | "target" | "value"> & {
  baseline: string | null;
  target: string;
  value: string | null;
};

/** A report's KPI values, batched with every report of the request (one statement). */
export const kpiValuesOf = (ctx: Pick<Context, "lists">, reportId: number) =>
  ctx.lists.rowsOf<KpiValueRow>("KpiValue", "reportId").load(reportId);

export function reportKpis(rows: readonly KpiValueRow[]): ReportKpi[] {
  const ordered = [...rows].sort((a, b) => a.position - b.position || a.id - b.id);
  return ordered.map((row) => {
    const figures = {
      baseline: decimalOrNull(row.baseline),
      target: Number(String(row.target)),
      latest: decimalOrNull(row.value),
      direction: row.direction,
    };
    return Object.assign(new ReportKpi(), {
      kpiId: row.kpiId,
      position: row.position,
      name: row.name,
      baseline: row.baseline,
      target: row.target,
      unit: row.unit,
      direction: row.direction,
      targetMonth: monthOf(row.targetYear, row.targetMonth),
      value: Object.assign(new KpiValue(), row),
      progress: kpiProgress(figures),
      achieved: isKpiAchieved(figures),
    });
  });
}
