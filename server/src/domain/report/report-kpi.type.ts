import { Field, Float, Int, ObjectType } from "type-graphql";
import { YearMonth } from "../../common/year-month.type";
import { KpiDefinition } from "../kpi/kpi-definition.type";
import { KpiValue } from "../kpi/kpi-value.type";

/** ⑤+⑥ of a report: one KPI as this report states it, with its latest value. */
@ObjectType()
export class ReportKpi extends KpiDefinition {
  @Field(() => Int, {
    nullable: true,
    description: "The project's KPI; null once that definition was deleted",
  })
  kpiId!: number | null;

  @Field(() => YearMonth, { nullable: true, description: '目標値の時点, e.g. "R4.3"' })
  targetMonth!: YearMonth | null;

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
