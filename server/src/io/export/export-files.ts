/** An export as the command line and the HTTP endpoints produce it: CSV per table, or one XLSX. */
import type { Writable } from "node:stream";
import { write } from "../../common/write-chunk";
import type { PrismaClient } from "../../db/database";
import { TABLES, type TableName } from "../tables/part-columns";
import { type ExportFilter, exportedReportIds, exportedReports } from "./export-query";
import { tableRows } from "./table-rows";
import { csvLines } from "./write-csv";
import { writeWorkbook } from "./write-xlsx";

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export async function exportCsv(
  prisma: PrismaClient,
  filter: ExportFilter,
  table: TableName,
  out: Writable,
): Promise<void> {
  const ids = await exportedReportIds(prisma, filter);
  for await (const line of csvLines(tableRows(table, exportedReports(prisma, ids))))
    await write(out, line);
}

export async function exportXlsx(
  prisma: PrismaClient,
  filter: ExportFilter,
  out: Writable,
): Promise<void> {
  const ids = await exportedReportIds(prisma, filter);
  await writeWorkbook(
    out,
    TABLE_NAMES.map((table) => ({
      name: TABLES[table].sheet,
      rows: () => tableRows(table, exportedReports(prisma, ids)),
    })),
  );
}

/** "asahikawa"-free, stable names: sosei-2020-012041-reports.csv, sosei-2020.xlsx. */
export function exportFileName(filter: ExportFilter, suffix: string): string {
  const parts = ["sosei", filter.fiscalYear ?? "all", filter.municipalityCode].filter(
    (p) => p !== undefined,
  );
  return `${parts.join("-")}${suffix}`;
}
