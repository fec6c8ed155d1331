import { Authorized, Arg, Args, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { filterIds, intInRange } from "../../common/validate";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { FiscalYearFilter, MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "./fiscal-year.args";
import { FiscalYear } from "./fiscal-year.type";

const SORTABLE = ["year", "isOpen"] as const;

function whereOf(filter: FiscalYearFilter | undefined): Prisma.FiscalYearWhereInput {
  const where: Prisma.FiscalYearWhereInput = {};
  if (filter?.ids) where.year = { in: filterIds(filter.ids) };
  if (filter?.isOpen !== undefined && filter.isOpen !== null) where.isOpen = filter.isOpen;
  return where;
}

const toType = (row: object): FiscalYear => Object.assign(new FiscalYear(), row);

@Resolver(() => FiscalYear)
export class FiscalYearResolver {
  @Authorized()
  @Query(() => [FiscalYear], { description: "Fiscal years, oldest first unless sorted otherwise" })
  async allFiscalYears(
    @Args() list: ListArgs,
    @Arg("filter", () => FiscalYearFilter, { nullable: true }) filter: FiscalYearFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<FiscalYear[]> {
    const { skip, take, orderBy } = pageOf(list, SORTABLE, "year");
    // The year is the key, so it replaces pageOf's id tie-breaker.
    const rows = await prisma.fiscalYear.findMany({
      where: whereOf(filter),
      skip,
      take,
      orderBy: [orderBy[0] as Prisma.FiscalYearOrderByWithRelationInput, { year: "asc" }],
    });
    return rows.map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allFiscalYearsMeta(
    @Arg("filter", () => FiscalYearFilter, { nullable: true }) filter: FiscalYearFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.fiscalYear.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => FiscalYear)
  async FiscalYear(
    @Arg("year", () => Int) year: number,
    @Ctx() { prisma }: Context,
  ): Promise<FiscalYear> {
    const row = await prisma.fiscalYear.findUnique({ where: { year } });
    if (!row) throw notFound("FiscalYear", year);
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => FiscalYear)
  async createFiscalYear(
    @Arg("year", () => Int) year: number,
    @Arg("isOpen", () => Boolean, { nullable: true }) isOpen: boolean | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<FiscalYear> {
    intInRange(year, ["year"], MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, "年度");
    const exists = () =>
      conflict(["year"], `${year}年度は既に登録されています`, `fiscal year ${year} already exists`);
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          if (await tx.fiscalYear.findUnique({ where: { year } })) throw exists();
          return tx.fiscalYear.create({ data: { year, isOpen: isOpen ?? true } });
        }),
      { unique: exists },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => FiscalYear, { description: "Opens or closes a fiscal year for entry" })
  async updateFiscalYear(
    @Arg("year", () => Int) year: number,
    @Arg("isOpen") isOpen: boolean,
    @Ctx() { prisma }: Context,
  ): Promise<FiscalYear> {
    const { count } = await prisma.fiscalYear.updateMany({ where: { year }, data: { isOpen } });
    if (count === 0) throw notFound("FiscalYear", year);
    return toType({ year, isOpen });
  }

  @Authorized("ADMIN")
  @Mutation(() => FiscalYear)
  async deleteFiscalYear(
    @Arg("year", () => Int) year: number,
    @Ctx() { prisma }: Context,
  ): Promise<FiscalYear> {
    const inUse = (what = "報告書または事業の実施計画期間", whatEn = "reports or plan periods") =>
      conflict(
        ["year"],
        `${year}年度は${what}で使われているため削除できません`,
        `fiscal year ${year} is used by ${whatEn} and cannot be deleted`,
      );
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          const found = await tx.fiscalYear.findUnique({ where: { year } });
          if (!found) throw notFound("FiscalYear", year);
          const reports = await tx.report.count({ where: { fiscalYear: year } });
          if (reports > 0) throw inUse(`${reports}件の報告書`, `${reports} report(s)`);
          const plans = await tx.project.count({
            where: { planFirstYear: { lte: year }, planLastYear: { gte: year } },
          });
          if (plans > 0)
            throw inUse(`${plans}件の事業の実施計画期間`, `${plans} project plan period(s)`);
          return tx.fiscalYear.delete({ where: { year } });
        }),
      { foreignKey: () => inUse() },
    );
    return toType(row);
  }
}
