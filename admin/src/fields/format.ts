import { formatKpiNumber } from "@sosei/server/rules/kpi-value";
import { formatFiscalYear, formatMonth } from "@sosei/server/rules/wareki";
import { formatPlanPeriod, yearOfPlan } from "@sosei/server/rules/plan-period";
import { formatPercent } from "@sosei/server/rules/totals";

/**
 * Years and months as people write them, from server/src/rules: wareki with the Gregorian
 * year beside ("R2年度 (2020)"); in English the Gregorian year first and the era code beside.
 */
export function fiscalYearText(year: number, locale: string): string {
  const wareki = formatFiscalYear(year);
  // In English the era's first year is 1, not 元.
  const era = wareki.replace(/年度$/, "").replace("元", "1");
  return locale === "ja" ? `${wareki} (${year})` : `FY${year} (${era})`;
}

/** "2021-03" → "R3.3 (2021-03)"; unreadable text is shown as it is. */
export function monthText(month: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? "");
  if (!match) return month ?? "";
  return `${formatMonth({ year: Number(match[1]), month: Number(match[2]) })} (${month})`;
}

/** 0.8891 → "88.9%", null → "-" (rules.formatPercent). */
export const percentText = (ratio: number | null | undefined) => formatPercent(ratio ?? null);

/**
 * ② a plan period: "H30年度～R2年度 (3年度目)" (rules.formatPlanPeriod); in English
 * "FY2018–FY2020 (year 3)". null when the project has none (single-year grants).
 */
export function planPeriodText(
  first: number | null,
  last: number | null,
  locale: string,
  fiscalYear?: number,
): string | null {
  if (first === null || last === null) return null;
  const inPlan = fiscalYear !== undefined && fiscalYear >= first && fiscalYear <= last;
  if (locale === "ja") return formatPlanPeriod(first, last, inPlan ? fiscalYear : undefined);
  const year = inPlan ? ` (year ${yearOfPlan(first, last, fiscalYear)})` : "";
  return `FY${first}–FY${last}${year}`;
}

/** A moment as the user's language writes it: "2026/12/07 10:00", "7 Dec 2026, 10:00". */
export function dateTimeText(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value));
}

/** A KPI figure as the form prints it, with separators: "1685" → "1,685"; "-" when absent. */
export const kpiNumberText = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "-" : formatKpiNumber(String(value));
