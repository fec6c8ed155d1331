/**
 * The source form's tab-separated text (as extracted from the published PDF) split into
 * rows with their line numbers, and into one block per report: each starts at a row whose
 * first cell is "No". What the whole document states once (title, unit, fiscal year)
 * is read here too.
 */
import { normalize } from "../../../rules/text";
import { filled } from "./cells";

export interface Row {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export interface FormDocument {
  /** Rows before the first report (the title, a unit note). */
  preamble: Row[];
  blocks: Row[][];
}

export function splitDocument(text: string): FormDocument {
  const rows = text.split(/\r?\n/).map((line, i) => ({ line: i + 1, cells: line.split("\t") }));
  const starts = rows.flatMap((row, i) => ((row.cells[0] ?? "").trim() === "No" ? [i] : []));
  return {
    preamble: rows.slice(0, starts[0] ?? rows.length),
    blocks: starts.map((start, k) => rows.slice(start, starts[k + 1] ?? rows.length)),
  };
}

/** The first non-empty cell of a row, markup removed. */
export const head = (row: Row | undefined) => (row ? (filled(row.cells)[0] ?? "") : "");

/** Without spaces, for headings the extraction sometimes spaces out ("合 計"). */
export const squeezed = (text: string) => normalize(text).replace(/\s+/g, "");

const rowText = (rows: readonly Row[]) => rows.map((r) => r.cells.join("\t")).join("\n");

/** "(単位:千円)" / "単位：円" anywhere in the rows. */
export function statedUnit(rows: readonly Row[]): "YEN" | "THOUSAND_YEN" | null {
  const match = /単位\s*:\s*(千円|円)/.exec(normalize(rowText(rows)));
  if (!match) return null;
  return match[1] === "千円" ? "THOUSAND_YEN" : "YEN";
}

/** The fiscal year a heading states: "(R2年度の実施年数)", "市予算事業(令和2年度)", or a title's. */
export function statedFiscalYear(rows: readonly Row[], anywhere: boolean): string | null {
  const text = normalize(rowText(rows));
  const patterns = [/\(([^()]*?年度)の実施年数\)/, /予算事業\s*\(([^()]*?年度)\)/];
  // Inside a report any other year is a plan period's, so only a title may name it freely.
  if (anywhere) patterns.push(/((?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*年度)/);
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1]!;
  }
  return null;
}

/** The longest known grant type name the rows mention (a title such as "地方創生推進交付金事業…"). */
export function statedGrantType(rows: readonly Row[], names: readonly string[]): string | null {
  const text = rowText(rows);
  return [...names].sort((a, b) => b.length - a.length).find((n) => text.includes(n)) ?? null;
}
