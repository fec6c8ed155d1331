import { Field, ID, ObjectType } from "type-graphql";
import { Category } from "../category/category.type";

/** ⑧ 実績値を踏まえた事業の今後について */
@ObjectType()
export class FuturePolicy {
  @Field(() => ID)
  id!: number;

  @Field(() => ID)
  reportId!: number;

  @Field(() => Category, { nullable: true, description: "The list entry chosen, if any" })
  category?: Category | null;

  @Field(() => ID, { nullable: true })
  categoryId!: number | null;

  @Field(() => String, { nullable: true, description: "今後の方針 as written" })
  categoryText!: string | null;

  @Field(() => String, { nullable: true, description: "今後の方針の理由" })
  reason!: string | null;
}
