/** One report block of the source form (see form-document.ts) read into an ImportedReport. */
import {
  type MoneyUnit,
  parseAmount,
  parseFiscalYear,
  parseKpiLatest,
  parseKpiNumber,
  parseMonth,
  parsePlanPeriod,
} from "../../../rules";
import { NO_STATED_TOTALS } from "../../content/report-content";
import type { Convert, Place } from "../convert";
import type { ImportDefaults, ImportedKpi, ImportedProgram, ImportedReport } from "../import-model";
import type { Origin, Problems } from "../problems";
import {
  actualsMonthOf,
  filled,
  kpiNoteOf,
  splitAmountCell,
  splitCategoryCell,
  splitLatestCell,
  splitProgramName,
  splitProjectName,
  textOrNull,
} from "./cells";
import { type Row, head, squeezed, statedFiscalYear, statedUnit } from "./form-document";

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

const SLOTS = "①②③④⑤⑥⑦⑧⑨";
const missing = (ctx: FormContext, origin: Origin, report: number, ja: string, en: string) =>
  ctx.problems.error(origin, "MISSING_SECTION", `${ja}がありません`, `${en} is missing`, {
    report,
  });

function amounts(
  ctx: FormContext,
  place: Place,
  cell: string | undefined,
  unit: MoneyUnit,
  required: boolean,
) {
  const { amount, grant } = splitAmountCell(cell ?? "");
  if (amount === "") {
    if (required) {
      ctx.problems.error(
        place.origin,
        "MISSING_AMOUNT",
        "金額がありません",
        "the amount is missing",
        {
          report: place.report,
          where: place.where,
        },
      );
    }
    return { amount: required ? 0 : null, grant: null };
  }
  const yen = (text: string) => ctx.convert(place, () => parseAmount(text, unit), 0);
  return { amount: yen(amount), grant: grant === null ? null : yen(grant) };
}

function readPrograms(ctx: FormContext, rows: Row[], at: number, number: number, unit: MoneyUnit) {
  const header = rows[at]!.cells.map(squeezed);
  const column = (test: (cell: string) => boolean) => header.findIndex(test);
  const cols = {
    name: column((c) => c === "事業名"),
    summary: column((c) => c === "概要"),
    results: column((c) => c.startsWith("主な事業実績")),
    budget: column((c) => c.startsWith("予算額")),
    actual: column((c) => c.startsWith("実績額")),
  };
  const totalAt = rows.findIndex((row, i) => i > at && squeezed(head(row)).startsWith("合計"));
  const end = totalAt < 0 ? rows.length : totalAt;
  const programs: ImportedProgram[] = [];
  for (const row of rows.slice(at + 1, end)) {
    if (filled(row.cells).length === 0) continue;
    if (/^[⑤⑥⑦⑧]/.test(head(row))) break;
    const origin = { file: ctx.file, line: row.line };
    const position = programs.length + 1;
    const { name, isNew, isPartial } = splitProgramName(row.cells[cols.name] ?? "");
    const where = `事業 ${position} ${name}`;
    if (name === "" || cols.budget < 0) {
      ctx.problems.error(
        origin,
        "BROKEN_ROW",
        "事業の行を読み取れません (列が足りません)",
        "cannot read the program row (columns missing)",
        { report: number, where },
      );
      continue;
    }
    const budget = amounts(
      ctx,
      { origin, report: number, where: `${where} 予算額/budget` },
      row.cells[cols.budget],
      unit,
      true,
    );
    const actual = amounts(
      ctx,
      { origin, report: number, where: `${where} 実績額/actual` },
      row.cells[cols.actual],
      unit,
      false,
    );
    programs.push({
      origin,
      position,
      name,
      isNew,
      isPartial,
      summary: textOrNull(row.cells[cols.summary]),
      mainResults: textOrNull(row.cells[cols.results]),
      budget: budget.amount ?? 0,
      expectedGrant: budget.grant ?? 0,
      actual: actual.amount,
      actualGrant: actual.grant,
    });
  }
  const totalRow = rows[totalAt];
  const stated = { ...NO_STATED_TOTALS };
  if (totalRow) {
    const place = (field: string) => ({
      origin: { file: ctx.file, line: totalRow.line },
      report: number,
      where: `合計 ${field}`,
    });
    const budget = amounts(
      ctx,
      place("予算額/total budget"),
      totalRow.cells[cols.budget],
      unit,
      false,
    );
    const actual = amounts(
      ctx,
      place("実績額/total actual"),
      totalRow.cells[cols.actual],
      unit,
      false,
    );
    Object.assign(stated, {
      budget: budget.amount,
      expectedGrant: budget.grant,
      actual: actual.amount,
      actualGrant: actual.grant,
    });
  }
  return { programs, stated, actualsCell: rows[at]!.cells[cols.actual] ?? "" };
}

