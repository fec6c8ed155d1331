/**
 * Money. Amounts are stored as exact integer yen; a report shows them in the unit it
 * was written in (円 or 千円). No float ever touches an amount: parsing uses BigInt on
 * the digit strings and formatting splits yen with integer % and exact division.
 */
import { RuleError } from "./errors";
import { normalize, quote } from "./text";

export type MoneyUnit = "YEN" | "THOUSAND_YEN";
/** Whole yen; always a non-negative safe integer (differences may be negative). */
export type Yen = number;

export const UNIT_LABELS: Record<MoneyUnit, string> = {
  YEN: "円",
  THOUSAND_YEN: "千円",
};

const YEN_PER_UNIT: Record<MoneyUnit, number> = { YEN: 1, THOUSAND_YEN: 1000 };
/** Digits with optional correct thousands grouping, then (千円 only) up to 3 decimals. */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,3}))?$/;

function invalidAmount(value: unknown, field: string | undefined, ja: string, en: string) {
  const whereJa = field ? `${field}の` : "";
  const whereEn = field ? ` for ${field}` : "";
  return new RuleError(
    "INVALID_AMOUNT",
    `${whereJa}金額${quote(value)}は${ja}`,
    `invalid amount${whereEn} ${quote(value)}: ${en}`,
  );
}

function assertUnit(unit: MoneyUnit): void {
  if (!(unit in YEN_PER_UNIT)) {
    throw new RuleError(
      "INVALID_AMOUNT",
      `単位${quote(unit)}は不正です`,
      `unknown unit ${quote(unit)}`,
    );
  }
}

export function assertYen(value: unknown, field?: string): Yen {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidAmount(
      value,
      field,
      "0以上の安全な整数(円)ではありません",
      "not a non-negative safe integer of yen",
    );
  }
  return value + 0; // folds -0 to 0
}

/** Sum of yen, rejecting results beyond the safe-integer range instead of rounding. */
export function addYen(a: Yen, b: Yen, field?: string): Yen {
  const sum = assertYen(a, field) + assertYen(b, field);
  if (!Number.isSafeInteger(sum)) {
    throw invalidAmount(
      `${a} + ${b}`,
      field,
      "合計が大きすぎます",
      "sum exceeds the safe integer range",
    );
  }
  return sum;
}

export function toYen(amount: number, unit: MoneyUnit): Yen {
  assertUnit(unit);
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0) {
    throw invalidAmount(
      amount,
      undefined,
      `0以上の整数(${UNIT_LABELS[unit]})ではありません`,
      `not a non-negative integer in ${unit}`,
    );
  }
  const yen = amount * YEN_PER_UNIT[unit];
  if (!Number.isSafeInteger(yen)) {
    throw invalidAmount(amount, undefined, "大きすぎます", "exceeds the safe integer range in yen");
  }
  return yen + 0;
}

export function parseAmount(text: string, unit: MoneyUnit): Yen {
  assertUnit(unit);
  const match = AMOUNT.exec(normalize(text));
  const fraction = match?.[2];
  if (!match || (fraction !== undefined && unit === "YEN")) {
    const ja =
      unit === "YEN" ? "0以上の整数ではありません" : "0以上の数(小数3桁まで)ではありません";
    const en =
      unit === "YEN"
        ? "expected a non-negative integer"
        : "expected a non-negative number with up to 3 decimals";
    throw invalidAmount(text, undefined, ja, en);
  }
  const whole = BigInt((match[1] ?? "").replace(/,/g, ""));
  const yen = unit === "YEN" ? whole : whole * 1000n + BigInt((fraction ?? "").padEnd(3, "0"));
  if (yen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw invalidAmount(text, undefined, "大きすぎます", "exceeds the safe integer range in yen");
  }
  return Number(yen);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Whole and fractional digits of yen in the unit; the fraction has no trailing zeros. */
function splitInUnit(yen: Yen, unit: MoneyUnit): { whole: string; fraction: string } {
  assertUnit(unit);
  const value = assertYen(yen);
  const perUnit = YEN_PER_UNIT[unit];
  const rest = value % perUnit;
  const whole = String((value - rest) / perUnit); // exact: value - rest is a multiple
  const fraction = perUnit === 1 ? "" : String(rest).padStart(3, "0").replace(/0+$/, "");
  return { whole, fraction };
}

/** "36,264" / "1,234.567": exact, for display in the report's unit. */
export function formatAmount(yen: Yen, unit: MoneyUnit): string {
  const { whole, fraction } = splitInUnit(yen, unit);
  return fraction ? `${groupThousands(whole)}.${fraction}` : groupThousands(whole);
}

/** "36264" / "1234.567": exact, without separators, for machine-readable output. */
export function amountInUnit(yen: Yen, unit: MoneyUnit): string {
  const { whole, fraction } = splitInUnit(yen, unit);
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "36,264 (18,132)": an amount with its grant share in parentheses, as on the form. */
export function formatAmountWithGrant(total: Yen, grant: Yen | null, unit: MoneyUnit): string {
  const amount = formatAmount(total, unit);
  return grant === null ? amount : `${amount} (${formatAmount(grant, unit)})`;
}
