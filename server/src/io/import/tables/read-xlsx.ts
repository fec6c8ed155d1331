/**
 * A workbook of Sosei's export: each sheet whose header row is one of the three tables.
 * A cell must hold a value: a formula is refused with its cell address (its cached
 * result may be stale, and the form states figures, not calculations).
 */
import ExcelJS from "exceljs";
import type { Problems } from "../problems";
import { type RawCell, type RawTable, tableOfHeaders } from "./raw-table";

function rawValue(cell: ExcelJS.Cell, file: string, sheet: string, problems: Problems): RawCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) {
    problems.error(
      { file, sheet, line: Number(cell.row) },
      "FORMULA_CELL",
      `セル ${cell.address} は数式です。値として保存してください`,
      `cell ${cell.address} holds a formula; save values instead`,
      { where: cell.address },
    );
    return null;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) {
    problems.error(
      { file, sheet, line: Number(cell.row) },
      "ERROR_CELL",
      `セル ${cell.address} はエラー値 ${value.error} です`,
      `cell ${cell.address} holds the error ${value.error}`,
      { where: cell.address },
    );
  }
  return null;
}

export async function readXlsxTables(
  file: string,
  bytes: Uint8Array,
  problems: Problems,
): Promise<RawTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    problems.error(
      { file },
      "BROKEN_XLSX",
      "XLSX ファイルを読み込めません (壊れているか途中で切れています)",
      `cannot read the XLSX file (damaged or truncated): ${(error as Error).message}`,
    );
    return [];
  }
  const tables: RawTable[] = [];
  workbook.eachSheet((worksheet) => {
    const sheet = worksheet.name;
    const width = worksheet.columnCount;
    const values = (row: ExcelJS.Row) =>
      Array.from({ length: width }, (_, i) => rawValue(row.getCell(i + 1), file, sheet, problems));
    const headers = values(worksheet.getRow(1)).map((h) => (h === null ? "" : String(h).trim()));
    const name = tableOfHeaders(headers);
    if (!name) {
      problems.warning(
        { file, sheet, line: 1 },
        "UNKNOWN_SHEET",
        `シート「${sheet}」は Sosei の表ではないため読み飛ばします`,
        `sheet "${sheet}" is none of Sosei's tables and is skipped`,
      );
      return;
    }
    const rows: RawTable["rows"] = [];
    worksheet.eachRow((row, line) => {
      if (line > 1) rows.push({ line, cells: values(row) });
    });
    tables.push({ file, sheet, name, headers, rows });
  });
  return tables;
}
