/**
 * Cells of the source form as the PDF extraction leaves them: markup around texts,
 * "36,264 (18,132)" for an amount with its grant share, "682.3 (R3.3) 【参考値】" for a
 * latest value, "(新)" and "(関係分)" around program names, "【北海道共同申請】" after a
 * project name. Numbers, months and years are converted by server/src/rules only.
 */
import { normalize } from "../../../rules/text";

/** Removes <p>, </p>, <ul …>, </ul>; a paragraph break becomes "\n". */
export function stripTags(text: string): string {
  return text
    .replace(/<\/p>\s*<p>/g, "\n")
    .replace(/<\/?p>|<ul[^>]*>|<\/ul>/g, "")
    .trim();
}

/** Non-empty cells of a row, markup removed. */
export const filled = (cells: readonly string[]) =>
  cells.map(stripTags).filter((cell) => cell !== "");

/** Text as written, or null when blank. */
export const textOrNull = (text: string | undefined) => {
  const stripped = stripTags(text ?? "");
  return stripped === "" ? null : stripped;
};

/** "36,264 (18,132)" → amount "36,264", grant "18,132"; both as written. */
export function splitAmountCell(cell: string): { amount: string; grant: string | null } {
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(normalize(cell));
  return { amount: match?.[1] ?? "", grant: match?.[2] ?? null };
}

/** "682.3 (R3.3) 【参考値】" → "682.3", "R3.3", true. */
export function splitLatestCell(cell: string): {
  value: string;
  asOf: string | null;
  isReference: boolean;
} {
  const text = normalize(cell);
  const isReference = text.includes("【参考値】");
  const rest = text.replace("【参考値】", "").trim();
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(rest);
  return { value: match?.[1] ?? rest, asOf: match?.[2] ?? null, isReference };
}

const NEW_MARK = /^[(（]新[)）]\s*/;
const PARTIAL_MARK = /\s*[(（]関係分[)）]$/;

/** "(新)デザイン推進 事業費" / "保育士確保事業 (関係分)" → the name and its markers. */
export function splitProgramName(cell: string): {
  name: string;
  isNew: boolean;
  isPartial: boolean;
} {
  const text = stripTags(cell);
  const isNew = NEW_MARK.test(text);
  const isPartial = PARTIAL_MARK.test(text);
  return { name: text.replace(NEW_MARK, "").replace(PARTIAL_MARK, ""), isNew, isPartial };
}

/** "…プロジェクト【北海道共同申請】" → the name and the note inside 【】. */
export function splitProjectName(cell: string): { name: string; note: string | null } {
  const text = stripTags(cell);
  const match = /^(.*?)【([^】]*)】$/.exec(text);
  return match ? { name: match[1]!, note: match[2]! } : { name: text, note: null };
}

/**
 * "地方創生に効果があった (説明…)": the category is the longest list entry the cell starts
 * with, or else the text up to the first space; the rest is the explanation.
 */
export function splitCategoryCell(
  cell: string,
  labels: readonly string[],
): { category: string | null; text: string | null } {
  const text = stripTags(cell);
  if (text === "") return { category: null, text: null };
  const known = [...labels]
    .sort((a, b) => b.length - a.length)
    .find(
      (label) => text === label || text.startsWith(`${label} `) || text.startsWith(`${label}(`),
    );
  const category = known ?? text.split(/\s+/)[0]!;
  const rest = text.slice(category.length).trim();
  return { category, text: rest === "" ? null : rest };
}

/** "実績額 (R3.3実績)" → "R3.3". */
export function actualsMonthOf(cell: string): string | null {
  return /\(([^()]*?)実績\)/.exec(normalize(cell))?.[1] ?? null;
}

/** "指標名(旭川市関係分)" → "旭川市関係分". */
export function kpiNoteOf(cell: string): string | null {
  return /^指標名\s*[(（](.*)[)）]$/.exec(cell.trim())?.[1] ?? null;
}
