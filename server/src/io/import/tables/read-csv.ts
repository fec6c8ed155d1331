/** A CSV file of Sosei's export (any of the three tables), decoded and split into rows. */
import { CsvError, parse } from "csv-parse/sync";
import { unguardFormula } from "../../tables/formula-guard";
import type { Problems } from "../problems";
import { type RawTable, tableOfHeaders } from "./raw-table";

export function readCsvTable(file: string, text: string, problems: Problems): RawTable | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    problems.error(
      { file, line },
      "BROKEN_CSV",
      `CSV を解釈できません (${error.code})`,
      `cannot read the CSV: ${error.message}`,
    );
    return null;
  }
  const [header, ...rows] = records;
  const headers = (header?.record ?? []).map((h) => h.trim());
  const name = tableOfHeaders(headers);
  if (!header || !name) {
    problems.error(
      { file, line: header?.info.lines ?? 1 },
      "UNKNOWN_TABLE",
      "見出し行が Sosei の報告・予算事業・KPI のどの表とも一致しません",
      "the header row matches none of Sosei's tables (reports, programs, KPIs)",
    );
    return null;
  }
  // info.lines is the line a record ends on; a record spans lines when a cell holds line breaks.
  return {
    file,
    name,
    headers,
    rows: rows.map(({ record, info }) => ({
      line: info.lines - (record.join("").match(/\n/g)?.length ?? 0),
      // What the writer guarded against formula evaluation comes back as it was.
      cells: record.map(unguardFormula),
    })),
  };
}
