import { Field, ID, ObjectType } from "type-graphql";
import { Category } from "../category/category.type";
import { EVALUATION_PART, FUTURE_POLICY_PART, type ReportPartDefinition } from "./report-part";

/** What every part row holds besides its text. */
interface ReportPartRow {
  id: number;
  reportId: number;
  category?: Category | null;
  categoryId: number | null;
  categoryText: string | null;
}
type PartRow<Text extends string> = ReportPartRow & { [K in Text]: string | null };

/** The GraphQL type of one part: the row, its category as written and its text. */
function partType<D extends ReportPartDefinition>(definition: D) {
  @ObjectType(definition.typeName, { description: definition.title })
  class PartType {
    @Field(() => ID)
    id!: number;

    @Field(() => ID)
    reportId!: number;

    @Field(() => Category, { nullable: true, description: "The list entry chosen, if any" })
    category?: Category | null;

    @Field(() => ID, { nullable: true })
    categoryId!: number | null;

    @Field(() => String, {
      nullable: true,
      description: `${definition.categoryLabel} as written`,
    })
    categoryText!: string | null;
  }
  const text = { nullable: true, description: definition.text.label };
  Field(() => String, text)(PartType.prototype, definition.text.field);
  return PartType as unknown as new () => PartRow<D["text"]["field"]>;
}

export const Evaluation = partType(EVALUATION_PART);
export type Evaluation = InstanceType<typeof Evaluation>;
export const FuturePolicy = partType(FUTURE_POLICY_PART);
export type FuturePolicy = InstanceType<typeof FuturePolicy>;
