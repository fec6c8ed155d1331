import { Field, ID, Int, ObjectType } from "type-graphql";
import { CategoryKind } from "../../common/enums";

/** An entry of an editable scale (事業効果, 事業の評価, 今後の方針). */
@ObjectType()
export class Category {
  @Field(() => ID)
  id!: number;

  @Field(() => CategoryKind)
  kind!: CategoryKind;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => Int, { description: "1 = most positive" })
  rank!: number;

  @Field()
  isActive!: boolean;
}
