import { Field, ID, Int, ObjectType } from "type-graphql";
import { KpiDirection } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

/** ⑤ A KPI definition of a project. */
@ObjectType()
export class Kpi {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  projectId!: number;

  @Field(() => Int, { description: "①, ②, … on the form" })
  position!: number;

  @Field()
  name!: string;

  @Field(() => DecimalScalar, { nullable: true })
  baseline!: unknown;

  @Field(() => DecimalScalar)
  target!: unknown;

  @Field()
  unit!: string;

  targetYear!: number | null;
  targetMonth!: number | null;

  @Field(() => KpiDirection)
  direction!: KpiDirection;
}
