import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType()
export class GrantType {
  @Field(() => ID)
  id!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: "KPIs allowed per project" })
  kpiLimit!: number;

  @Field(() => Int)
  position!: number;
}
