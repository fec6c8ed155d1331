import { Field, ID, Int, ObjectType } from "type-graphql";

/** A city, town or village that reports on its grant projects. */
@ObjectType()
export class Municipality {
  @Field(() => ID)
  id!: number;

  @Field({ description: "全国地方公共団体コード (6 digits with the check digit)" })
  code!: string;

  @Field()
  name!: string;

  @Field()
  prefecture!: string;

  @Field({
    description:
      "The four-eyes rule relaxed for a very small town: who submitted or edited a report may approve it (recorded)",
  })
  allowSelfApproval!: boolean;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;
}
