import { Field, ID, ObjectType } from "type-graphql";

@ObjectType()
export class Municipality {
  @Field(() => ID)
  id!: number;

  @Field({ description: "全国地方公共団体コード (6 digits)" })
  code!: string;

  @Field()
  name!: string;

  @Field()
  prefecture!: string;
}
