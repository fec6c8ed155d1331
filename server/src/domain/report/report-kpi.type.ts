import { Field, Float, ObjectType } from "type-graphql";
import { KpiValue } from "../kpi/kpi-value.type";
import { Kpi } from "../kpi/kpi.type";

/** ⑤+⑥ of a report: one KPI of the project with its latest value in this report. */
@ObjectType()
export class ReportKpi {
  @Field(() => Kpi)
  kpi!: Kpi;

  @Field(() => KpiValue, { nullable: true, description: "null when no value was recorded" })
  value!: KpiValue | null;

  @Field(() => Float, {
    nullable: true,
    description: "(latest − baseline) / (target − baseline), not clamped; null without figures",
  })
  progress!: number | null;

  @Field(() => Boolean, { nullable: true, description: "null when there is no latest value" })
  achieved!: boolean | null;
}
