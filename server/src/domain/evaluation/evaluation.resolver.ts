import { idOf } from "../../common/validate";
import { Authorized, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CategoryKind } from "../../common/enums";
import type { Context } from "../../context";
import { Category } from "../category/category.type";
import { categoryChange, writeReport } from "../report/report-validation";
import { Report } from "../report/report.type";
import { EvaluationUpdateInput, checkEvaluation } from "./evaluation.input";
import { Evaluation } from "./evaluation.type";

/** ⑦ 外部有識者からの評価: recording it, and its category entry. */
@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Authorized()
  @Mutation(() => Evaluation, {
    description: "Creates or changes a report's evaluation; bumps the report's version",
  })
  async updateEvaluation(
    @Args() input: EvaluationUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<Evaluation> {
    const reportId = idOf(input.reportId, ["reportId"]);
    checkEvaluation(input);
    return writeReport(ctx, "editEvaluation", "reportId", reportId, input.version, async (tx) => {
      const category = await categoryChange(
        tx,
        CategoryKind.EVALUATION,
        ["categoryId"],
        input.categoryId,
        input.categoryText,
      );
      const data = { categoryId: category.id, categoryText: category.text, opinion: input.opinion };
      return tx.evaluation.upsert({
        where: { reportId },
        create: { reportId, ...data },
        update: data,
      });
    });
  }

  @FieldResolver(() => Category, { nullable: true, description: "The list entry chosen, if any" })
  async category(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return evaluation.categoryId === null ? null : ctx.loaders.category.load(evaluation.categoryId);
  }

  @FieldResolver(() => Report, { description: "The report, with its new version" })
  async report(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(evaluation.reportId);
  }
}
