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

/** null where the form states nothing and nothing can compute it. */
export interface Totals {
  budget: Yen | null;
  expectedGrant: Yen | null;
  actual: Yen | null;
  actualGrant: Yen | null;
}

/** The sum of the amounts that are given; null when none is. */
function sumGiven(values: readonly (Yen | null)[], field: (i: number) => string): Yen | null {
  return values.reduce<Yen | null>(
    (sum, value, i) => (value === null ? sum : addYen(sum ?? 0, value, field(i))),
    null,
  );
}

/**
 * Missing actuals count as 0 beside entered ones; a column with no figure at all is null,
 * as is every column of a form without programs, except that such a form's one
 * project-level actual amount is its actual total. With programs, projectActual is ignored.
 */
export function sumPrograms(
  programs: readonly ProgramAmounts[],
  projectActual?: Yen | null,
): Totals {
  if (programs.length === 0) {
    const actual = projectActual == null ? null : assertYen(projectActual, "projectActual");
    return { budget: null, expectedGrant: null, actual, actualGrant: null };
  }
  const column = (key: keyof ProgramAmounts) =>
    sumGiven(
      programs.map((p) => p[key]),
      (i) => `programs[${i}].${key}`,
    );
  return {
    budget: column("budget"),
    expectedGrant: column("expectedGrant"),
    actual: column("actual"),
    actualGrant: column("actualGrant"),
  };
}

/** actual / budget as a ratio (a display figure, not money); null when either is missing or budget is 0. */
export function executionRate(actual: Yen | null, budget: Yen | null): number | null {
  if (actual === null || budget === null) return null;
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
