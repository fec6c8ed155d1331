/**
 * Fiscal years (年度, April N – March N+1) and months in wareki or Gregorian notation.
 *
 * Era of a fiscal year when formatting: the era in force on 31 December of N, i.e. the
 * newest era whose first year is ≤ N. This names the fiscal year after its calendar year,
 * as conversion tables do (1989 = 平成元年, 2019 = 令和元年), and gives FY1988 = S63年度,
 * FY1989 = H元年度, FY2019 = R元年度. Parsing is more lenient: "H31年度" is still FY2019,
 * because any fiscal year that has at least one day inside an era may be written in it.
 */
import {
  ERAS,
  ERA_PATTERN,
  type Era,
  dayKey,
  eraEndKeyExclusive,
  eraStartKey,
  eraYearLabel,
  findEra,
  gregorianYear,
  latestEra,
  parseEraYearNumber,
} from "./eras";
import { RuleError } from "./errors";
import { compact, quote } from "./text";

export interface YearMonth {
  year: number;
  month: number;
}

/** Supported Gregorian years: from the start of Meiji to four-digit years. */
export const MIN_YEAR = 1868;
export const MAX_YEAR = 9999;
/** First month of the first era; earlier months have no wareki form. */
const MIN_MONTH: YearMonth = { year: 1868, month: 10 };

const FISCAL_GREGORIAN = /^(\d{4})(?:年度)?$/;
const FISCAL_WAREKI = new RegExp(`^(${ERA_PATTERN})(\\d{1,3}|元)(?:年度)?$`);
const MONTH_GREGORIAN = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月)$/;
const MONTH_WAREKI = new RegExp(
  `^(${ERA_PATTERN})(\\d{1,3}|元)(?:[-/.](\\d{1,2})|年(\\d{1,2})月)$`,
);

function isValidFiscalYear(year: number): boolean {
  return Number.isSafeInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function invalidFiscalYear(text: unknown, reasonJa = "", reasonEn = ""): RuleError {
  return new RuleError(
    "INVALID_FISCAL_YEAR",
    `年度${quote(text)}を解釈できません${reasonJa}`,
    `invalid fiscal year ${quote(text)}${reasonEn}`,
  );
}

export function parseFiscalYear(text: string): number {
  const s = compact(text);
  const gregorian = FISCAL_GREGORIAN.exec(s);
  if (gregorian) {
    const year = Number(gregorian[1]);
    if (!isValidFiscalYear(year)) {
      throw invalidFiscalYear(text, `(${MIN_YEAR}～${MAX_YEAR}年度)`, ` (${MIN_YEAR}-${MAX_YEAR})`);
    }
    return year;
  }
  const wareki = FISCAL_WAREKI.exec(s);
  const era = wareki ? findEra(wareki[1] ?? "") : undefined;
  if (!wareki || !era) throw invalidFiscalYear(text);
  const eraYear = parseEraYearNumber(wareki[2] ?? "");
  const year = gregorianYear(era, eraYear);
  // The fiscal year must overlap the era: it starts on 1 April, the era must not have ended.
  if (eraYear < 1 || dayKey(year, 4, 1) >= eraEndKeyExclusive(era) || !isValidFiscalYear(year)) {
    throw new RuleError(
      "INVALID_WAREKI",
      `年度${quote(text)}は${era.name}の期間にありません`,
      `fiscal year ${quote(text)} does not fall within the ${era.nameEn} era`,
    );
  }
  return year;
}

function fiscalYearEra(year: number): Era {
  const era = isValidFiscalYear(year) ? latestEra((e) => e.start.year <= year) : undefined;
  if (!era) throw invalidFiscalYear(year);
  return era;
}

export function formatFiscalYear(year: number, style: "short" | "long" = "short"): string {
  const era = fiscalYearEra(year);
  const label = eraYearLabel(year - era.start.year + 1);
  return `${style === "long" ? era.name : era.code}${label}年度`;
}

export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year !== b.year ? a.year - b.year : a.month - b.month;
}

export function isValidMonth(ym: YearMonth): boolean {
  return (
    typeof ym === "object" &&
    ym !== null &&
    Number.isSafeInteger(ym.year) &&
    Number.isSafeInteger(ym.month) &&
    ym.month >= 1 &&
    ym.month <= 12 &&
    ym.year <= MAX_YEAR &&
    compareMonths(ym, MIN_MONTH) >= 0
  );
}

function invalidMonth(text: unknown, reasonJa = "", reasonEn = ""): RuleError {
  return new RuleError(
    "INVALID_MONTH",
    `年月${quote(text)}を解釈できません${reasonJa}`,
    `invalid month ${quote(text)}${reasonEn}`,
  );
}

/** A month may be written in an era if at least one of its days belongs to the era. */
function monthOverlapsEra(ym: YearMonth, era: Era): boolean {
  return (
    dayKey(ym.year, ym.month, 1) < eraEndKeyExclusive(era) &&
    dayKey(ym.year, ym.month, 31) >= eraStartKey(era)
  );
}

export function parseMonth(text: string): YearMonth {
  const s = compact(text);
  const gregorian = MONTH_GREGORIAN.exec(s);
  if (gregorian) {
    const ym = {
      year: Number(gregorian[1]),
      month: Number(gregorian[2] ?? gregorian[3]),
    };
    if (!isValidMonth(ym)) throw invalidMonth(text);
    return ym;
  }
  const wareki = MONTH_WAREKI.exec(s);
  const era = wareki ? findEra(wareki[1] ?? "") : undefined;
  if (!wareki || !era) throw invalidMonth(text);
  const eraYear = parseEraYearNumber(wareki[2] ?? "");
  const ym = {
    year: gregorianYear(era, eraYear),
    month: Number(wareki[3] ?? wareki[4]),
  };
  if (eraYear < 1 || !isValidMonth(ym) || !monthOverlapsEra(ym, era)) {
    throw invalidMonth(text, `(${era.name}の期間外)`, ` (outside the ${era.nameEn} era)`);
  }
  return ym;
}

/** Era in force on the 1st, except that the month an era starts in uses the new era. */
export function formatMonth(ym: YearMonth, style: "short" | "long" = "short"): string {
  if (!isValidMonth(ym)) throw invalidMonth(JSON.stringify(ym));
  // Always found: valid months start at Meiji's first month.
  const era = latestEra((e) => compareMonths(e.start, ym) <= 0) ?? ERAS[0];
  const label = eraYearLabel(ym.year - era.start.year + 1);
  return style === "long"
    ? `${era.name}${label}年${ym.month}月`
    : `${era.code}${label}.${ym.month}`;
}

export function fiscalYearOfMonth(ym: YearMonth): number {
  if (!isValidMonth(ym)) throw invalidMonth(JSON.stringify(ym));
  return ym.month >= 4 ? ym.year : ym.year - 1;
}
