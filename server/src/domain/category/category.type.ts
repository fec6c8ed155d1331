import { Field, ID, Int, ObjectType } from "type-graphql";
import { CategoryKind } from "../../common/enums";
import { categoryText } from "../../rules";

/** An entry of an editable scale (事業効果, 事業の評価, 今後の方針). */
@ObjectType()
export class Category {
  @Field(() => ID)
  id!: number;

  @Field(() => CategoryKind)
  kind!: CategoryKind;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: "The text in parentheses on the form" })
  explanation!: string | null;

  @Field(() => Int, { description: "Position on the scale, 1 = most positive" })
  rank!: number;

  @Field({ description: "Offered for new entries; used entries are deactivated, not deleted" })
  isActive!: boolean;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;

  @Field({ description: 'As the form writes it: "label (explanation)"' })
  text(): string {
    return categoryText(this);
  }
}
