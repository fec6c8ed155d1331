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
import { filterIds, idOf } from "../../common/validate";
import { assertMunicipalityScope } from "../../auth/guard";
import { canReadReport } from "../../auth/permissions";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { formatPlanPeriod } from "../../rules";
import { GrantType } from "../grant-type/grant-type.type";
import { Kpi } from "../kpi/kpi.type";
import { Municipality } from "../municipality/municipality.type";
import { Report } from "../report/report.type";
import { ProjectCreateInput, ProjectFilter, ProjectUpdateInput } from "./project.args";
import { Project } from "./project.type";
import { createProject, deleteProject, updateProject } from "./project.write";

const SORTABLE = [
  "id",
  "number",
  "name",
  "municipalityId",
  "grantTypeId",
  "planFirstYear",
] as const;

function whereOf(filter: ProjectFilter | undefined): Prisma.ProjectWhereInput {
  const where: Prisma.ProjectWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.municipalityId != null) {
    where.municipalityId = idOf(filter.municipalityId, ["filter", "municipalityId"]);
  }
  if (filter?.grantTypeId != null) {
    where.grantTypeId = idOf(filter.grantTypeId, ["filter", "grantTypeId"]);
  }
  if (filter?.q) where.name = { contains: filter.q, mode: "insensitive" };
  return where;
}

const toType = (row: object): Project => Object.assign(new Project(), row);

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => [Project])
  async allProjects(
    @Args() list: ListArgs,
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<Project[]> {
    const page = pageOf(list, SORTABLE, "number");
    return (await prisma.project.findMany({ where: whereOf(filter), ...page })).map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allProjectsMeta(
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.project.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => Project)
  async Project(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<Project> {
    const row = await loaders.project.load(idOf(id, ["id"]));
    if (!row) throw notFound("Project", id);
    return toType(row);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() project: Project, @Ctx() { loaders }: Context): Promise<Municipality> {
    const row = await loaders.municipality.load(project.municipalityId);
    return Object.assign(new Municipality(), row);
  }

  @FieldResolver(() => GrantType)
  async grantType(@Root() project: Project, @Ctx() { loaders }: Context): Promise<GrantType> {
    const row = await loaders.grantType.load(project.grantTypeId);
    return Object.assign(new GrantType(), row);
  }

  @FieldResolver(() => [Kpi], { description: "⑤ in position order" })
  async kpis(@Root() project: Project, @Ctx() { loaders }: Context): Promise<Kpi[]> {
    const rows = await loaders.kpisByProject.load(project.id);
    return rows.map((row) => Object.assign(new Kpi(), row));
  }

  @FieldResolver(() => [Report], { description: "Oldest fiscal year first" })
  async reports(@Root() project: Project, @Ctx() { loaders, actor }: Context): Promise<Report[]> {
    const rows = await loaders.reportsByProject.load(project.id);
    // Reached from a published report too: only what the reader may see.
    return rows
      .filter((row) =>
        canReadReport(actor, { status: row.status, municipalityId: project.municipalityId }),
      )
      .map((row) => Object.assign(new Report(), row));
  }

  @FieldResolver(() => String, { nullable: true, description: '② e.g. "H30年度～R2年度"' })
  planPeriodLabel(@Root() project: Project): string | null {
    const { planFirstYear: first, planLastYear: last } = project;
    return first === null || last === null ? null : formatPlanPeriod(first, last);
  }

  @Authorized("ADMIN")
  @Mutation(() => Project)
  async createProject(@Args() input: ProjectCreateInput, @Ctx() ctx: Context): Promise<Project> {
    await assertMunicipalityScope(ctx, { municipalityId: input.municipalityId });
    return toType(await createProject(ctx.prisma, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Project, { description: "Send the version you read (optimistic lock)" })
  async updateProject(@Args() input: ProjectUpdateInput, @Ctx() ctx: Context): Promise<Project> {
    const id = idOf(input.id, ["id"]);
    await assertMunicipalityScope(ctx, { projectId: id });
    await assertMunicipalityScope(ctx, { municipalityId: input.municipalityId });
    return toType(await updateProject(ctx.prisma, id, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Project, { description: "Only projects without reports; KPIs go with it" })
  async deleteProject(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Project> {
    const projectId = idOf(id, ["id"]);
    await assertMunicipalityScope(ctx, { projectId });
    return toType(await deleteProject(ctx.prisma, projectId));
  }
}
