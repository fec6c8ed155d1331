import { Field, ID, Int, ObjectType } from "type-graphql";

/** 交付金の種類, e.g. 地方創生推進交付金; each form generation has its own KPI slots. */
@ObjectType()
export class GrantType {
  @Field(() => ID)
  id!: number;

  @Field({ description: 'Short key, e.g. "SUISHIN"' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: "KPIs allowed per project" })
  kpiLimit!: number;

  @Field(() => Int, { description: "Order in lists" })
  position!: number;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;
}
