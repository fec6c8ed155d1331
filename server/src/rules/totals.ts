/**
 * Totals over a report's budget programs (④). Totals are always computed from the
 * programs; the form's 合計 row is only compared against them (see discrepancy.ts).
 */
import { RuleError } from "./errors";
import { type Yen, addYen, assertYen, formatAmount } from "./money";

export interface ProgramAmounts {
  budget: Yen;
  expectedGrant: Yen;
  /** null until the actuals are entered. */
  actual: Yen | null;
  actualGrant: Yen | null;
}

export interface Totals {
  budget: Yen;
  expectedGrant: Yen;
  actual: Yen;
  actualGrant: Yen;
}

/**
 * Null actuals count as 0. Forms without programs state one project-level actual
 * amount, which then becomes the actual total; with programs it is ignored.
 */
export function sumPrograms(
  programs: readonly ProgramAmounts[],
  projectActual?: Yen | null,
): Totals {
  if (programs.length === 0) {
    const actual = projectActual == null ? 0 : assertYen(projectActual, "projectActual");
    return { budget: 0, expectedGrant: 0, actual, actualGrant: 0 };
  }
  return programs.reduce<Totals>(
    (sum, p, i) => ({
      budget: addYen(sum.budget, p.budget, `programs[${i}].budget`),
      expectedGrant: addYen(sum.expectedGrant, p.expectedGrant, `programs[${i}].expectedGrant`),
      actual: addYen(sum.actual, p.actual ?? 0, `programs[${i}].actual`),
      actualGrant: addYen(sum.actualGrant, p.actualGrant ?? 0, `programs[${i}].actualGrant`),
    }),
    { budget: 0, expectedGrant: 0, actual: 0, actualGrant: 0 },
  );
}

/** actual / budget as a ratio (a display figure, not money); null when budget is 0. */
export function executionRate(actual: Yen, budget: Yen): number | null {
  const a = assertYen(actual, "actual");
  const b = assertYen(budget, "budget");
  return b === 0 ? null : a / b;
}

/** 0.8891 → "88.9%"; null or non-finite → "-" as the form prints missing figures. */
export function formatPercent(ratio: number | null, digits = 1): string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RuleError(
      "INVALID_AMOUNT",
      `小数桁数${digits}は不正です`,
      `invalid digits ${digits}`,
    );
  }
  if (ratio === null || !Number.isFinite(ratio)) return "-";
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** The grant share of an amount can never exceed the amount itself. */
export function checkGrantShare(amount: Yen, grant: Yen): boolean {
  return assertYen(grant, "grant") <= assertYen(amount, "amount");
}

/**
 * Throws unless `grant` fits in `amount`; a grant without an amount is as wrong as one
 * larger than it. `field` names the grant in the message.
 */
export function assertGrantShare(amount: Yen | null, grant: Yen | null, field: string): void {
  if (grant === null) return;
  if (amount === null || !checkGrantShare(amount, grant)) {
    throw new RuleError(
      "INVALID_GRANT_SHARE",
      `${field}: 交付金 ${formatAmount(grant, "YEN")} 円が対象の金額 ${amount === null ? "(未入力)" : `${formatAmount(amount, "YEN")} 円`} を超えています`,
      `${field}: grant share ${formatAmount(grant, "YEN")} yen exceeds its amount ${amount === null ? "(missing)" : `${formatAmount(amount, "YEN")} yen`}`,
    );
  }
}
