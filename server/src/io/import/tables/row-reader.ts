/**
 * Reads the cells of one table row by column header, with the rules' parsers; a bad cell
 * becomes a blocking error naming the file, row and column.
 */
import {
  type MoneyUnit,
  parseAmount,
  parseKpiNumber,
  parseMonth,
  type YearMonth,
} from "../../../rules";
import type { Convert } from "../convert";
import type { Origin, Problems } from "../problems";
import type { RawCell, RawRow, RawTable } from "./raw-table";

const TRUE = ["TRUE", "1", "○", "はい", "YES"];
const FALSE = ["FALSE", "0", "", "いいえ", "NO"];

export class RowReader {
  readonly origin: Origin;
  report?: number;

  constructor(
    private readonly table: RawTable,
    private readonly row: RawRow,
    private readonly problems: Problems,
    private readonly convert: Convert,
  ) {
    this.origin = { file: table.file, sheet: table.sheet, line: row.line };
  }

  private raw(header: string): RawCell {
    const index = this.table.headers.indexOf(header);
    return index < 0 ? null : (this.row.cells[index] ?? null);
  }

  problemsError(header: string, ja: string, en: string): void {
    this.fail(header, ja, en);
  }

  private fail(header: string, ja: string, en: string): void {
    this.problems.error(this.origin, "INVALID_CELL", `${header}: ${ja}`, `${header}: ${en}`, {
      report: this.report,
      where: header,
    });
  }

  private place(header: string) {
    return { origin: this.origin, report: this.report, where: header };
  }

  text(header: string, required = false): string | null {
    const value = this.raw(header);
    const text = value === null ? "" : value instanceof Date ? value.toISOString() : String(value);
    if (text.trim() === "") {
      if (required) this.fail(header, "値がありません", "the value is missing");
      return null;
    }
    return text;
  }

  int(header: string, required = false): number | null {
    const text = this.text(header, required)?.trim();
    if (text === undefined) return null;
    const value = Number(text.normalize("NFKC"));
    if (!/^\d+$/.test(text.normalize("NFKC")) || !Number.isSafeInteger(value)) {
      this.fail(header, `「${text}」は整数ではありません`, `"${text}" is not an integer`);
      return null;
    }
    return value;
  }

  amount(header: string, unit: MoneyUnit, required = false): number | null {
    const text = this.text(header, required);
    return text === null
      ? null
      : this.convert(this.place(header), () => parseAmount(text, unit), 0);
  }

  decimal(header: string, required = false): string | null {
    const text = this.text(header, required);
    return text === null ? null : this.convert(this.place(header), () => parseKpiNumber(text), "0");
  }

  month(header: string): YearMonth | null {
    const value = this.raw(header);
    if (value instanceof Date)
      return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1 };
    const text = this.text(header);
    return text === null ? null : this.convert(this.place(header), () => parseMonth(text), null);
  }

  bool(header: string): boolean {
    const value = this.raw(header);
    if (typeof value === "boolean") return value;
    const text = (value === null ? "" : String(value)).trim().toUpperCase();
    if (TRUE.includes(text)) return true;
    if (!FALSE.includes(text))
      this.fail(
        header,
        `「${text}」は TRUE/FALSE ではありません`,
        `"${text}" is not TRUE or FALSE`,
      );
    return false;
  }

  datetime(header: string): Date | null {
    const value = this.raw(header);
    if (value instanceof Date) return value;
    const text = this.text(header);
    if (text === null) return null;
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) {
      this.fail(header, `「${text}」は日時ではありません`, `"${text}" is not a date and time`);
      return null;
    }
    return date;
  }
}
