import { Field, ID, Int, ObjectType } from "type-graphql";
import { KpiDefinition } from "./kpi-definition.type";

/** ⑤ A KPI definition of a project. Reports state their own copy (ReportKpi). */
@ObjectType()
export class Kpi extends KpiDefinition {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  projectId!: number;

  targetYear!: number | null;
  targetMonth!: number | null;
}
