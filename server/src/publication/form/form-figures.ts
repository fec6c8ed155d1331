/**
 * The report's figures as the form prints them, all through server/src/rules: wareki,
 * amounts in the report's unit with separators, KPI decimals, the 合計 row as stated and
 * the computed totals beside it where they differ.
 */
import {
  findTotalDiscrepancies,
  formatAmountWithGrant,
  formatFiscalYear,
  formatKpiNumber,
  formatMonth,
  formatPlanPeriod,
  sumPrograms,
  type TotalDiscrepancy,
  type Totals,
} from "../../rules";
import type { KpiContent, ReportContent } from "../../io/content/report-content";

export const amountCell = (r: ReportContent, yen: number | null, grant: number | null) =>
  yen === null ? "" : formatAmountWithGrant(yen, grant, r.moneyUnit);

/** "H30年度～R2年度 (3年度目)": the stated year of plan, as the form states it. */
export function planPeriodCell(r: ReportContent): string {
  if (!r.plan) return "";
  const range = formatPlanPeriod(r.plan.firstYear, r.plan.lastYear);
  const year = r.statedYearOfPlan;
  return year === null ? range : `${range} (${year === 1 ? "初年度" : `${year}年度目`})`;
}

/** "(R2年度の実施年数)" and "市予算事業(令和2年度)". */
export const fiscalYearShort = (r: ReportContent) => formatFiscalYear(r.fiscalYear);
export const fiscalYearLong = (r: ReportContent) => formatFiscalYear(r.fiscalYear, "long");

export const monthText = (r: ReportContent["actualsAsOf"]) => (r ? formatMonth(r) : "");

/** "682.3 (R3.3) 【参考値】", "30", "-". */
export function latestCell(k: KpiContent): string {
  const figure = k.notMeasured ? "-" : k.value === null ? "" : formatKpiNumber(k.value);
  return [figure, k.asOf && `(${formatMonth(k.asOf)})`, k.isReference && "【参考値】"]
    .filter(Boolean)
    .join(" ");
}

export const kpiNumber = (value: string | null) => (value === null ? "" : formatKpiNumber(value));

export interface TotalsView {
  /** What the 合計 row shows: the stated figures, or the computed ones when none are stated. */
  shown: {
    budget: number | null;
    expectedGrant: number | null;
    actual: number | null;
    actualGrant: number | null;
  };
  computed: Totals;
  discrepancies: TotalDiscrepancy[];
}

export function totalsOf(r: ReportContent): TotalsView {
  const computed = sumPrograms(r.programs, r.projectActual);
  const stated = Object.values(r.stated).some((v) => v !== null);
  return {
    shown: stated ? r.stated : computed,
    computed,
    discrepancies: findTotalDiscrepancies(r.stated, computed),
  };
}
