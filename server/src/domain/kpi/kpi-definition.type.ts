import { Field, Int, ObjectType } from "type-graphql";
import { KpiDirection } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

/** ⑤ The fields of a KPI definition, shared by the project's KPI and a report's copy of it. */
@ObjectType()
export abstract class KpiDefinition {
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

  @Field(() => KpiDirection)
  direction!: KpiDirection;
}
