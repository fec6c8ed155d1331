import { Field, Float, Int, ObjectType } from "type-graphql";

/** The KPI figures of one fiscal year that the national government publishes. */
@ObjectType()
export class FiscalYearSummary {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'e.g. "R2年度"' })
  label!: string;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int, { description: "All KPIs of the reports, with or without a latest value" })
  kpiCount!: number;

  @Field(() => Int)
  achievedKpiCount!: number;

  @Field(() => Int, { description: "Reports with at least one achieved KPI" })
  reportsWithAchievedKpi!: number;

  @Field(() => Float, { nullable: true, description: "achievedKpiCount / kpiCount" })
  achievedKpiShare!: number | null;

  @Field(() => Float, { nullable: true, description: "reportsWithAchievedKpi / reportCount" })
  reportsWithAchievedKpiShare!: number | null;
}
