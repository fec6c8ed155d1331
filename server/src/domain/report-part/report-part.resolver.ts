import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { RelationResolver } from "../../list/list.resolver";
import { categoryResource } from "../category/category.resource";
import { partInput } from "../report/report-inputs";
import { writeReportParts, type ReportParts } from "../report/report-pipeline";
import { Report } from "../report/report.type";
import { EVALUATION_PART, FUTURE_POLICY_PART, type ReportPartDefinition } from "./report-part";
import { Evaluation, FuturePolicy } from "./report-part.type";

/** What every part's mutation takes besides its text. */
@ArgsType()
class ReportPartArgs {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { description: "The report's version the client read (optimistic lock)" })
  version!: number;

  @Field(() => ID, { nullable: true, description: "An entry of the part's category list" })
  categoryId?: string | number | null;

  @Field(() => String, {
    nullable: true,
    description: "The category as written; defaults to the chosen entry's text",
  })
  categoryText?: string | null;
}

/** Creates or changes the part; only the fields given change, null clears one. Returns the report. */
function savePart(ctx: Context, definition: ReportPartDefinition, args: ReportPartArgs) {
  const { field } = definition.text;
  const text = (args as unknown as Record<string, string | null | undefined>)[field];
  const parts: ReportParts = { [definition.part]: partInput(definition.text, args, text) };
  return writeReportParts(ctx, idOf(args.reportId, ["reportId"]), args.version, parts);
}

/** One part's mutation `update<typeName>` and its category relation. */
function partResolver(definition: ReportPartDefinition, type: new () => object) {
  @ArgsType()
  class PartArgs extends ReportPartArgs {}
  Field(() => String, { nullable: true, description: definition.text.label })(
    PartArgs.prototype,
    definition.text.field,
  );

  @Resolver(() => type)
  class PartResolver extends RelationResolver(type, {
    category: { resource: () => categoryResource, key: "categoryId" },
  }) {
    @Authorized()
    @Mutation(() => Report, {
      name: `update${definition.typeName}`,
      description: `Creates or changes a report's ${definition.noun}; returns the report with its new version`,
    })
    update(@Args(() => PartArgs) args: PartArgs, @Ctx() ctx: Context) {
      return savePart(ctx, definition, args);
    }
  }
  return PartResolver;
}

/** ⑦ 外部有識者からの評価 */
export const EvaluationResolver = partResolver(EVALUATION_PART, Evaluation);
/** ⑧ 今後の方針 */
export const FuturePolicyResolver = partResolver(FUTURE_POLICY_PART, FuturePolicy);
