import {
  fiscalYearKpiStats,
  isKpiAchieved,
  kpiProgress,
  type KpiDirection,
  type KpiFigures,
} from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

const kpi = (
  baseline: number | null,
  target: number,
  latest: number | null,
  direction: KpiDirection = "INCREASE",
): KpiFigures => ({ baseline, target, latest, direction });

describe("kpiProgress / isKpiAchieved", () => {
  it.each<[string, KpiFigures, number | null, boolean | null]>([
    // Asahikawa FY2020 (seed): report 5 ③, report 2 ② and ①, report 1 ①, report 3 ①, report 4 ①.
    ["report 5 ③ 0→500, 825", kpi(0, 500, 825), 1.65, true],
    ["report 2 ② 122→167, 170", kpi(122, 167, 170), 48 / 45, true],
    ["report 2 ① 34→152, 30", kpi(34, 152, 30), -4 / 118, false],
    ["report 1 ① 1,685→1,910, 682.3", kpi(1685, 1910, 682.3), (682.3 - 1685) / 225, false],
    ["report 3 ① 0→60, 17", kpi(0, 60, 17), 17 / 60, false],
    ["report 4 ① 0→27, 0", kpi(0, 27, 0), 0, false],
    ["exactly on target", kpi(10, 20, 20), 1, true],
    ["decreasing, halfway", kpi(100, 80, 90, "DECREASE"), 0.5, false],
    ["decreasing, reached", kpi(100, 80, 80, "DECREASE"), 1, true],
    ["decreasing, beyond", kpi(100, 80, 70, "DECREASE"), 1.5, true],
    ["decreasing, worse", kpi(100, 80, 110, "DECREASE"), -0.5, false],
    ["no baseline", kpi(null, 50, 60), null, true],
    ["no latest", kpi(0, 50, null), null, null],
    ["target equals baseline", kpi(5, 5, 7), null, true],
  ])("%s", (_name, figures, progress, achieved) => {
    const p = kpiProgress(figures);
    if (progress === null) expect(p).toBeNull();
    else expect(p).toBeCloseTo(progress, 12);
    expect(isKpiAchieved(figures)).toBe(achieved);
  });

  it("reports progress exactly where the figures allow", () => {
    expect(kpiProgress(kpi(0, 500, 825))).toBe(1.65);
    expect(kpiProgress(kpi(100, 80, 90, "DECREASE"))).toBe(0.5);
  });

  it("rejects non-finite figures and unknown directions", () => {
    expectRuleError(() => kpiProgress(kpi(0, NaN, 1)), "INVALID_KPI", "target", "NaN");
    expectRuleError(() => isKpiAchieved(kpi(0, 1, Infinity)), "INVALID_KPI", "latest");
    expectRuleError(() => isKpiAchieved(kpi(0, 1, 1, "UP" as KpiDirection)), "INVALID_KPI", "UP");
  });
});

describe("fiscalYearKpiStats", () => {
  it("Asahikawa FY2020 from the seed", () => {
    const achieved = (...flags: (boolean | null)[]) => ({
      kpis: flags.map((a) => ({ achieved: a })),
    });
    const stats = fiscalYearKpiStats([
      achieved(false, false, false), // 1: 682.3/1,910, 162.6/520, 36.3/48
      achieved(false, true, false), // 2: 30/152, 170/167, 23/63
      achieved(false, false, false, false), // 3
      achieved(false, false, false), // 4
      achieved(false, false, true), // 5: 1/50, 9/120, 825/500
    ]);
    expect(stats).toEqual({
      reportCount: 5,
      kpiCount: 16,
      achievedKpiCount: 2,
      reportsWithAchievedKpi: 2,
      achievedKpiShare: 2 / 16,
      reportsWithAchievedKpiShare: 2 / 5,
    });
  });

  it("counts KPIs without a latest value but never as achieved", () => {
    expect(
      fiscalYearKpiStats([
        { kpis: [{ achieved: null }, { achieved: true }] },
        { kpis: [{ achieved: null }] },
      ]),
    ).toEqual({
      reportCount: 2,
      kpiCount: 3,
      achievedKpiCount: 1,
      reportsWithAchievedKpi: 1,
      achievedKpiShare: 1 / 3,
      reportsWithAchievedKpiShare: 0.5,
    });
  });

  it("gives null shares when there is nothing to divide by", () => {
    expect(fiscalYearKpiStats([])).toEqual({
      reportCount: 0,
      kpiCount: 0,
      achievedKpiCount: 0,
      reportsWithAchievedKpi: 0,
      achievedKpiShare: null,
      reportsWithAchievedKpiShare: null,
    });
    expect(fiscalYearKpiStats([{ kpis: [] }])).toMatchObject({
      kpiCount: 0,
      achievedKpiShare: null,
      reportsWithAchievedKpiShare: 0,
    });
  });
});
