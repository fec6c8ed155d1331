/**
 * Cells the PDF extraction wrapped onto further lines. A one-cell section (③) goes on in
 * lines of its own; a table cell (④ programs, ⑤⑥ KPI rows, ⑦ opinion, ⑧ reason) goes on in
 * its column on the next lines, with the row's first column (name, slot, category) empty.
 * Both are joined here; a line that cannot be placed is refused with its line
 * (WRAPPED_CELL_UNCLEAR), for text is never dropped.
 */
import { filled, textOrNull } from "./cells";
import { type Row, head, squeezed } from "./form-document";
import type { FormContext } from "./parse-report";

export function unclearWrap(ctx: FormContext, row: Row, report: number, where: string): void {
  ctx.problems.error(
    { file: ctx.file, line: row.line },
    "WRAPPED_CELL_UNCLEAR",
    `${where}の続きの行をどのセルにつなげるか判断できません`,
    `a continuation line of ${where} cannot be placed in a cell`,
    { report, where },
  );
}

/** Blank, markup included: a line of only "</p><p>" still carries a paragraph break. */
const isBlank = (row: Row) => row.cells.every((cell) => cell.trim() === "");

/** A heading ④–⑧ (tested before NFKC, which turns ④ into 4). */
export const isHeading = (row: Row) => /^[④⑤⑥⑦⑧]/.test(head(row));

/**
 * The form's title, which the extraction puts before the next page's report: it closes the
 * last section (⑧) only, so that elsewhere such a line is refused rather than ending a table.
 */
const isPageTitle = (row: Row) =>
  filled(row.cells).length === 1 && /交付金事業に係る.*報告$/.test(squeezed(head(row)));

/**
 * Table rows with their wrapped lines joined: each cell of a line whose `anchor` column is
 * empty is appended to the same cell of the row above; a row keeps its first line's number.
 * Blank lines (page breaks) are skipped.
 */
export function joinWrappedRows(rows: readonly Row[], anchor: number): Row[] {
  const joined: Row[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const previous = joined.at(-1);
    if (!previous || (row.cells[anchor] ?? "").trim() !== "") {
      joined.push({ line: row.line, cells: [...row.cells] });
      continue;
    }
    row.cells.forEach((cell, i) => {
      if (cell.trim() !== "") previous.cells[i] = `${previous.cells[i] ?? ""}${cell}`;
    });
  }
  return joined;
}

/**
 * The one row of a two-cell section (⑦, ⑧) after its label row, wrapped lines joined, up to
 * the next heading. A second row there is a continuation that cannot be placed: refused.
 */
export function rowAfterLabel(ctx: FormContext, rows: Row[], label: string, report: number) {
  const at = rows.findIndex((row) => head(row) === label);
  if (at < 0) return null;
  const end = rows.findIndex((row, i) => i > at && (isHeading(row) || isPageTitle(row)));
  const [row, stray] = joinWrappedRows(rows.slice(at + 1, end < 0 ? rows.length : end), 0);
  if (stray) unclearWrap(ctx, stray, report, label);
  return row ? { row, cells: filled(row.cells) } : null;
}

/**
 * The text of a one-cell section (③): every line up to the next heading, joined. A line of
 * several cells there cannot be told from a table: refused with its line.
 */
export function wrappedText(ctx: FormContext, rows: Row[], heading: string, report: number) {
  const at = rows.findIndex((row) => head(row).startsWith(heading));
  if (at < 0) return null;
  const lines: string[] = [];
  for (const row of rows.slice(at + 1)) {
    if (isBlank(row)) continue;
    const cells = filled(row.cells);
    const next = squeezed(cells[0] ?? "");
    if (isHeading(row) || next === "事業名" || next.startsWith("実績額")) break;
    if (cells.length > 1) {
      unclearWrap(ctx, row, report, heading);
      return null;
    }
    lines.push(row.cells.find((c) => c.trim() !== "")!);
  }
  return textOrNull(lines.join(""));
}
