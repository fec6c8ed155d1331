/**
 * KPI figures (⑤⑥). Values may be decimal (682.3 千泊) and are measurements, not
 * money, so plain numbers are fine here. The form does not say whether a KPI should go
 * up or down, hence the explicit direction.
 */
import { RuleError } from "./errors";

export type KpiDirection = "INCREASE" | "DECREASE";

export interface KpiFigures {
  baseline: number | null;
  target: number;
  latest: number | null;
  direction: KpiDirection;
}

function assertFinite(value: number | null, field: string): void {
  if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
    throw new RuleError(
      "INVALID_KPI",
      `KPIの${field}「${String(value)}」は数値ではありません`,
      `KPI ${field} "${String(value)}" is not a finite number`,
    );
  }
}

function assertFigures(f: KpiFigures): void {
  assertFinite(f.baseline, "baseline");
  assertFinite(f.target, "target");
  assertFinite(f.latest, "latest");
  if (f.direction !== "INCREASE" && f.direction !== "DECREASE") {
    throw new RuleError(
      "INVALID_KPI",
      `KPIの方向「${String(f.direction)}」は不正です`,
      `invalid KPI direction "${String(f.direction)}"`,
    );
  }
}

/**
 * (latest − baseline) / (target − baseline). The same formula serves decreasing KPIs
 * (both differences are negative). Not clamped: overshoot (1.65) and regress (< 0) show.
 */
export function kpiProgress(f: KpiFigures): number | null {
  assertFigures(f);
  if (f.latest === null || f.baseline === null || f.target === f.baseline) return null;
  return (f.latest - f.baseline) / (f.target - f.baseline);
}

/** null when there is no latest value yet. */
export function isKpiAchieved(f: KpiFigures): boolean | null {
  assertFigures(f);
  if (f.latest === null) return null;
  return f.direction === "INCREASE" ? f.latest >= f.target : f.latest <= f.target;
}

export interface FiscalYearKpiStats {
  reportCount: number;
  /** All KPIs, including those without a latest value. */
  kpiCount: number;
  achievedKpiCount: number;
  reportsWithAchievedKpi: number;
  /** achievedKpiCount / kpiCount; null when there are no KPIs. */
  achievedKpiShare: number | null;
  /** reportsWithAchievedKpi / reportCount; null when there are no reports. */
  reportsWithAchievedKpiShare: number | null;
}

/** The two figures the national government publishes per fiscal year, with their counts. */
export function fiscalYearKpiStats(
  reports: readonly { kpis: readonly { achieved: boolean | null }[] }[],
): FiscalYearKpiStats {
  let kpiCount = 0;
  let achievedKpiCount = 0;
  let reportsWithAchievedKpi = 0;
  for (const report of reports) {
    const achieved = report.kpis.filter((k) => k.achieved === true).length;
    kpiCount += report.kpis.length;
    achievedKpiCount += achieved;
    if (achieved > 0) reportsWithAchievedKpi += 1;
  }
  const reportCount = reports.length;
  return {
    reportCount,
    kpiCount,
    achievedKpiCount,
    reportsWithAchievedKpi,
    achievedKpiShare: kpiCount === 0 ? null : achievedKpiCount / kpiCount,
    reportsWithAchievedKpiShare: reportCount === 0 ? null : reportsWithAchievedKpi / reportCount,
  };
}
