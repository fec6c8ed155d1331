import { Field, ID, ObjectType } from "type-graphql";
import { Category } from "../category/category.type";

/** ⑦ 外部有識者からの評価 */
@ObjectType()
export class Evaluation {
  @Field(() => ID)
  id!: number;

  @Field(() => ID)
  reportId!: number;

  @Field(() => Category, { nullable: true, description: "The list entry chosen, if any" })
  category?: Category | null;

  @Field(() => ID, { nullable: true })
  categoryId!: number | null;

  @Field(() => String, { nullable: true, description: "事業の評価 as written" })
  categoryText!: string | null;

  @Field(() => String, { nullable: true, description: "外部有識者からの意見" })
  opinion!: string | null;
}
