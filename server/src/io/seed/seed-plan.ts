import type { SeedDocument, SeedKpi, SeedProgram, SeedReport } from "../../../../seeds/types";
import { StartupError } from "../../errors/startup-error";
import {
  assertGrantShare,
  isRuleError,
  parseFiscalYear,
  parseKpiLatest,
  parseKpiNumber,
  parseMonth,
  parsePlanPeriod,
  toYen,
  type MoneyUnit,
  type YearMonth,
} from "../../rules";

/**
 * A seed document checked and converted to what the database stores (yen, year + month,
 * canonical decimals) before anything is written. Any problem names the file and record.
 */
export interface PlannedProgram {
  position: number;
  name: string;
  isPartial: boolean;
  isNew: boolean;
  summary: string;
  mainResults: string;
  budget: number;
  expectedGrant: number;
  actual: number | null;
  actualGrant: number | null;
}

export interface PlannedKpi {
  position: number;
  name: string;
  baseline: string | null;
  target: string;
  unit: string;
  targetMonth: YearMonth | null;
  direction: "INCREASE" | "DECREASE";
  latest: {
    value: string | null;
    notMeasured: boolean;
    asOf: YearMonth | null;
    isReference: boolean;
  };
}

export interface PlannedReport {
  number: number;
  source: SeedReport;
  plan: { firstYear: number; lastYear: number; statedYearOfPlan: number | null } | null;
  actualsAsOf: YearMonth | null;
  programs: PlannedProgram[];
  stated: {
    budget: number;
    expectedGrant: number;
    actual: number | null;
    actualGrant: number | null;
  } | null;
  projectActual: number | null;
  kpis: PlannedKpi[];
}

export interface SeedPlan {
  file: string;
  document: SeedDocument;
  fiscalYear: number;
  moneyUnit: MoneyUnit;
  reports: PlannedReport[];
  /** Every fiscal year the document refers to (its own and the plan periods'). */
  fiscalYears: number[];
}

/** Runs a conversion and re-throws a rule violation with where it happened. */
function at<T>(file: string, where: string, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (!isRuleError(error)) throw error;
    throw new StartupError(
      "SEED_INVALID",
      `${file} ${where}: ${error.messageJa}`,
      `${file} ${where}: ${error.messageEn}`,
    );
  }
}

function planProgram(
  file: string,
  where: string,
  unit: MoneyUnit,
  p: SeedProgram,
  position: number,
): PlannedProgram {
  const yen = (field: string, amount: number) =>
    at(file, `${where} ${field}`, () => toYen(amount, unit));
  const orNull = (field: string, amount: number | null) =>
    amount === null ? null : yen(field, amount);
  const amounts = {
    budget: yen("予算額/budget", p.budget),
    expectedGrant: yen("うち交付金見込/expected grant", p.expectedGrant),
    actual: orNull("実績額/actual", p.actual),
    actualGrant: orNull("うち交付金/actual grant", p.actualGrant),
  };
  at(file, where, () => {
    assertGrantShare(amounts.budget, amounts.expectedGrant, "うち交付金見込/expected grant");
    assertGrantShare(amounts.actual, amounts.actualGrant, "うち交付金/actual grant");
  });
  return {
    position,
    name: p.name,
    isPartial: p.isPartial,
    isNew: p.isNew,
    summary: p.summary,
    mainResults: p.mainResults,
    ...amounts,
  };
}

function planKpi(file: string, where: string, k: SeedKpi, position: number): PlannedKpi {
  const latest = at(file, `${where} 最新値/latest`, () => parseKpiLatest(k.latest.value));
  return {
    position,
    name: k.name,
    baseline:
      k.baseline === null
        ? null
        : at(file, `${where} 基準値/baseline`, () => parseKpiNumber(k.baseline!)),
    target: at(file, `${where} 目標値/target`, () => parseKpiNumber(k.target)),
    unit: k.unit,
    targetMonth:
      k.targetMonth === null
        ? null
        : at(file, `${where} 目標年月/target month`, () => parseMonth(k.targetMonth!)),
    direction: k.direction ?? "INCREASE",
    latest: {
      ...latest,
      asOf:
        k.latest.asOf === null
          ? null
          : at(file, `${where} 最新値の時点/as-of`, () => parseMonth(k.latest.asOf!)),
      isReference: k.latest.isReference,
    },
  };
}

function planReport(file: string, unit: MoneyUnit, r: SeedReport): PlannedReport {
  const where = `報告 No.${r.number} / report No.${r.number}`;
  const yen = (field: string, amount: number | null) =>
    amount === null ? null : at(file, `${where} ${field}`, () => toYen(amount, unit));
  return {
    number: r.number,
    source: r,
    plan:
      r.planPeriod === null
        ? null
        : at(file, `${where} 実施計画期間/plan period`, () => parsePlanPeriod(r.planPeriod!)),
    actualsAsOf:
      r.actualsAsOf === null
        ? null
        : at(file, `${where} 実績時点/actuals month`, () => parseMonth(r.actualsAsOf!)),
    programs: r.programs.map((p, i) =>
      planProgram(file, `${where} 事業 ${i + 1} ${p.name}`, unit, p, i + 1),
    ),
    stated: r.statedTotals && {
      budget: yen("合計 予算額/total budget", r.statedTotals.budget)!,
      expectedGrant: yen("合計 交付金見込/total expected grant", r.statedTotals.expectedGrant)!,
      actual: yen("合計 実績額/total actual", r.statedTotals.actual),
      actualGrant: yen("合計 交付金/total actual grant", r.statedTotals.actualGrant),
    },
    projectActual: yen("事業実績額/project actual", r.projectActual ?? null),
    kpis: r.kpis.map((k, i) => planKpi(file, `${where} KPI ${i + 1}`, k, i + 1)),
  };
}

export function planSeedDocument(file: string, document: SeedDocument): SeedPlan {
  const fiscalYear = at(file, "年度/fiscal year", () => parseFiscalYear(document.fiscalYear));
  const reports = document.reports.map((r) => planReport(file, document.moneyUnit, r));
  const numbers = new Set<number>();
  for (const report of reports) {
    if (numbers.has(report.number)) {
      throw new StartupError(
        "SEED_INVALID",
        `${file}: 報告 No.${report.number} が重複しています`,
        `${file}: report No.${report.number} appears twice`,
      );
    }
    numbers.add(report.number);
  }
  const fiscalYears = new Set([fiscalYear]);
  for (const { plan } of reports) {
    if (!plan) continue;
    for (let year = plan.firstYear; year <= plan.lastYear; year++) fiscalYears.add(year);
  }
  return {
    file,
    document,
    fiscalYear,
    moneyUnit: document.moneyUnit,
    reports,
    fiscalYears: [...fiscalYears].sort(),
  };
}
