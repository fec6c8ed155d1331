import { Args, ArgsType, Authorized, Ctx, Field, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { categoryResource } from "../category/category.resource";
import { RelationResolver } from "../../list/list.resolver";
import { ReportPartArgs, saveReportPart, type ReportPart } from "../report/report-part";
import { Report } from "../report/report.type";
import { Evaluation } from "./evaluation.type";

@ArgsType()
class UpdateEvaluationArgs extends ReportPartArgs {
  @Field(() => String, { nullable: true, description: "外部有識者からの意見" })
  opinion?: string | null;
}

const EVALUATION: ReportPart = {
  name: "evaluation",
  text: { field: "opinion", label: "外部有識者からの意見" },
};

/** ⑦ 外部有識者からの評価: recording it, and its category entry. */
@Resolver(() => Evaluation)
export class EvaluationResolver extends RelationResolver(Evaluation, {
  category: { resource: () => categoryResource, key: "categoryId" },
}) {
  @Authorized()
  @Mutation(() => Report, {
    description:
      "Creates or changes a report's evaluation; returns the report with its new version",
  })
  updateEvaluation(@Args() args: UpdateEvaluationArgs, @Ctx() ctx: Context) {
    return saveReportPart(ctx, EVALUATION, args, args.opinion);
  }
}
