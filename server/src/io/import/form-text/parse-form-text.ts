/** The source form's tab-separated text → ImportedReports (one per "No" block). */
import { parseFiscalYear } from "../../../rules";
import type { Convert } from "../convert";
import type { ImportDefaults, ImportedReport } from "../import-model";
import type { Problems } from "../problems";
import { splitDocument, statedFiscalYear, statedGrantType, statedUnit } from "./form-document";
import { parseReportBlock } from "./parse-report";

export interface FormTextOptions {
  file: string;
  defaults: ImportDefaults;
  effectLabels: readonly string[];
  grantTypeNames: readonly string[];
  problems: Problems;
  convert: Convert;
}

/** Whether the text looks like the source form: a "No" row followed by ①. */
export function isFormText(text: string): boolean {
  return /^No\t[^\n]*①/m.test(text);
}

export function parseFormText(text: string, options: FormTextOptions): ImportedReport[] {
  const { file, defaults, problems } = options;
  const document = splitDocument(text);
  const source = file.split(/[\\/]/).pop() ?? file;
  const fyText = statedFiscalYear(document.preamble, true);
  const doc = {
    unit: statedUnit(document.preamble),
    fiscalYear: fyText,
    grantType: statedGrantType(
      [...document.preamble, ...document.blocks.flat()],
      options.grantTypeNames,
    ),
  };
  if (fyText)
    options.convert(
      { origin: { file }, where: "年度/fiscal year" },
      () => parseFiscalYear(fyText),
      0,
    );
  if (!doc.grantType && !defaults.grantType) {
    problems.error(
      { file },
      "MISSING_GRANT_TYPE",
      "交付金の種類の記載がありません (交付金の種類を指定してください)",
      "the form does not name its grant type (give one)",
    );
  }
  if (!defaults.municipality) {
    problems.error(
      { file },
      "MISSING_MUNICIPALITY",
      "様式には団体の記載がありません (団体コードを指定してください)",
      "the form does not name its municipality (give its code)",
    );
  }
  if (document.blocks.length === 0) {
    problems.error(
      { file, line: 1 },
      "NOT_A_FORM",
      "報告 (「No」で始まる行) が見つかりません",
      'no report (a row starting with "No") was found',
    );
  }
  const ctx = {
    file,
    source,
    defaults,
    effectLabels: options.effectLabels,
    problems,
    convert: options.convert,
  };
  return document.blocks
    .map((rows) => parseReportBlock(ctx, doc, rows))
    .filter((r): r is ImportedReport => r !== null);
}
