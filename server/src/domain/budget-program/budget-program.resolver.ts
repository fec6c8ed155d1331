import { idOf } from "../../common/validate";
import {
  Authorized,
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Amount } from "../../common/amount.type";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { visibleReports } from "../../auth/guard";
import type { Context } from "../../context";
import { executionRate } from "../../rules";
import { writeReport } from "../report/report-validation";
import { Report } from "../report/report.type";
import {
  BUDGET_PROGRAM_SORTABLE,
  BudgetProgramFilter,
  budgetProgramWhere,
} from "./budget-program.args";
import { BudgetProgramInput, checkPrograms, programRows } from "./budget-program.input";
import { BudgetProgram } from "./budget-program.type";

/** ④: listing and saving a report's programs, and their amounts in the report's unit. */
@Resolver(() => BudgetProgram)
export class BudgetProgramResolver {
  @Query(() => [BudgetProgram], {
    description: "By report, then position, unless sorted otherwise",
  })
  async allBudgetPrograms(
    @Args() list: ListArgs,
    @Arg("filter", () => BudgetProgramFilter, { nullable: true })
    filter: BudgetProgramFilter | null,
    @Ctx() { prisma, actor }: Context,
  ): Promise<BudgetProgram[]> {
    const { skip, take, orderBy } = pageOf(list, BUDGET_PROGRAM_SORTABLE, "position");
    const sorted =
      list.sortField === undefined ? [{ reportId: "asc" as const }, ...orderBy] : orderBy;
    return prisma.budgetProgram.findMany({
      where: { AND: [budgetProgramWhere(filter), { report: visibleReports(actor) }] },
      skip,
      take,
      orderBy: sorted,
    });
  }

  @Query(() => ListMetadata)
  async _allBudgetProgramsMeta(
    @Arg("filter", () => BudgetProgramFilter, { nullable: true })
    filter: BudgetProgramFilter | null,
    @Ctx() { prisma, actor }: Context,
  ): Promise<ListMetadata> {
    const where = { AND: [budgetProgramWhere(filter), { report: visibleReports(actor) }] };
    return { count: await prisma.budgetProgram.count({ where }) };
  }

  @Query(() => BudgetProgram)
  async BudgetProgram(@Arg("id", () => ID) rawId: string, @Ctx() { prisma, actor }: Context) {
    const id = idOf(rawId, ["id"]);
    const row = await prisma.budgetProgram.findFirst({
      where: { id, report: visibleReports(actor) },
    });
    if (!row) throw notFound("BudgetProgram", id);
    return row;
  }

  @Authorized()
  @Mutation(() => Report, {
    description:
      "Replaces all programs of a report, in the given order (positions 1..n); returns the report",
  })
  async saveReportPrograms(
    @Arg("reportId", () => ID) rawId: string,
    @Arg("version", () => Int) version: number,
    @Arg("programs", () => [BudgetProgramInput]) programs: BudgetProgramInput[],
    @Ctx() ctx: Context,
  ): Promise<Report> {
    const reportId = idOf(rawId, ["reportId"]);
    checkPrograms(programs);
    return writeReport(ctx, "editFinance", "reportId", reportId, version, async (tx, report) => {
      await tx.budgetProgram.deleteMany({ where: { reportId } });
      await tx.budgetProgram.createMany({ data: programRows(reportId, programs) });
      return report;
    });
  }

  private async amount(ctx: Context, program: BudgetProgram, yen: bigint | null) {
    const report = await ctx.loaders.report.load(program.reportId);
    return report ? Amount.of(yen, report.moneyUnit) : null;
  }

  @FieldResolver(() => Amount, { description: "予算額 in the report's unit" })
  budgetAmount(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return this.amount(ctx, program, program.budget);
  }

  @FieldResolver(() => Amount, { description: "うち交付金見込 in the report's unit" })
  expectedGrantAmount(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return this.amount(ctx, program, program.expectedGrant);
  }

  @FieldResolver(() => Amount, { nullable: true, description: "実績額 in the report's unit" })
  actualAmount(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return this.amount(ctx, program, program.actual);
  }

  @FieldResolver(() => Amount, { nullable: true, description: "うち交付金 in the report's unit" })
  actualGrantAmount(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return this.amount(ctx, program, program.actualGrant);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "実績額 / 予算額; null without actuals or with a zero budget",
  })
  executionRate(@Root() program: BudgetProgram): number | null {
    if (program.actual === null) return null;
    return executionRate(Number(program.actual), Number(program.budget));
  }

  @FieldResolver(() => Report, { description: "The report this program belongs to" })
  async report(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(program.reportId);
  }
}
