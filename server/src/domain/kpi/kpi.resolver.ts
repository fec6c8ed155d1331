import {
  Authorized,
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { YearMonth } from "../../common/year-month.type";
import { filterIds, idOf } from "../../common/validate";
import { assertMunicipalityScope } from "../../auth/guard";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { Project } from "../project/project.type";
import { KpiFilter } from "./kpi.args";
import { KpiCreateInput, KpiUpdateInput } from "./kpi.input";
import { Kpi } from "./kpi.type";
import { createKpi, deleteKpi, updateKpi } from "./kpi.write";

const SORTABLE = ["id", "projectId", "position", "name", "unit"] as const;

function whereOf(filter: KpiFilter | undefined): Prisma.KpiWhereInput {
  const where: Prisma.KpiWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.projectId != null) where.projectId = idOf(filter.projectId, ["filter", "projectId"]);
  return where;
}

const toType = (row: object): Kpi => Object.assign(new Kpi(), row);

@Resolver(() => Kpi)
export class KpiResolver {
  @Authorized()
  @Query(() => [Kpi], { description: "By project, then position, unless sorted otherwise" })
  async allKpis(
    @Args() list: ListArgs,
    @Arg("filter", () => KpiFilter, { nullable: true }) filter: KpiFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<Kpi[]> {
    const { skip, take, orderBy } = pageOf(list, SORTABLE, "position");
    const sorted =
      list.sortField === undefined ? [{ projectId: "asc" as const }, ...orderBy] : orderBy;
    const rows = await prisma.kpi.findMany({ where: whereOf(filter), skip, take, orderBy: sorted });
    return rows.map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allKpisMeta(
    @Arg("filter", () => KpiFilter, { nullable: true }) filter: KpiFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.kpi.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => Kpi)
  async Kpi(@Arg("id", () => ID) rawId: string, @Ctx() { prisma }: Context): Promise<Kpi> {
    const id = idOf(rawId, ["id"]);
    const row = await prisma.kpi.findUnique({ where: { id } });
    if (!row) throw notFound("Kpi", id);
    return toType(row);
  }

  @FieldResolver(() => YearMonth, { nullable: true, description: "目標年月" })
  targetMonth(@Root() kpi: Kpi): YearMonth | null {
    return YearMonth.of(kpi.targetYear, kpi.targetMonth);
  }

  @FieldResolver(() => Project)
  async project(@Root() kpi: Kpi, @Ctx() { loaders }: Context): Promise<Project> {
    return Object.assign(new Project(), await loaders.project.load(kpi.projectId));
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi, { description: "Within the grant type's KPI limit" })
  async createKpi(@Args() input: KpiCreateInput, @Ctx() ctx: Context): Promise<Kpi> {
    await assertMunicipalityScope(ctx, { projectId: Number(input.projectId) });
    return toType(await createKpi(ctx.prisma, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi)
  async updateKpi(@Args() input: KpiUpdateInput, @Ctx() ctx: Context): Promise<Kpi> {
    const id = idOf(input.id, ["id"]);
    await assertMunicipalityScope(ctx, { kpiId: id });
    return toType(await updateKpi(ctx.prisma, id, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi, { description: "Only KPIs without reported values" })
  async deleteKpi(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Kpi> {
    const kpiId = idOf(id, ["id"]);
    await assertMunicipalityScope(ctx, { kpiId });
    return toType(await deleteKpi(ctx.prisma, kpiId));
  }
}
