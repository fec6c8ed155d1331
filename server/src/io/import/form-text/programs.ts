/** ④ of a report block: the budget programs and the 合計 row, or a project-level actual. */
import { type MoneyUnit, parseAmount } from "../../../rules";
import { NO_STATED_TOTALS } from "../../content/report-content";
import type { Place } from "../convert";
import type { ImportedProgram } from "../import-model";
import { splitAmountCell, splitProgramName, textOrNull } from "./cells";
import { type Row, head, squeezed } from "./form-document";
import type { FormContext } from "./parse-report";
import { isHeading, joinWrappedRows } from "./wrapped-cells";

/** "36,264 (18,132)" → yen of the amount and of its grant share, through the rules. */
export function amounts(
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

export function readPrograms(
  ctx: FormContext,
  rows: Row[],
  at: number,
  number: number,
  unit: MoneyUnit,
) {
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
  const headingAt = rows.findIndex((row, i) => i > at && isHeading(row));
  const ends = [totalAt, headingAt, rows.length].filter((i) => i >= 0);
  const programs: ImportedProgram[] = [];
  // A long cell goes on in its column on the next lines, with the name column empty.
  for (const row of joinWrappedRows(rows.slice(at + 1, Math.min(...ends)), cols.name)) {
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
