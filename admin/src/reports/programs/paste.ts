import type { MoneyUnit } from "@sosei/server/rules/money";
import { normalize } from "@sosei/server/rules/text";
import { parseClipboard } from "./clipboard";
import {
  COLUMNS,
  emptyRow,
  inUnit,
  splitNameMarkers,
  type Column,
  type ProgramRow,
} from "./programRows";

/**
 * A block pasted into the grid, as a spreadsheet pastes it: cells fill the grid's columns from
 * the focused cell on, rows from the focused row on, with new rows added below as needed.
 * A block starting at the name with five columns is the official form's own layout
 * (事業名, 概要, 主な事業実績, 予算額 (うち交付金見込), 実績額 (うち交付金)): each amount cell
 * carries its grant share in parentheses, which goes to the grant column.
 */
export interface PastePosition {
  row: number;
  column: Column;
}

const FORM_LAYOUT: readonly Column[] = ["name", "summary", "mainResults", "budget", "actual"];
const GRANT_OF: Partial<Record<Column, Column>> = {
  budget: "expectedGrant",
  actual: "actualGrant",
};
/** "1,702 (851)": an amount and its grant share, as the form prints them in one cell. */
const WITH_GRANT = /^(.*?)\s*\((.*)\)$/;

function columnsFor(cells: string[][], start: Column): readonly Column[] {
  const width = Math.max(...cells.map((row) => row.length));
  if (start === "name" && width === FORM_LAYOUT.length) return FORM_LAYOUT;
  return COLUMNS.slice(COLUMNS.indexOf(start));
}

/** Writes one pasted cell into a row: markers of a name become flags, amounts go in the report's unit. */
function setCell(row: ProgramRow, column: Column, text: string, unit: MoneyUnit): void {
  if (column === "name") {
    const { name, isNew, isPartial } = splitNameMarkers(text);
    Object.assign(row, { name, isNew: row.isNew || isNew, isPartial: row.isPartial || isPartial });
    return;
  }
  const grant = GRANT_OF[column];
  const combined = grant ? WITH_GRANT.exec(normalize(text)) : null;
  if (grant && combined) {
    row[column] = inUnit(combined[1] ?? "", unit);
    row[grant] = inUnit(combined[2] ?? "", unit);
  } else {
    row[column] =
      column === "summary" || column === "mainResults" ? text.trim() : inUnit(text, unit);
  }
}

/** The rows after pasting `text` at `at`; the rows given are not changed. */
export function pasteBlock(
  rows: readonly ProgramRow[],
  at: PastePosition,
  text: string,
  unit: MoneyUnit,
): ProgramRow[] {
  const cells = parseClipboard(text).filter((row) => row.some((cell) => cell.trim() !== ""));
  if (cells.length === 0) return [...rows];
  const columns = columnsFor(cells, at.column);
  const result = rows.map((row) => ({ ...row }));
  cells.forEach((values, offset) => {
    const index = at.row + offset;
    while (result.length <= index) result.push(emptyRow());
    const row = result[index]!;
    values.slice(0, columns.length).forEach((value, i) => setCell(row, columns[i]!, value, unit));
  });
  return result;
}
