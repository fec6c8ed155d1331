import type { YearMonth } from "../rules";
import { badInput } from "../errors/api-errors";

/**
 * Input checks that need no database, in one place: ids, text, integers. Every check
 * names the argument path it refuses (`extensions.field`) and says why in Japanese and English.
 */
export type Path = (string | number)[];

/** An ID argument ("3" or 3) as a database id; anything else is a BAD_USER_INPUT at `field`. */
export function idOf(value: string | number, field: Path): number {
  const n = typeof value === "number" ? value : /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw badInput(field, `ID「${String(value)}」は不正です`, `invalid id "${String(value)}"`);
  }
  return n;
}

/** An optional ID: undefined stays undefined (unchanged), null stays null (cleared). */
export function optionalIdOf(value: string | number | null | undefined, field: Path) {
  return value === undefined || value === null ? value : idOf(value, field);
}

// NUL, other C0/C1 control characters except tab and line breaks, and unpaired UTF-16 halves.
const BAD_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that PostgreSQL and every reader can store and show: refused with BAD_USER_INPUT at
 * `field` otherwise. Applied to every string argument of every request (schema.ts), so no
 * write path and no filter can forget it.
 */
export function assertCleanText(value: string, field: Path): void {
  const found = BAD_CHARACTER.exec(value);
  if (!found) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  throw badInput(
    field,
    `使用できない文字 (U+${code}) が含まれています`,
    `contains a character that is not allowed (U+${code})`,
  );
}

export interface TextRule {
  /** Shown in the Japanese message, e.g. "事業名". */
  label: string;
  max: number;
  /** Refuse null, "" and blanks. */
  required?: boolean;
}

/**
 * A text argument, trimmed: undefined stays undefined (unchanged), null and blank become
 * null (cleared) unless required. Length counts characters (code points), as PostgreSQL's
 * VARCHAR does.
 */
export function checkText(
  field: Path,
  value: string | null | undefined,
  rule: TextRule,
): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") {
    if (!rule.required) return null;
    throw badInput(field, `${rule.label}を入力してください`, `${field.join(".")} is required`);
  }
  const length = [...trimmed].length;
  if (length > rule.max) {
    throw badInput(
      field,
      `${rule.label}は${rule.max}文字以内で入力してください (${length}文字)`,
      `${field.join(".")} must be at most ${rule.max} characters (got ${length})`,
    );
  }
  return trimmed;
}

/** A required text argument that is present (create): the checked, trimmed string. */
export function requiredText(
  field: Path,
  value: string | null | undefined,
  rule: Omit<TextRule, "required">,
): string {
  return checkText(field, value ?? null, { ...rule, required: true })!;
}

export function intInRange(
  value: number,
  field: Path,
  min: number,
  max: number,
  label: string,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      field,
      `${label}は${min}〜${max}の整数です (${value})`,
      `${field.join(".")} must be an integer from ${min} to ${max} (got ${value})`,
    );
  }
  return value;
}

/** A required field sent as null in an update. */
export function required<T>(
  value: T | null | undefined,
  field: Path,
  label: string,
): T | undefined {
  if (value === null) {
    throw badInput(field, `${label}は空にできません`, `${field.join(".")} cannot be null`);
  }
  return value;
}

/** Months of reports and KPIs: from Heisei on, with room for long plans. */
export const MONTH_YEARS = { min: 1989, max: 2100 } as const;

/** A month argument (already parsed by the Month scalar) within MONTH_YEARS. */
export function checkMonth(field: Path, month: YearMonth): YearMonth {
  if (month.year < MONTH_YEARS.min || month.year > MONTH_YEARS.max) {
    throw badInput(
      field,
      `年は${MONTH_YEARS.min}〜${MONTH_YEARS.max}です (${month.year})`,
      `year must be ${MONTH_YEARS.min} to ${MONTH_YEARS.max} (got ${month.year})`,
    );
  }
  return month;
}

/** KPI figures are NUMERIC(20, 4): more digits would be rounded or refused by the database. */
const DECIMAL_DIGITS = { integer: 16, fraction: 4 } as const;

export function checkDecimal(field: Path, value: string): string {
  const [whole = "", fraction = ""] = value.replace(/^-/, "").split(".");
  if (
    whole.replace(/^0+(?=\d)/, "").length > DECIMAL_DIGITS.integer ||
    fraction.length > DECIMAL_DIGITS.fraction
  ) {
    throw badInput(
      field,
      `${value} は整数部${DECIMAL_DIGITS.integer}桁・小数部${DECIMAL_DIGITS.fraction}桁までです`,
      `${value} must have at most ${DECIMAL_DIGITS.integer} integer and ${DECIMAL_DIGITS.fraction} decimal digits`,
    );
  }
  return value;
}
