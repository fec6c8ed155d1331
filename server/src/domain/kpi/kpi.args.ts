import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Filter of allKpis / _allKpisMeta" })
export class KpiFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[];

  @Field(() => ID, { nullable: true })
  projectId?: string | number;
}