function readKpi(ctx: FormContext, row: Row, number: number): ImportedKpi | null {
  const [slot, name, baseline, target, unit, targetMonth, latest] = row.cells.map((c) => c.trim());
  if (!name) return null;
  const position = SLOTS.indexOf(slot!.slice(-1)) + 1;
  const origin = { file: ctx.file, line: row.line };
  const place = (field: string) => ({ origin, report: number, where: `KPI ${position} ${field}` });
  const split = splitLatestCell(latest ?? "");
  const value = ctx.convert(place("最新値/latest"), () => parseKpiLatest(split.value), {
    value: null,
    notMeasured: false,
  });
  const month = (field: string, text: string | null | undefined) =>
    text ? ctx.convert(place(field), () => parseMonth(text), null) : null;
  return {
    origin,
    position,
    name,
    baseline: baseline
      ? ctx.convert(place("基準値/baseline"), () => parseKpiNumber(baseline), null)
      : null,
    target: ctx.convert(place("目標値/target"), () => parseKpiNumber(target ?? ""), "0"),
    unit: unit ?? "",
    targetMonth: month("目標年月/target month", targetMonth),
    direction: "INCREASE",
    ...value,
    asOf: month("最新値の時点/as-of", split.asOf),
    isReference: split.isReference,
  };
}

/** The two cells of the row after a heading row ("事業の評価", "今後の方針"). */
function pairAfter(rows: Row[], heading: string): { row: Row; cells: string[] } | null {
  const at = rows.findIndex((row) => head(row) === heading);
  const row = at < 0 ? undefined : rows.slice(at + 1).find((r) => filled(r.cells).length > 0);
  return row ? { row, cells: filled(row.cells) } : null;
}

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
  const overviewAt = rows.findIndex((row) => head(row).startsWith("③"));
  const overviewRow =
    overviewAt < 0 ? undefined : rows.slice(overviewAt + 1).find((r) => filled(r.cells).length > 0);
  const overview =
    overviewRow && !/^[④⑤]/.test(head(overviewRow))
      ? textOrNull(overviewRow.cells.find((c) => c.trim() !== ""))
      : null;

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

  const kpiRows = rows.filter((row) => /^指標[①-⑨]$/.test((row.cells[0] ?? "").trim()));
  const kpis = kpiRows
    .map((row) => readKpi(ctx, row, number))
    .filter((k): k is ImportedKpi => k !== null);
  const noteCell = rows
    .flatMap((row) => row.cells)
    .find((cell) => cell.trim().startsWith("指標名"));
  const effect = splitCategoryCell(kpiRows[0]?.cells[7] ?? "", ctx.effectLabels);

  const evaluation = pairAfter(rows, "事業の評価");
  const policy = pairAfter(rows, "今後の方針");
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
    overview,
    department: null,
    contact: null,
    actualsAsOf,
    stated,
    projectActual,
    programs,
    kpis,
    effect,
    evaluation: { category: evaluation?.cells[0] ?? null, opinion: evaluation?.cells[1] ?? null },
    policy: { category: policy?.cells[0] ?? null, reason: policy?.cells[1] ?? null },
    status: "PUBLISHED",
    revision: 1,
    publishedAt: null,
    source: ctx.source,
  };
}
