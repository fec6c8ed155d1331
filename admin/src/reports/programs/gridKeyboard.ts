/**
 * Moving between the grid's cells as in a spreadsheet: arrows, and Enter to go down. Inside a
 * cell's text the arrows first move the caret; only at the text's edge do they leave the cell
 * (so a multi-line 主な事業実績 can still be edited with the keyboard).
 */
export interface CellKey {
  key: string;
  shiftKey: boolean;
  /** Caret position in the cell's text. */
  caret: { start: number; end: number; length: number; onFirstLine: boolean; onLastLine: boolean };
  multiline: boolean;
}

export interface Cell {
  row: number;
  column: number;
}

/** The cell to focus after the key, or null to leave the key to the input. */
export function nextCell(
  at: Cell,
  key: CellKey,
  size: { rows: number; columns: number },
): Cell | null {
  const { caret } = key;
  const collapsed = caret.start === caret.end;
  let target: Cell | null = null;
  switch (key.key) {
    case "ArrowUp":
      if (!key.multiline || caret.onFirstLine) target = { ...at, row: at.row - 1 };
      break;
    case "ArrowDown":
      if (!key.multiline || caret.onLastLine) target = { ...at, row: at.row + 1 };
      break;
    case "ArrowLeft":
      if (collapsed && caret.start === 0) target = { ...at, column: at.column - 1 };
      break;
    case "ArrowRight":
      if (collapsed && caret.end === caret.length) target = { ...at, column: at.column + 1 };
      break;
    case "Enter":
      // A line break inside a multi-line cell; Shift+Enter goes up, as in a spreadsheet.
      if (!key.multiline) target = { ...at, row: at.row + (key.shiftKey ? -1 : 1) };
      break;
  }
  if (!target) return null;
  const inside =
    target.row >= 0 && target.row < size.rows && target.column >= 0 && target.column < size.columns;
  return inside ? target : null;
}

/** Where the caret is in a text input or text area, for nextCell. */
export function caretOf(input: HTMLInputElement | HTMLTextAreaElement): CellKey["caret"] {
  const value = input.value;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? start;
  return {
    start,
    end,
    length: value.length,
    onFirstLine: !value.slice(0, start).includes("\n"),
    onLastLine: !value.slice(end).includes("\n"),
  };
}
