/**
 * The three tables as one workbook (sheets 報告, 予算事業, KPI), streamed with ExcelJS's
 * WorkbookWriter: rows are committed as they come, so memory stays flat. Amounts are
 * numbers in the report's unit, months and times are dates, the header row is Japanese.
 * Every timestamp inside the file is fixed, so the same data gives the same bytes.
 */
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { amountInUnit } from "../../rules";
import type { Cell } from "../tables/cell";
import type { TableRows } from "./table-rows";

/** Fixed file and zip-entry times: an export is a function of the data only. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

const FORMATS = {
  amountWhole: "#,##0",
  amountFraction: "#,##0.###",
  month: 'yyyy"年"m"月"',
  datetime: "yyyy-mm-dd hh:mm:ss",
  ratio: "0.0%",
} as const;

function value(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  switch (cell.t) {
    case "text":
      return { value: cell.v };
    case "int":
      return { value: cell.v };
    case "decimal":
      return { value: Number(cell.v) };
    case "amount": {
      const text = amountInUnit(cell.yen, cell.unit);
      const numFmt = text.includes(".") ? FORMATS.amountFraction : FORMATS.amountWhole;
      return { value: Number(text), numFmt };
    }
    case "ratio":
      return { value: cell.v, numFmt: FORMATS.ratio };
    case "month":
      return { value: new Date(Date.UTC(cell.v.year, cell.v.month - 1, 1)), numFmt: FORMATS.month };
    case "bool":
      return { value: cell.v };
    case "datetime":
      return { value: cell.v, numFmt: FORMATS.datetime };
  }
}

export interface SheetSource {
  name: string;
  /** Called when the sheet's turn comes, so that only one table is read at a time. */
  rows: () => TableRows;
}

type Zip = { append: (source: unknown, options: object) => unknown };
const Writer = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (
  options: object,
) => ExcelJS.stream.xlsx.WorkbookWriter & { zip: Zip; addThemes(): Promise<void> };

/**
 * ExcelJS stamps each zip entry with the current time, the first ones (theme, rels) from
 * its constructor; addThemes is the first thing that constructor writes, so the fixed time
 * goes in there.
 */
class FixedTimeWorkbookWriter extends Writer {
  addThemes(): Promise<void> {
    const append = this.zip.append.bind(this.zip);
    this.zip.append = (source, options) => append(source, { ...options, date: FIXED_TIME });
    return super.addThemes();
  }
}

export async function writeWorkbook(out: Writable, sheets: SheetSource[]): Promise<void> {
  const workbook = new FixedTimeWorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Sosei";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const sheet of sheets) {
    const table = sheet.rows();
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    const header = worksheet.addRow(table.headers);
    header.font = { bold: true };
    header.commit();
    for await (const cells of table.rows) {
      const row = worksheet.addRow(cells.map((cell) => value(cell).value));
      cells.forEach((cell, i) => {
        const numFmt = value(cell).numFmt;
        if (numFmt) row.getCell(i + 1).numFmt = numFmt;
      });
      row.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
