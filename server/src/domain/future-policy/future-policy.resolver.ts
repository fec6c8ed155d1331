import { Args, ArgsType, Authorized, Ctx, Field, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { categoryResource } from "../category/category.resource";
import { RelationResolver } from "../../list/list.resolver";
import { ReportPartArgs, saveReportPart, type ReportPart } from "../report/report-part";
import { Report } from "../report/report.type";
import { FuturePolicy } from "./future-policy.type";

@ArgsType()
class UpdateFuturePolicyArgs extends ReportPartArgs {
  @Field(() => String, { nullable: true, description: "今後の方針の理由" })
  reason?: string | null;
}

const FUTURE_POLICY: ReportPart = {
  name: "policy",
  text: { field: "reason", label: "今後の方針の理由" },
};

/** ⑧ 今後の方針: recording it, and its category entry. */
@Resolver(() => FuturePolicy)
export class FuturePolicyResolver extends RelationResolver(FuturePolicy, {
  category: { resource: () => categoryResource, key: "categoryId" },
}) {
  @Authorized()
  @Mutation(() => Report, {
    description:
      "Creates or changes a report's future policy; returns the report with its new version",
  })
  updateFuturePolicy(@Args() args: UpdateFuturePolicyArgs, @Ctx() ctx: Context) {
    return saveReportPart(ctx, FUTURE_POLICY, args, args.reason);
  }
}
