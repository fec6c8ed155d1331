/** One report block of the source form (see form-document.ts) read into an ImportedReport. */
import { type MoneyUnit, parseFiscalYear, parseMonth, parsePlanPeriod } from "../../../rules";
import { emptyFieldContent } from "../../../domain/report/report-field-registry";
import { NO_STATED_TOTALS } from "../../content/report-content";
import type { Convert, Place } from "../convert";
import type { ImportDefaults, ImportedKpi, ImportedProgram, ImportedReport } from "../import-model";
import type { Origin, Problems } from "../problems";
import { actualsMonthOf, filled, kpiNoteOf, splitCategoryCell, splitProjectName } from "./cells";
import { type Row, head, squeezed, statedFiscalYear, statedUnit } from "./form-document";
import { kpiRows, readKpi } from "./kpis";
import { amounts, readPrograms } from "./programs";
import { rowAfterLabel, wrappedText } from "./wrapped-cells";

export interface FormContext {
  file: string;
  source: string;
  defaults: ImportDefaults;
  /** Labels of the effect list, to tell the category from its explanation in ⑥. */
  effectLabels: readonly string[];
  problems: Problems;
  convert: Convert;
}

/** What the document states once, for every report in it. */
export interface DocumentFacts {
  unit: MoneyUnit | null;
  fiscalYear: string | null;
  grantType: string | null;
}

const missing = (ctx: FormContext, origin: Origin, report: number, ja: string, en: string) =>
  ctx.problems.error(origin, "MISSING_SECTION", `${ja}がありません`, `${en} is missing`, {
    report,
  });

export function parseReportBlock(
  ctx: FormContext,
  doc: DocumentFacts,
  rows: Row[],
): ImportedReport | null {
  const headRow = rows.slice(1).find((row) => filled(row.cells).length > 0);
  const origin = { file: ctx.file, line: (headRow ?? rows[0]!).line };
  const [numberText = "", nameCell = "", planCell] = headRow ? filled(headRow.cells) : [];
  const number = Number(numberText.normalize("NFKC"));
  if (!Number.isSafeInteger(number) || number < 1 || nameCell === "") {
    ctx.problems.error(
      origin,
      "BROKEN_ROW",
      "報告の No と事業名を読み取れません",
      "cannot read the report's No and project name",
    );
    return null;
  }
  const place = (where: string): Place => ({ origin, report: number, where });
  const { name, note } = splitProjectName(nameCell);
  const plan = planCell
    ? ctx.convert(place("実施計画期間/plan period"), () => parsePlanPeriod(planCell), null)
    : null;

  let unit = statedUnit(rows) ?? doc.unit ?? ctx.defaults.moneyUnit ?? null;
  if (!unit) {
    unit = "THOUSAND_YEN";
    ctx.problems.warning(
      origin,
      "UNIT_ASSUMED",
      "金額の単位の記載がないため千円とみなします",
      "no unit is stated; amounts are read as 千円 (thousand yen)",
      { report: number },
    );
  }
  const fyText = statedFiscalYear(rows, false) ?? doc.fiscalYear;
  let fiscalYear = ctx.defaults.fiscalYear ?? 0;
  if (fyText) fiscalYear = ctx.convert(place("年度/fiscal year"), () => parseFiscalYear(fyText), 0);
  else if (!fiscalYear) {
    ctx.problems.error(
      origin,
      "MISSING_FISCAL_YEAR",
      "年度の記載がありません (年度を指定してください)",
      "the form states no fiscal year (give one)",
      { report: number },
    );
  }
  const overview = wrappedText(ctx, rows, "③", number);

  const programsAt = rows.findIndex((row) => squeezed(head(row)) === "事業名");
  let programs: ImportedProgram[] = [];
  let stated = { ...NO_STATED_TOTALS };
  let projectActual: number | null = null;
  let actualsCell = "";
  if (programsAt >= 0) {
    ({ programs, stated, actualsCell } = readPrograms(ctx, rows, programsAt, number, unit));
  } else {
    const actualRow = rows.find(
      (row) => squeezed(head(row)).startsWith("実績額") && filled(row.cells).length > 1,
    );
    if (!actualRow)
      missing(
        ctx,
        origin,
        number,
        "④ 予算事業または実績額",
        "④ (budget programs or the actual amount)",
      );
    else {
      actualsCell = head(actualRow);
      const rowPlace = {
        origin: { file: ctx.file, line: actualRow.line },
        report: number,
        where: "事業実績額/project actual",
      };
      projectActual = amounts(ctx, rowPlace, filled(actualRow.cells)[1], unit, true).amount;
    }
  }
  const asOfText = actualsMonthOf(actualsCell);
  const actualsAsOf = asOfText
    ? ctx.convert(place("実績時点/actuals month"), () => parseMonth(asOfText), null)
    : null;

  const slotRows = kpiRows(ctx, rows, number);
  const kpis = slotRows
    .map((row) => readKpi(ctx, row, number))
    .filter((k): k is ImportedKpi => k !== null);
  const noteCell = rows
    .flatMap((row) => row.cells)
    .find((cell) => cell.trim().startsWith("指標名"));
  const effect = splitCategoryCell(slotRows[0]?.cells[7] ?? "", ctx.effectLabels);

  const evaluation = rowAfterLabel(ctx, rows, "事業の評価", number);
  const policy = rowAfterLabel(ctx, rows, "今後の方針", number);
  if (!evaluation)
    missing(ctx, origin, number, "⑦ 外部有識者からの評価", "⑦ (external evaluation)");
  if (!policy) missing(ctx, origin, number, "⑧ 今後の方針", "⑧ (future policy)");
  return {
    origin,
    municipality: {
      code: ctx.defaults.municipality?.code ?? "",
      name: ctx.defaults.municipality?.name ?? null,
      prefecture: ctx.defaults.municipality?.prefecture ?? null,
    },
    fiscalYear,
    grantType: doc.grantType ?? ctx.defaults.grantType ?? "",
    moneyUnit: unit,
    number,
    projectName: name,
    jointApplicationNote: note,
    plan: plan && { firstYear: plan.firstYear, lastYear: plan.lastYear },
    statedYearOfPlan: plan?.statedYearOfPlan ?? null,
    kpiNameNote: noteCell ? kpiNoteOf(noteCell) : null,
    // The form's text has only these of the registry's fields (its header block aside).
    ...emptyFieldContent(),
    overview,
    actualsAsOf,
    stated,
    projectActual,
    programs,
    kpis,
    effect,
    evaluation: { category: evaluation?.cells[0] ?? null, opinion: evaluation?.cells[1] ?? null },
    policy: { category: policy?.cells[0] ?? null, reason: policy?.cells[1] ?? null },
    // The form states no status: an import creates drafts (content, never state).
    status: "DRAFT",
    revision: 1,
    publishedAt: null,
    source: ctx.source,
  };
}
