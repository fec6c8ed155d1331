/**
 * Plan periods of multi-year grants (② 実施計画期間): "H30年度～R2年度 (3年度目)".
 * The stated year of plan is returned as written, not checked against the report's
 * fiscal year: a mismatch is a source defect the loader must report, not hide.
 */
import { RuleError } from "./errors";
import { compact, quote } from "./text";
import { formatFiscalYear, parseFiscalYear } from "./wareki";

export interface PlanPeriod {
  firstYear: number;
  lastYear: number;
  /** 1-based position stated in parentheses, null when the text has none. */
  statedYearOfPlan: number | null;
}

/** After NFKC, "～" and "－" are "~" and "-"; "〜" (wave dash) and dashes stay as they are. */
const PLAN_PERIOD = /^(.+?)(?:~|〜|-|‐|–|—|―)(.+?)(?:\((初年度|\d{1,2}年度目)\))?$/;

function invalidPlanPeriod(text: unknown, detailJa: string, detailEn: string): RuleError {
  return new RuleError(
    "INVALID_PLAN_PERIOD",
    `実施計画期間${quote(text)}が不正です: ${detailJa}`,
    `invalid plan period ${quote(text)}: ${detailEn}`,
  );
}

function parseEnd(text: string, part: string): number {
  try {
    return parseFiscalYear(part);
  } catch (e) {
    // Re-raised under the plan-period code so the caller knows which field failed.
    if (e instanceof RuleError) throw invalidPlanPeriod(text, e.messageJa, e.messageEn);
    throw e;
  }
}

function assertPeriod(firstYear: number, lastYear: number, text: unknown): void {
  if (firstYear > lastYear) {
    throw invalidPlanPeriod(text, "開始年度が終了年度より後です", "first year is after last year");
  }
}

export function parsePlanPeriod(text: string): PlanPeriod {
  const match = PLAN_PERIOD.exec(compact(text));
  if (!match) {
    throw invalidPlanPeriod(
      text,
      "「開始年度～終了年度」の形式ではありません",
      'expected "first FY～last FY"',
    );
  }
  const firstYear = parseEnd(text, match[1] ?? "");
  const lastYear = parseEnd(text, match[2] ?? "");
  assertPeriod(firstYear, lastYear, text);
  const stated = match[3];
  const statedYearOfPlan =
    stated === undefined ? null : stated === "初年度" ? 1 : Number.parseInt(stated, 10);
  if (statedYearOfPlan !== null && statedYearOfPlan < 1) {
    throw invalidPlanPeriod(text, "年度目は1以上です", "year of plan must be at least 1");
  }
  return { firstYear, lastYear, statedYearOfPlan };
}

/** 1-based position of fiscalYear in the plan period. */
export function yearOfPlan(firstYear: number, lastYear: number, fiscalYear: number): number {
  const period = `${firstYear}-${lastYear}`;
  if (![firstYear, lastYear, fiscalYear].every(Number.isSafeInteger)) {
    throw invalidPlanPeriod(period, "年度は整数です", "years must be integers");
  }
  assertPeriod(firstYear, lastYear, period);
  if (fiscalYear < firstYear || fiscalYear > lastYear) {
    throw new RuleError(
      "OUT_OF_PLAN_PERIOD",
      `${fiscalYear}年度は実施計画期間(${firstYear}～${lastYear}年度)の外です`,
      `fiscal year ${fiscalYear} is outside the plan period ${firstYear}-${lastYear}`,
    );
  }
  return fiscalYear - firstYear + 1;
}

export function yearOfPlanLabel(firstYear: number, lastYear: number, fiscalYear: number): string {
  const n = yearOfPlan(firstYear, lastYear, fiscalYear);
  return n === 1 ? "初年度" : `${n}年度目`;
}

/** As printed on the form: "H30年度～R2年度 (3年度目)"; without fiscalYear, no parenthesis. */
export function formatPlanPeriod(firstYear: number, lastYear: number, fiscalYear?: number): string {
  assertPeriod(firstYear, lastYear, `${firstYear}-${lastYear}`);
  const range = `${formatFiscalYear(firstYear)}～${formatFiscalYear(lastYear)}`;
  return fiscalYear === undefined
    ? range
    : `${range} (${yearOfPlanLabel(firstYear, lastYear, fiscalYear)})`;
}
