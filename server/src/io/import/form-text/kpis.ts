/** ⑤⑥ of a report block: KPI rows "指標① name 基準値 目標値 単位 目標年月 最新値 事業効果". */
import { parseKpiLatest, parseKpiNumber, parseMonth } from "../../../rules";
import type { ImportedKpi } from "../import-model";
import { splitLatestCell } from "./cells";
import type { Row } from "./form-document";
import type { FormContext } from "./parse-report";
import { isHeading, joinWrappedRows, unclearWrap } from "./wrapped-cells";

const SLOTS = "①②③④⑤⑥⑦⑧⑨";
const isSlot = (row: Row) => /^指標[①-⑨]$/.test(row.cells[0]!.trim());

/**
 * The KPI rows up to ⑦, a long cell's further lines (slot column empty) joined. A line that
 * starts no KPI row there is a continuation that cannot be placed: refused with its line.
 */
export function kpiRows(ctx: FormContext, rows: Row[], report: number): Row[] {
  const at = rows.findIndex(isSlot);
  if (at < 0) return [];
  const end = rows.findIndex((row, i) => i > at && isHeading(row));
  const joined = joinWrappedRows(rows.slice(at, end < 0 ? rows.length : end), 0);
  for (const row of joined.filter((r) => !isSlot(r))) unclearWrap(ctx, row, report, "⑤ 指標");
  return joined.filter(isSlot);
}

export function readKpi(ctx: FormContext, row: Row, number: number): ImportedKpi | null {
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
