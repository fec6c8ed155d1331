import { idOf } from "../../common/validate";
import { Authorized, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CategoryKind } from "../../common/enums";
import type { Context } from "../../context";
import { Category } from "../category/category.type";
import { categoryChange, writeReport } from "../report/report-validation";
import { Report } from "../report/report.type";
import { FuturePolicyUpdateInput, checkFuturePolicy } from "./future-policy.input";
import { FuturePolicy } from "./future-policy.type";

/** ⑧ 今後の方針: recording it, and its category entry. */
@Resolver(() => FuturePolicy)
export class FuturePolicyResolver {
  @Authorized()
  @Mutation(() => FuturePolicy, {
    description: "Creates or changes a report's future policy; bumps the report's version",
  })
  async updateFuturePolicy(
    @Args() input: FuturePolicyUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<FuturePolicy> {
    const reportId = idOf(input.reportId, ["reportId"]);
    checkFuturePolicy(input);
    return writeReport(ctx, "editFinance", "reportId", reportId, input.version, async (tx) => {
      const category = await categoryChange(
        tx,
        CategoryKind.POLICY,
        ["categoryId"],
        input.categoryId,
        input.categoryText,
      );
      const data = { categoryId: category.id, categoryText: category.text, reason: input.reason };
      return tx.futurePolicy.upsert({
        where: { reportId },
        create: { reportId, ...data },
        update: data,
      });
    });
  }

  @FieldResolver(() => Category, { nullable: true, description: "The list entry chosen, if any" })
  async category(@Root() policy: FuturePolicy, @Ctx() ctx: Context) {
    return policy.categoryId === null ? null : ctx.loaders.category.load(policy.categoryId);
  }

  @FieldResolver(() => Report, { description: "The report, with its new version" })
  async report(@Root() policy: FuturePolicy, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(policy.reportId);
  }
}
