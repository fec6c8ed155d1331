/**
 * One exported table as CSV: UTF-8 with a BOM (so that Excel reads it as UTF-8), CRLF line
 * ends (RFC 4180), a Japanese header row; yielded line by line so that the caller streams it.
 * Every CSV Sosei writes (exports over HTTP and CLI, the open data) comes from here.
 */
import { amountInUnit } from "../../rules";
import type { Cell } from "../tables/cell";
import { guardFormula } from "../tables/formula-guard";
import type { TableRows } from "./table-rows";

const pad = (n: number) => String(n).padStart(2, "0");

export function csvText(cell: Cell): string {
  if (cell === null) return "";
  switch (cell.t) {
    case "text":
      return guardFormula(cell.v);
    case "decimal":
      return cell.v;
    case "int":
      return String(cell.v);
    case "amount":
      return amountInUnit(cell.yen, cell.unit);
    case "ratio":
      return cell.v.toFixed(4);
    case "month":
      return `${cell.v.year}-${pad(cell.v.month)}`;
    case "bool":
      return cell.v ? "TRUE" : "FALSE";
    case "datetime":
      return cell.v.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

/** RFC 4180: a field with a quote, a comma or any line break (a bare LF too) is quoted. */
const field = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const line = (values: string[]) => `${values.map(field).join(",")}\r\n`;

export async function* csvLines(table: TableRows): AsyncGenerator<string> {
  yield `\uFEFF${line(table.headers)}`;
  for await (const row of table.rows) yield line(row.map(csvText));
}
