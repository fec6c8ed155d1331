/** A table of Sosei's export format as read from a CSV file or an XLSX sheet, before checking. */
import type { TableName } from "../../tables/part-columns";
import { KPI_COLUMNS, PROGRAM_COLUMNS } from "../../tables/part-columns";
import { REPORT_COLUMNS } from "../../tables/report-columns";

/** A cell as the file holds it: CSV gives text, XLSX also numbers, booleans and dates. */
export type RawCell = string | number | boolean | Date | null;

export interface RawRow {
  /** CSV line or sheet row, 1-based. */
  line: number;
  cells: RawCell[];
}

export interface RawTable {
  file: string;
  sheet?: string;
  name: TableName;
  headers: string[];
  rows: RawRow[];
}

const COLUMNS = { reports: REPORT_COLUMNS, programs: PROGRAM_COLUMNS, kpis: KPI_COLUMNS };

export const columnsOf = (name: TableName) =>
  COLUMNS[name] as { header: string; required?: boolean; exportOnly?: boolean }[];

/** Which table a header row belongs to: the one whose required headers it all has. */
export function tableOfHeaders(headers: readonly string[]): TableName | null {
  const has = new Set(headers.map((h) => h.trim()));
  const names: TableName[] = ["programs", "kpis", "reports"];
  return (
    names.find((name) =>
      columnsOf(name)
        .filter((c) => c.required)
        .every((c) => has.has(c.header)),
    ) ?? null
  );
}
