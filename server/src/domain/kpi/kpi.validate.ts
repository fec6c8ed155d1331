import { badInput } from "../../common/errors";
import type { KpiDirection } from "../../common/enums";
import { intInRange, required, text } from "../../common/validate";
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "../fiscal-year/fiscal-year.args";
import type { KpiCreateInput, KpiUpdateInput } from "./kpi.input";

export interface KpiData {
  position?: number;
  name?: string;
  baseline?: string | null;
  target?: string;
  unit?: string;
  targetYear?: number | null;
  targetMonth?: number | null;
  direction?: KpiDirection;
}

/** The column is NUMERIC(20, 4): more digits would be rounded or rejected by the database. */
function decimal(value: string, field: string): string {
  const [whole = "", fraction = ""] = value.replace(/^-/, "").split(".");
  if (whole.length > 16 || fraction.length > 4) {
    throw badInput(
      [field],
      `${value} は整数部16桁・小数部4桁までです`,
      `${value} must have at most 16 integer and 4 decimal digits`,
    );
  }
  return value;
}

/** Field checks that need no database; undefined means "unchanged". */
export function validKpi(input: KpiCreateInput | KpiUpdateInput): KpiData {
  const data: KpiData = {};
  const position = required(input.position, ["position"], "KPI番号");
  if (position !== undefined) data.position = intInRange(position, ["position"], 1, 20, "KPI番号");
  const name = required(input.name, ["name"], "KPI名");
  if (name !== undefined) data.name = text(name, ["name"], 1, 300, "KPI名");
  if (input.baseline !== undefined) {
    data.baseline = input.baseline === null ? null : decimal(input.baseline, "baseline");
  }
  const target = required(input.target, ["target"], "目標値");
  if (target !== undefined) data.target = decimal(target, "target");
  const unit = required(input.unit, ["unit"], "単位");
  if (unit !== undefined) data.unit = text(unit, ["unit"], 1, 30, "単位");
  const direction = required(input.direction, ["direction"], "方向");
  if (direction !== undefined) data.direction = direction;
  if (input.targetYear !== undefined || input.targetMonth !== undefined) {
    const year = input.targetYear ?? null;
    const month = input.targetMonth ?? null;
    if ((year === null) !== (month === null)) {
      throw badInput(
        [year === null ? "targetYear" : "targetMonth"],
        "目標年月は年と月の両方を指定するか、両方とも空にしてください",
        "give both targetYear and targetMonth, or neither",
      );
    }
    if (year !== null) intInRange(year, ["targetYear"], MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, "目標年");
    if (month !== null) intInRange(month, ["targetMonth"], 1, 12, "目標月");
    data.targetYear = year;
    data.targetMonth = month;
  }
  return data;
}
