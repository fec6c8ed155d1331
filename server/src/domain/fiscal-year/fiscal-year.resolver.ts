import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { FiscalYear } from "./fiscal-year.type";

@Resolver(() => FiscalYear)
export class FiscalYearResolver {
  @Query(() => [FiscalYear], { description: "All fiscal years, oldest first" })
  async allFiscalYears(@Ctx() { prisma }: Context): Promise<FiscalYear[]> {
    const rows = await prisma.fiscalYear.findMany({ orderBy: { year: "asc" } });
    return rows.map((row) => Object.assign(new FiscalYear(), row));
  }
}
