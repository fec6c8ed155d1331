import { Field, Float, ID, ObjectType } from "type-graphql";
import { MonthScalar } from "../../common/scalars";
import { type YearMonth, formatMonth } from "../../rules";
import { KpiDefinition } from "../kpi/kpi-definition.type";
import { KpiValue } from "../kpi/kpi-value.type";

/** ⑤+⑥ of a report: one KPI as this report states it, with its latest value. */
@ObjectType()
export class ReportKpi extends KpiDefinition {
  @Field(() => ID, {
    nullable: true,
    description: "The project's KPI; null once that definition was deleted",
  })
  kpiId!: number | null;

  @Field(() => MonthScalar, { nullable: true, description: '目標年月, "2023-03"' })
  targetMonth!: YearMonth | null;

  @Field(() => String, { nullable: true, description: '目標年月 in wareki, "R5.3"' })
  targetMonthLabel(): string | null {
    return this.targetMonth && formatMonth(this.targetMonth);
  }

  @Field(() => String, { nullable: true, description: '目標年月, "令和5年3月"' })
  targetMonthLabelLong(): string | null {
    return this.targetMonth && formatMonth(this.targetMonth, "long");
  }

  @Field(() => KpiValue, { description: "⑥ 最新値; its fields are null until entered" })
  value!: KpiValue;

  @Field(() => Float, {
    nullable: true,
    description: "(latest − baseline) / (target − baseline), not clamped; null without figures",
  })
  progress!: number | null;

  @Field(() => Boolean, { nullable: true, description: "null when there is no latest value" })
  achieved!: boolean | null;
}
