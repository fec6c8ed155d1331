/**
 * Cells of a block copied from Excel (or LibreOffice, Google Sheets): tab-separated columns,
 * CRLF or LF rows, and a cell that holds a line break or a tab quoted with "…" ("" inside).
 * The trailing line break Excel adds does not make an empty last row.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell === "") {
      // A quoted cell: up to the closing quote that is not doubled.
      const closing = closingQuote(text, i + 1);
      if (closing !== -1) {
        cell = text.slice(i + 1, closing).replace(/""/g, '"');
        i = closing + 1;
        continue;
      }
    }
    if (char === "\t") endCell();
    else if (char === "\n" || char === "\r") {
      endRow();
      if (char === "\r" && text[i + 1] === "\n") i++;
    } else cell += char;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows.map((cells) => cells.map((c) => c.replace(/\r\n?/g, "\n")));
}

/** Index of the quote closing a quoted cell that starts at `from`, or -1 when it is not one. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    // A quoted cell ends at a separator or the end; otherwise the quote is part of the text.
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? i : -1;
  }
  return -1;
}

/** Whether pasted text is a block of cells rather than a value for one input. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""));
}
