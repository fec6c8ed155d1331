import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { Amount } from "../../common/amount.type";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { executionRate } from "../../rules";
import { reportResource } from "../report/report.resource";
import { Report } from "../report/report.type";
import { BudgetProgramInput } from "./budget-program.args";
import { budgetProgramResource } from "./budget-program.resource";
import { saveReportPrograms } from "./budget-program.service";
import { BudgetProgram } from "./budget-program.type";

const yenOrNull = (value: bigint | null) => (value === null ? null : Number(value));

/** ④: listing and saving a report's programs, and their amounts in the report's unit. */
@Resolver(() => BudgetProgram)
export class BudgetProgramResolver extends ListResolver(budgetProgramResource) {
  @Authorized()
  @Mutation(() => Report, {
    description:
      "Replaces all programs of a report, in the given order (positions 1..n); returns the report",
  })
  saveReportPrograms(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("version", () => Int) version: number,
    @Arg("programs", () => [BudgetProgramInput]) programs: BudgetProgramInput[],
    @Ctx() ctx: Context,
  ) {
    return saveReportPrograms(ctx, idOf(reportId, ["reportId"]), version, programs);
  }

  private async amount(ctx: Context, program: BudgetProgram, yen: bigint | null) {
    const report = await ctx.lists.loader(reportResource).load(Number(program.reportId));
    return report ? Amount.of(yen, report.moneyUnit) : null;
  }

  @FieldResolver(() => Amount, { nullable: true, description: "予算額 in the report's unit" })
  budgetAmount(@Root() program: BudgetProgram, @Ctx() ctx: Context) {
    return this.amount(ctx, program, program.budget);
  }

  @FieldResolver(() => Amount, {
    nullable: true,
    description: "うち交付金見込 in the report's unit",
  })
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
    return executionRate(yenOrNull(program.actual), yenOrNull(program.budget));
  }
}
