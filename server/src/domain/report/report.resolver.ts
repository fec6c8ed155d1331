import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { startFiscalYearReports } from "./new-year-reports";
import { NewYearReports } from "./new-year-reports.type";
import { CreateReportArgs, UpdateReportArgs } from "./report.args";
import { reportResource } from "./report.resource";
import { createReport, deleteReport, updateReport } from "./report.service";
import { Report } from "./report.type";

/**
 * Reports: the list convention (public: anyone reads published reports), and create,
 * update and delete of the report itself; its parts have their own mutations, and the
 * computed parts of the form are in report-fields.resolver.ts.
 */
@Resolver(() => Report)
export class ReportResolver extends ListResolver(reportResource) {
  @Authorized()
  @Mutation(() => Report, { description: "A new DRAFT report (version 1)" })
  createReport(@Args() args: CreateReportArgs, @Ctx() ctx: Context) {
    return createReport(ctx, args);
  }

  @Authorized()
  @Mutation(() => NewYearReports, {
    description:
      "「新年度の報告を作成」: the year's DRAFT report of every project in scope whose plan period includes it, each from its latest report; dryRun lists them and writes nothing",
  })
  startFiscalYearReports(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return startFiscalYearReports(ctx, fiscalYear, dryRun);
  }

  @Authorized()
  @Mutation(() => Report, { description: "Changes only the fields given; null clears a field" })
  updateReport(@Args() args: UpdateReportArgs, @Ctx() ctx: Context) {
    return updateReport(ctx, idOf(args.id, ["id"]), args);
  }

  @Authorized()
  @Mutation(() => Report, {
    description: "Deletes a DRAFT report with its parts; returns it as it was",
  })
  deleteReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true, description: "When given, it must be current" })
    version: number | null,
    @Ctx() ctx: Context,
  ) {
    return deleteReport(ctx, idOf(id, ["id"]), version);
  }
}
