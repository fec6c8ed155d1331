import { Field, ID, Int, ObjectType } from "type-graphql";

/** ⑦ 外部有識者からの評価 */
@ObjectType()
export class Evaluation {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  reportId!: number;

  @Field(() => Int, { nullable: true })
  categoryId!: number | null;

  @Field(() => String, { nullable: true, description: "事業の評価 as written" })
  categoryText!: string | null;

  @Field(() => String, { nullable: true, description: "外部有識者からの意見" })
  opinion!: string | null;
}
