import { Field, ID, Int, ObjectType } from "type-graphql";

/** ⑧ 今後の方針 and its reason. */
@ObjectType()
export class FuturePolicy {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  reportId!: number;

  @Field(() => Int, { nullable: true })
  categoryId!: number | null;

  @Field(() => String, { nullable: true, description: "今後の方針 as written" })
  categoryText!: string | null;

  @Field(() => String, { nullable: true, description: "今後の方針の理由" })
  reason!: string | null;
}
