/** The rows of each exported table, from the covered reports. */
import type { ReportContent } from "../content/report-content";
import type { Cell, Column } from "../tables/cell";
import { KPI_COLUMNS, type Part, PROGRAM_COLUMNS, type TableName } from "../tables/part-columns";
import { REPORT_COLUMNS } from "../tables/report-columns";

export interface TableRows {
  headers: string[];
  rows: AsyncGenerator<Cell[]>;
}

async function* cells<S>(columns: Column<S>[], sources: AsyncIterable<S>): AsyncGenerator<Cell[]> {
  for await (const source of sources) yield columns.map((column) => column.get(source));
}

async function* parts<T>(
  reports: AsyncIterable<ReportContent>,
  of: (r: ReportContent) => T[],
): AsyncGenerator<Part<T>> {
  for await (const report of reports) for (const item of of(report)) yield { report, item };
}

export function tableRows(table: TableName, reports: AsyncIterable<ReportContent>): TableRows {
  const headers = (columns: { header: string }[]) => columns.map((c) => c.header);
  switch (table) {
    case "reports":
      return { headers: headers(REPORT_COLUMNS), rows: cells(REPORT_COLUMNS, reports) };
    case "programs":
      return {
        headers: headers(PROGRAM_COLUMNS),
        rows: cells(
          PROGRAM_COLUMNS,
          parts(reports, (r) => r.programs),
        ),
      };
    case "kpis":
      return {
        headers: headers(KPI_COLUMNS),
        rows: cells(
          KPI_COLUMNS,
          parts(reports, (r) => r.kpis),
        ),
      };
  }
}
