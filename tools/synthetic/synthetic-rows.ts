/**
 * The rows of one synthetic report, as pure functions of its index r (0-based) so that
 * every run writes the same data and tests can predict every figure.
 */

const THOUSAND = 1000n;
const round = (yen: bigint) => (yen / THOUSAND) * THOUSAND;

export const syntheticProjectName = (fy: number, r: number) =>
  `合成事業 ${fy}-${String(r + 1).padStart(5, "0")}`;
export const syntheticOverview = (r: number) => `合成データの全体概要 ${r + 1}`;

/** Plan period: r % 3 = 0 → 3rd year of three, 1 → first year of three, 2 → single-year grant. */
export function planOf(r: number, fy: number) {
  if (r % 3 === 0) return { planFirstYear: fy - 2, planLastYear: fy, statedYearOfPlan: 3 };
  if (r % 3 === 1) return { planFirstYear: fy, planLastYear: fy + 2, statedYearOfPlan: 1 };
  return { planFirstYear: null, planLastYear: null, statedYearOfPlan: null };
}

/** KPI at position k (1-based): baseline 100k (none at every 5th), target 200k, increasing. */
export function kpiDefinition(k: number, fy: number) {
  return {
    position: k,
    name: `合成KPI ${k}`,
    baseline: k % 5 === 0 ? null : String(100 * k),
    target: String(200 * k),
    unit: "人",
    targetYear: fy + 1,
    targetMonth: 3,
    direction: "INCREASE",
  };
}

/**
 * Latest value of KPI k in report r, by (r + k) % 4: above target (achieved), half-way
 * (progress 0.5), not entered, or not entered / "-" (not measured). So every report with
 * four or more KPIs has exactly one achieved KPI per four.
 */
export function latestOf(r: number, k: number, fy: number) {
  const dated = (value: string) => ({
    value,
    notMeasured: false,
    asOfYear: fy + 1,
    asOfMonth: 3,
    isReference: k % 2 === 0,
  });
  const absent = (notMeasured: boolean) => ({
    value: null,
    notMeasured,
    asOfYear: null,
    asOfMonth: null,
    isReference: false,
  });
  switch ((r + k) % 4) {
    case 0:
      return dated(String(200 * k + k));
    case 1:
      return dated(String(150 * k));
    case 2:
      return absent(false);
    default:
      return absent(r % 8 === 3);
  }
}

/** Amounts of program p (0-based) of report r: whole thousands (千円), grant ≤ amount. */
export function programAmounts(r: number, p: number) {
  const budget = BigInt(1000 + ((r * 7 + p * 13) % 9000)) * THOUSAND;
  const actual = round((budget * 8n) / 10n);
  return { budget, expectedGrant: round(budget / 2n), actual, actualGrant: round(actual / 2n) };
}

export function programRow(reportId: number, r: number, p: number) {
  return {
    reportId,
    position: p + 1,
    name: `合成予算事業 ${r + 1}-${p + 1}`,
    isPartial: p % 3 === 1,
    isNew: p % 5 === 2,
    summary: "合成データの概要",
    mainResults: "・合成データの実績",
    ...programAmounts(r, p),
  };
}

/** Understated 合計 of the expected grant, at every 20th report (r % 20 = 0). */
export const UNDERSTATEMENT = 1_000_000n;

/** Stated totals equal the programs' sums, except the understated expected grant above. */
export function reportRow(
  r: number,
  project: { id: number; municipalityId: number },
  fy: number,
  programs: number,
) {
  const { planFirstYear, planLastYear, statedYearOfPlan } = planOf(r, fy);
  const sums = { budget: 0n, expectedGrant: 0n, actual: 0n, actualGrant: 0n };
  for (let p = 0; p < programs; p++) {
    const a = programAmounts(r, p);
    sums.budget += a.budget;
    sums.expectedGrant += a.expectedGrant;
    sums.actual += a.actual;
    sums.actualGrant += a.actualGrant;
  }
  const understated = r % 20 === 0 && sums.expectedGrant >= UNDERSTATEMENT;
  return {
    projectId: project.id,
    municipalityId: project.municipalityId,
    fiscalYear: fy,
    status: "PUBLISHED",
    moneyUnit: "THOUSAND_YEN",
    statedYearOfPlan,
    projectName: syntheticProjectName(fy, r),
    planFirstYear,
    planLastYear,
    overview: syntheticOverview(r),
    actualsAsOfYear: fy + 1,
    actualsAsOfMonth: 3,
    effectText: "合成データの事業効果",
    statedBudgetTotal: sums.budget,
    statedExpectedGrantTotal: understated
      ? sums.expectedGrant - UNDERSTATEMENT
      : sums.expectedGrant,
    statedActualTotal: sums.actual,
    statedActualGrantTotal: sums.actualGrant,
    source: "synthetic",
  };
}
