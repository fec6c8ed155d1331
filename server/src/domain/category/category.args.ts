import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { CategoryKind } from "../../common/enums";

@InputType({ description: "Filter of allCategories / _allCategoriesMeta" })
export class CategoryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[];

  @Field(() => CategoryKind, { nullable: true })
  kind?: CategoryKind;

  @Field({ nullable: true })
  isActive?: boolean;
}

@ArgsType()
export class CategoryCreateInput {
  @Field(() => CategoryKind)
  kind!: CategoryKind;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: "The text in parentheses on the form" })
  explanation?: string | null;

  @Field(() => Int, { description: "Position on the scale, 1 = most positive" })
  rank!: number;

  @Field({ nullable: true, description: "Default true" })
  isActive?: boolean;
}

@ArgsType()
export class CategoryUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CategoryKind, { nullable: true })
  kind?: CategoryKind | null;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  explanation?: string | null;

  @Field(() => Int, { nullable: true })
  rank?: number | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}
