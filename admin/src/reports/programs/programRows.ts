import { formatAmount, parseAmount, type MoneyUnit, type Yen } from "@sosei/server/rules/money";
import { checkGrantShare } from "@sosei/server/rules/totals";
import { normalize } from "@sosei/server/rules/text";
import type { BudgetProgram } from "../../types";

/**
 * The budget-programs grid (④) as rows of text, the way the user typed or pasted them, and
 * what they mean: programs in exact yen, or per-cell errors before anything is saved. Amounts
 * are written in the report's unit (千円 or 円); a cell may name its unit ("1,702,000円").
 */
export const TEXT_COLUMNS = ["name", "summary", "mainResults"] as const;
export const AMOUNT_COLUMNS = ["budget", "expectedGrant", "actual", "actualGrant"] as const;
/** The grid's columns that hold text, in order: where a pasted block's columns go. */
export const COLUMNS = [...TEXT_COLUMNS, ...AMOUNT_COLUMNS] as const;
export type Column = (typeof COLUMNS)[number];
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export interface ProgramRow extends Record<Column, string> {
  /** Stable across reordering, for React and for errors that belong to a row. */
  key: string;
  isNew: boolean;
  isPartial: boolean;
}

/** An error of one cell: an i18n key and its values (the UI translates it). */
export interface CellError {
  key: string;
  values?: Record<string, string | number>;
}
export type RowErrors = Partial<Record<Column, CellError>>;

export const MAX_NAME_LENGTH = 200;
let nextKey = 0;
export const newRowKey = () => `row-${++nextKey}`;

export function emptyRow(): ProgramRow {
  const row = { key: newRowKey(), isNew: false, isPartial: false } as ProgramRow;
  for (const column of COLUMNS) row[column] = "";
  return row;
}

export function rowOf(program: BudgetProgram, unit: MoneyUnit): ProgramRow {
  const amount = (yen: Yen | null) => (yen === null ? "" : formatAmount(yen, unit));
  return {
    key: newRowKey(),
    name: program.name,
    isNew: program.isNew,
    isPartial: program.isPartial,
    summary: program.summary ?? "",
    mainResults: program.mainResults ?? "",
    budget: amount(program.budget),
    expectedGrant: amount(program.expectedGrant),
    actual: amount(program.actual),
    actualGrant: amount(program.actualGrant),
  };
}

/** The form's name markers, in half- or full-width parentheses. */
const MARKERS = { isNew: "新", isPartial: "関係分" } as const;
const markerPattern = (word: string) => new RegExp(`\\s*[(（]${word}[)）]\\s*`, "g");

/** "(新)デザイン推進事業費" → the name without the form's markers, and the flags they stand for. */
export function splitNameMarkers(text: string): {
  name: string;
  isNew: boolean;
  isPartial: boolean;
} {
  let name = text;
  const found = { isNew: false, isPartial: false };
  for (const [flag, word] of Object.entries(MARKERS) as [keyof typeof MARKERS, string][]) {
    const stripped = name.replace(markerPattern(word), " ");
    found[flag] = stripped !== name;
    name = stripped;
  }
  return { name: name.trim(), ...found };
}

const UNIT_SUFFIX = /^(.*?)\s*(千円|円)$/;
const EMPTY = /^[-‐－ー―]?$/;

/** Yen of an amount cell (null when empty or "-"); throws the rules' error when unreadable. */
export function amountOf(text: string, unit: MoneyUnit): Yen | null {
  const value = normalize(text).replace(/^[¥￥]/, "");
  if (EMPTY.test(value)) return null;
  const suffix = UNIT_SUFFIX.exec(value);
  if (!suffix) return parseAmount(value, unit);
  return parseAmount(suffix[1] ?? "", suffix[2] === "千円" ? "THOUSAND_YEN" : "YEN");
}

/** A cell written in another unit, as the grid shows it: in the report's unit, with separators. */
export function inUnit(text: string, unit: MoneyUnit): string {
  try {
    const yen = amountOf(text, unit);
    return yen === null ? "" : formatAmount(yen, unit);
  } catch {
    return text.trim(); // shown with its error
  }
}

/** The program a row stands for, or the errors of its cells. */
export function programOf(
  row: ProgramRow,
  unit: MoneyUnit,
): { program: BudgetProgram; errors: null } | { program: null; errors: RowErrors } {
  const errors: RowErrors = {};
  const yen: Partial<Record<AmountColumn, Yen | null>> = {};
  for (const column of AMOUNT_COLUMNS) {
    try {
      yen[column] = amountOf(row[column], unit);
    } catch {
      errors[column] = { key: "sosei.programs.errors.amount", values: { unit } };
    }
  }
  const name = row.name.trim();
  if (!name) errors.name = { key: "sosei.programs.errors.required" };
  else if ([...name].length > MAX_NAME_LENGTH) {
    errors.name = { key: "sosei.programs.errors.tooLong", values: { max: MAX_NAME_LENGTH } };
  }
  for (const column of ["budget", "expectedGrant"] as const) {
    if (!errors[column] && yen[column] === null) {
      errors[column] = { key: "sosei.programs.errors.required" };
    }
  }
  grantCheck(errors, yen, "budget", "expectedGrant");
  grantCheck(errors, yen, "actual", "actualGrant");
  if (Object.keys(errors).length > 0) return { program: null, errors };
  return {
    program: {
      name,
      isNew: row.isNew,
      isPartial: row.isPartial,
      summary: row.summary.trim() || null,
      mainResults: row.mainResults.trim() || null,
      budget: yen.budget!,
      expectedGrant: yen.expectedGrant!,
      actual: yen.actual ?? null,
      actualGrant: yen.actualGrant ?? null,
    },
    errors: null,
  };
}

/** A grant share needs its amount and never exceeds it (rules.checkGrantShare). */
function grantCheck(
  errors: RowErrors,
  yen: Partial<Record<AmountColumn, Yen | null>>,
  amount: AmountColumn,
  grant: AmountColumn,
) {
  const [a, g] = [yen[amount], yen[grant]];
  if (errors[amount] || errors[grant] || g === null || g === undefined) return;
  if (a === null || a === undefined) {
    errors[grant] = { key: "sosei.programs.errors.grantWithoutAmount" };
  } else if (!checkGrantShare(a, g)) {
    errors[grant] = { key: "sosei.programs.errors.grantExceeds" };
  }
}
