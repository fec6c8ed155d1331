import { GraphQLScalarType, Kind } from "graphql";
import { apiError } from "../errors/api-errors";
import { type YearMonth, parseKpiNumber, parseMonth } from "../rules";

/** Japanese message, English in messageEn (see http/variable-errors.ts for how it is shown). */
const inputError = (ja: string, en: string) => apiError("BAD_USER_INPUT", ja, en);

function yen(value: unknown): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
    throw inputError(
      `金額 ${String(value)} は 0 以上の整数 (円) ではありません`,
      `amount ${String(value)} is not a non-negative whole number of yen`,
    );
  }
  return n;
}

/** Exact yen as a JSON number (a safe integer: up to 9 quadrillion yen). Stored as BIGINT. */
export const YenScalar = new GraphQLScalarType({
  name: "Yen",
  description: "Amount of money in yen: a non-negative integer, exact",
  serialize: yen,
  parseValue: yen,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) {
      throw inputError("金額は整数で書いてください", "Yen must be an integer literal");
    }
    return yen(Number(ast.value));
  },
});

function decimal(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return parseKpiNumber(String(value));
  if (typeof value === "string") {
    try {
      return parseKpiNumber(value);
    } catch {
      // fall through to the coded error below
    }
  }
  if (value !== null && typeof value === "object" && "toFixed" in value)
    return parseKpiNumber(String(value));
  throw inputError(
    `数値 ${String(value)} を解釈できません`,
    `${String(value)} is not a decimal number`,
  );
}

/** A KPI figure as an exact decimal string ("682.3"); accepts numbers and strings. */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'Exact decimal as a string, e.g. "682.3"',
  serialize: decimal,
  parseValue: decimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      throw inputError(
        "数値は文字列か数で書いてください",
        "Decimal must be a string or number literal",
      );
    }
    return decimal(ast.value);
  },
});

function month(value: unknown): YearMonth {
  if (typeof value === "string") {
    try {
      return parseMonth(value);
    } catch {
      // fall through to the coded error below
    }
  }
  throw inputError(
    `年月「${String(value)}」を解釈できません (例: "2021-03" または "R3.3")`,
    `"${String(value)}" is not a month (e.g. "2021-03" or "R3.3")`,
  );
}

/**
 * A month (target month, as-of month; never a date) as "YYYY-MM", the value of an HTML month
 * input, the same way in and out. Input may also be wareki ("R3.3", "令和3年3月"); the
 * wareki labels are separate read-only fields.
 */
export const MonthScalar = new GraphQLScalarType<YearMonth, string>({
  name: "Month",
  description: 'A month as "YYYY-MM"; input also takes wareki such as "R3.3"',
  serialize: (value) => {
    const { year, month: m } = value as YearMonth;
    return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
  },
  parseValue: month,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw inputError("年月は文字列で書いてください", "Month must be a string literal");
    }
    return month(ast.value);
  },
});

/** The stored year and month columns as a Month, or null unless both are present. */
export function monthOf(year: number | null, month: number | null): YearMonth | null {
  return year === null || month === null ? null : { year, month };
}
