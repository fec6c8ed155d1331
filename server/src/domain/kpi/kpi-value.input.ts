import { Field, InputType, Int } from "type-graphql";
import { badInput } from "../../common/errors";
import { DecimalScalar } from "../../common/scalars";
import { checkYearMonth } from "../report/report-validation";

/** ⑥ 最新値 of one KPI as saveReportKpiValues receives it; replaces what was stored. */
@InputType()
export class KpiValueInput {
  @Field(() => Int, { description: "A KPI of the report's project" })
  kpiId!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact decimal, e.g. "682.3"' })
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The form says "-"; excludes value' })
  notMeasured?: boolean | null;

  @Field(() => Int, { nullable: true })
  asOfYear?: number | null;

  @Field(() => Int, { nullable: true })
  asOfMonth?: number | null;

  @Field(() => Boolean, { nullable: true, description: "【参考値】" })
  isReference?: boolean | null;
}

/** The database column is DECIMAL(20, 4): more digits would be rounded or rejected. */
const DIGITS = { integer: 16, fraction: 4 } as const;

function checkDecimal(field: (string | number)[], value: string): void {
  const [whole = "", fraction = ""] = value.replace(/^-/, "").split(".");
  if (whole.replace(/^0+(?=\d)/, "").length > DIGITS.integer || fraction.length > DIGITS.fraction) {
    throw badInput(
      field,
      `値は整数部${DIGITS.integer}桁・小数部${DIGITS.fraction}桁までです`,
      `value allows at most ${DIGITS.integer} integer and ${DIGITS.fraction} decimal digits`,
    );
  }
}

/** Checks that need no database; the field path names the row: ["values", i, field]. */
export function checkKpiValues(values: KpiValueInput[]): void {
  const seen = new Set<number>();
  values.forEach((v, i) => {
    const at = (field: string) => ["values", i, field];
    if (seen.has(v.kpiId)) {
      throw badInput(
        at("kpiId"),
        `KPI (id ${v.kpiId}) が重複しています`,
        `KPI ${v.kpiId} is given twice`,
      );
    }
    seen.add(v.kpiId);
    if (v.value != null && v.notMeasured) {
      throw badInput(
        at("notMeasured"),
        "値と「-」(未計測) は同時に指定できません",
        "a value and notMeasured exclude each other",
      );
    }
    if (v.value != null) checkDecimal(at("value"), v.value);
    checkYearMonth(["values", i], ["asOfYear", "asOfMonth"], v.asOfYear, v.asOfMonth);
  });
}

/** The stored fields of one value: everything given, absent flags false, absent parts null. */
export function kpiValueData(v: KpiValueInput) {
  return {
    value: v.value ?? null,
    notMeasured: v.notMeasured ?? false,
    asOfYear: v.asOfYear ?? null,
    asOfMonth: v.asOfMonth ?? null,
    isReference: v.isReference ?? false,
  };
}
