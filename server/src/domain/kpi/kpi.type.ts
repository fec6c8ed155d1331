import { Field, ID, Int, ObjectType } from "type-graphql";
import { Project } from "../project/project.type";
import { KpiDefinition } from "./kpi-definition.type";

/**
 * ⑤ A KPI definition of a project. Reports state their own copy (ReportKpi). targetMonth
 * and its labels are field resolvers (kpi.resolver.ts) over the year and month columns.
 */
@ObjectType()
export class Kpi extends KpiDefinition {
  @Field(() => ID)
  id!: number;

  @Field(() => Project, { nullable: true })
  project?: Project | null;

  @Field(() => ID)
  projectId!: number;

  @Field({ description: "No longer reported; approved and published reports keep it" })
  isRetired!: boolean;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;

  targetYear!: number | null;
  targetMonth!: number | null;
}
