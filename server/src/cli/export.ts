/**
 * `pnpm export --year 2020 [--municipality CODE] [--format csv|xlsx] [--out DIR] [--published]`:
 * writes the fiscal year's reports as three CSV files and/or one workbook.
 */
import fs from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { exportCsv, exportFileName, exportXlsx, TABLE_NAMES } from "../io/export/export-files";
import type { ExportFilter } from "../io/export/export-query";
import { parseFiscalYear } from "../rules";
import { usageError, withDatabase } from "./cli-database";
import { runMain } from "./run-main";

const USAGE =
  "usage: pnpm export --year 2020 [--municipality 012041] [--format csv|xlsx|both] [--out DIR] [--published]";

async function writeFile(
  file: string,
  work: (out: fs.WriteStream) => Promise<void>,
): Promise<void> {
  const out = fs.createWriteStream(file);
  await work(out);
  // The workbook writer ends the stream itself; CSV leaves it to us.
  if (!out.writableEnded) out.end();
  await finished(out);
  console.log(`${file}  ${fs.statSync(file).size.toLocaleString("en")} bytes`);
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      municipality: { type: "string" },
      format: { type: "string", default: "both" },
      out: { type: "string", default: "export" },
      published: { type: "boolean", default: false },
    },
  });
  if (!values.year) usageError(USAGE, "--year is required");
  if (!["csv", "xlsx", "both"].includes(values.format!))
    usageError(USAGE, `unknown --format ${values.format}`);
  const filter: ExportFilter = {
    fiscalYear: parseFiscalYear(values.year),
    municipalityCode: values.municipality,
    publishedOnly: values.published!,
    reader: "system",
  };
  fs.mkdirSync(values.out!, { recursive: true });
  await withDatabase(async (prisma) => {
    if (values.format !== "xlsx") {
      for (const table of TABLE_NAMES) {
        const file = path.join(values.out!, exportFileName(filter, `-${table}.csv`));
        await writeFile(file, (out) => exportCsv(prisma, filter, table, out));
      }
    }
    if (values.format !== "csv") {
      const file = path.join(values.out!, exportFileName(filter, ".xlsx"));
      await writeFile(file, (out) => exportXlsx(prisma, filter, out));
    }
  });
});
