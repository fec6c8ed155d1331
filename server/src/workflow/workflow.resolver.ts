import {
  Authorized,
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { canReadInternals } from "../auth/report-visibility";
import { idOf } from "../common/validate";
import type { Context } from "../context";
import { Report } from "../domain/report/report.type";
import { ReviewComment } from "./review-comment.type";
import { comment, revise, transition } from "./workflow.service";

const toReport = (row: object): Report => Object.assign(new Report(), row);

/** The review workflow as named mutations, each allowed only to its role and status. */
@Resolver(() => Report)
export class WorkflowResolver {
  @Authorized()
  @Mutation(() => Report, { description: "財政担当: DRAFT/RETURNED → IN_REVIEW" })
  async submitReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("totalsDifference", () => String, {
      nullable: true,
      description:
        "The submitter's acknowledgement of a stated 合計 that differs from the programs, kept as a TOTALS_DIFFERENCE comment; required when they differ (BAD_USER_INPUT otherwise), ignored when they agree",
    })
    totalsDifference: string | null,
    @Ctx() ctx: Context,
  ) {
    return toReport(await transition(ctx, idOf(id, ["id"]), version, "submit", totalsDifference));
  }

  @Authorized()
  @Mutation(() => Report, {
    description: "管理職: IN_REVIEW/APPROVED → RETURNED, with the reason stored as a comment",
  })
  async returnReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("reason") reason: string,
    @Ctx() ctx: Context,
  ) {
    return toReport(await transition(ctx, idOf(id, ["id"]), version, "return", reason));
  }

  @Authorized()
  @Mutation(() => Report, { description: "管理職: IN_REVIEW → APPROVED" })
  async approveReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return toReport(await transition(ctx, idOf(id, ["id"]), version, "approve"));
  }

  @Authorized()
  @Mutation(() => Report, {
    description: "管理職: APPROVED → PUBLISHED; an earlier published revision becomes SUPERSEDED",
  })
  async publishReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return toReport(await transition(ctx, idOf(id, ["id"]), version, "publish"));
  }

  @Authorized()
  @Mutation(() => Report, {
    description: "Opens a correction of a published report as a new DRAFT revision",
  })
  async reviseReport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toReport(await revise(ctx, idOf(id, ["id"])));
  }

  @Authorized()
  @Mutation(() => ReviewComment, {
    description: "管理職: a review comment on an unpublished report",
  })
  async addReviewComment(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("body") body: string,
    @Ctx() ctx: Context,
  ) {
    const row = await comment(ctx, idOf(reportId, ["reportId"]), body);
    return {
      ...row,
      authorName: (await ctx.prisma.user.findUniqueOrThrow({ where: { id: row.authorId } })).name,
    };
  }

  @FieldResolver(() => [ReviewComment], {
    description:
      "Review comments, oldest first: only for signed-in users of the report's municipality",
  })
  async comments(@Root() report: Report, @Ctx() ctx: Context): Promise<ReviewComment[]> {
    if (!canReadInternals(ctx.actor, report.municipalityId)) return [];
    return ctx.loaders.commentsByReport.load(report.id);
  }
}
