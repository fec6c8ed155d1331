import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import { requireSystemAdmin } from "../../auth/guard";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { CreateFiscalYearArgs, UpdateFiscalYearArgs } from "./fiscal-year.args";
import { fiscalYearResource } from "./fiscal-year.resource";
import { createFiscalYear, deleteFiscalYear, updateFiscalYear } from "./fiscal-year.service";
import { FiscalYear } from "./fiscal-year.type";

const toType = (row: object) => Object.assign(new FiscalYear(), row);

/** Data every municipality shares: only the system administrator writes it. */
@Resolver(() => FiscalYear)
export class FiscalYearResolver extends ListResolver(fiscalYearResource) {
  @Authorized("ADMIN")
  @Mutation(() => FiscalYear)
  async createFiscalYear(@Args() args: CreateFiscalYearArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await createFiscalYear(ctx.prisma, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => FiscalYear, { description: "Opens or closes a fiscal year for entry" })
  async updateFiscalYear(@Args() args: UpdateFiscalYearArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await updateFiscalYear(ctx.prisma, idOf(args.id, ["id"]), args));
  }

  @Authorized("ADMIN")
  @Mutation(() => FiscalYear, { description: "Only a year no report or plan period uses" })
  async deleteFiscalYear(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await deleteFiscalYear(ctx.prisma, idOf(id, ["id"])));
  }
}
