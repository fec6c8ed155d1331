/**
 * An import from files: each is recognised by its content (the source form's text, a CSV
 * table or an XLSX workbook of Sosei's export), decoded, read and then checked and written
 * together by apply-import.ts. The same path serves `pnpm run import` and the HTTP upload.
 */
import { standardCategories as categories } from "../../domain/category/standard-lists";
import { standardGrantTypes } from "../../domain/grant-type/standard-grant-types";
import type { PrismaClient } from "../../db/database";
import { applyImport, type ImportResult } from "./apply-import";
import type { Actor } from "../../auth/permissions";
import { convertWith } from "./convert";
import { decodeText } from "./decode";
import { isFormText, parseFormText } from "./form-text/parse-form-text";
import type { ImportDefaults, ImportedReport } from "./import-model";
import { Problems } from "./problems";
import type { RawTable } from "./tables/raw-table";
import { readCsvTable } from "./tables/read-csv";
import { readWorkbook } from "./tables/read-workbook";
import { uploadBudget } from "./tables/zip-check";
import { tablesToReports } from "./tables/tables-to-reports";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileSummary {
  file: string;
  format: "form-text" | "csv" | "xlsx" | "unknown";
  encoding?: string;
  tables?: string[];
}

export interface FileImportResult extends ImportResult {
  files: FileSummary[];
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readImportFiles(
  prisma: PrismaClient,
  files: ImportFile[],
  defaults: ImportDefaults,
  problems: Problems,
) {
  const convert = convertWith(problems);
  // A fresh database has no lists yet: read with the standard ones (an import never writes them).
  const [storedEffects, storedTypes] = await Promise.all([
    prisma.category.findMany({ where: { kind: "EFFECT" }, select: { label: true } }),
    prisma.grantType.findMany({ select: { name: true } }),
  ]);
  const effects = storedEffects.length
    ? storedEffects
    : categories.filter((c) => c.kind === "EFFECT");
  const grantTypes = storedTypes.length ? storedTypes : standardGrantTypes;
  const reports: ImportedReport[] = [];
  const tables: RawTable[] = [];
  const summaries: FileSummary[] = [];
  const budget = uploadBudget();
  for (const { name, bytes } of files) {
    if (isZip(bytes)) {
      const sheets = await readWorkbook(name, bytes, budget, problems);
      tables.push(...sheets);
      summaries.push({ file: name, format: "xlsx", tables: sheets.map((t) => t.name) });
      continue;
    }
    const decoded = decodeText(name, bytes, problems);
    if (!decoded) {
      summaries.push({ file: name, format: "unknown" });
      continue;
    }
    if (isFormText(decoded.text)) {
      const options = {
        file: name,
        defaults,
        problems,
        convert,
        effectLabels: effects.map((e) => e.label),
        grantTypeNames: grantTypes.map((g) => g.name),
      };
      reports.push(...parseFormText(decoded.text, options));
      summaries.push({ file: name, format: "form-text", encoding: decoded.encoding });
      continue;
    }
    const table = readCsvTable(name, decoded.text, problems);
    if (table) tables.push(table);
    summaries.push({
      file: name,
      format: table ? "csv" : "unknown",
      encoding: decoded.encoding,
      tables: table ? [table.name] : [],
    });
  }
  if (tables.length > 0) reports.push(...tablesToReports(tables, problems, convert));
  if (files.length === 0)
    problems.error({ file: "-" }, "NO_FILE", "ファイルがありません", "no file was given");
  return { reports, summaries };
}

export async function importFiles(
  prisma: PrismaClient,
  files: ImportFile[],
  options: { defaults?: ImportDefaults; actor: Actor; apply: boolean; archive?: boolean },
): Promise<FileImportResult> {
  const problems = new Problems();
  const { reports, summaries } = await readImportFiles(
    prisma,
    files,
    options.defaults ?? {},
    problems,
  );
  const result = await applyImport(prisma, reports, problems, {
    actor: options.actor,
    apply: options.apply,
    archive: options.archive,
  });
  return { ...result, files: summaries };
}
