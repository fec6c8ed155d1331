import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { assertMunicipalityScope } from "../../auth/guard";
import { canReadReport } from "../../auth/report-visibility";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { Kpi } from "../kpi/kpi.type";
import { Report } from "../report/report.type";
import { CreateProjectArgs, UpdateProjectArgs } from "./project.args";
import { projectResource } from "./project.resource";
import { createProject, deleteProject, updateProject } from "./project.service";
import { Project } from "./project.type";

const toType = (row: object) => Object.assign(new Project(), row);

@Resolver(() => Project)
export class ProjectResolver extends ListResolver(projectResource) {
  @FieldResolver(() => [Kpi], { description: "⑤ in position order" })
  async kpis(@Root() project: Project, @Ctx() { loaders }: Context): Promise<Kpi[]> {
    const rows = await loaders.kpisByProject.load(project.id);
    return rows.map((row) => Object.assign(new Kpi(), row));
  }

  @FieldResolver(() => [Report], { description: "Oldest fiscal year first" })
  async reports(@Root() project: Project, @Ctx() { loaders, actor }: Context): Promise<Report[]> {
    const rows = await loaders.reportsByProject.load(project.id);
    return rows
      .filter((row) =>
        canReadReport(actor, { status: row.status, municipalityId: project.municipalityId }),
      )
      .map((row) => Object.assign(new Report(), row));
  }

  @Authorized("ADMIN")
  @Mutation(() => Project)
  async createProject(@Args() args: CreateProjectArgs, @Ctx() ctx: Context) {
    await assertMunicipalityScope(ctx, { municipalityId: args.municipalityId });
    return toType(await createProject(ctx.prisma, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Project, { description: "Send the version you read (optimistic lock)" })
  async updateProject(@Args() args: UpdateProjectArgs, @Ctx() ctx: Context) {
    const id = idOf(args.id, ["id"]);
    await assertMunicipalityScope(ctx, { projectId: id });
    await assertMunicipalityScope(ctx, { municipalityId: args.municipalityId });
    return toType(await updateProject(ctx.prisma, id, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Project, { description: "Only projects without reports; KPIs go with it" })
  async deleteProject(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const projectId = idOf(id, ["id"]);
    await assertMunicipalityScope(ctx, { projectId });
    return toType(await deleteProject(ctx.prisma, projectId));
  }
}
