import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { CategoryKind } from "../../common/enums";

@InputType({ description: "Filter of allCategories / _allCategoriesMeta" })
export class CategoryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the label or explanation" })
  q?: string | null;

  @Field(() => [CategoryKind], { nullable: true })
  kind?: CategoryKind[] | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}

@ArgsType()
export class CreateCategoryArgs {
  @Field(() => CategoryKind)
  kind!: CategoryKind;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: "The text in parentheses on the form" })
  explanation?: string | null;

  @Field(() => Int, { description: "Position on the scale, 1 = most positive" })
  rank!: number;

  @Field(() => Boolean, { nullable: true, description: "Default true" })
  isActive?: boolean | null;
}

@ArgsType()
export class UpdateCategoryArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

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
