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
import { MonthScalar, monthOf } from "../../common/scalars";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { type YearMonth, formatMonth } from "../../rules";
import { CreateKpiArgs, UpdateKpiArgs } from "./kpi.args";
import { kpiResource } from "./kpi.resource";
import { createKpi, deleteKpi, updateKpi } from "./kpi.service";
import { Kpi } from "./kpi.type";

const toType = (row: object) => Object.assign(new Kpi(), row);
const targetOf = (kpi: Kpi) => monthOf(kpi.targetYear, kpi.targetMonth);

@Resolver(() => Kpi)
export class KpiResolver extends ListResolver(kpiResource) {
  @FieldResolver(() => MonthScalar, { nullable: true, description: '目標年月, "2023-03"' })
  targetMonth(@Root() kpi: Kpi): YearMonth | null {
    return targetOf(kpi);
  }

  @FieldResolver(() => String, { nullable: true, description: '目標年月 in wareki, "R5.3"' })
  targetMonthLabel(@Root() kpi: Kpi): string | null {
    const month = targetOf(kpi);
    return month && formatMonth(month);
  }

  @FieldResolver(() => String, { nullable: true, description: '目標年月, "令和5年3月"' })
  targetMonthLabelLong(@Root() kpi: Kpi): string | null {
    const month = targetOf(kpi);
    return month && formatMonth(month, "long");
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi, { description: "Within the grant type's KPI limit" })
  async createKpi(@Args() args: CreateKpiArgs, @Ctx() ctx: Context) {
    await assertMunicipalityScope(ctx, { projectId: idOf(args.projectId, ["projectId"]) });
    return toType(await createKpi(ctx.prisma, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi, { description: "Send the version you read (optimistic lock)" })
  async updateKpi(@Args() args: UpdateKpiArgs, @Ctx() ctx: Context) {
    const id = idOf(args.id, ["id"]);
    await assertMunicipalityScope(ctx, { kpiId: id });
    return toType(await updateKpi(ctx.prisma, id, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Kpi, { description: "Only KPIs without values entered in reports being written" })
  async deleteKpi(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const kpiId = idOf(id, ["id"]);
    await assertMunicipalityScope(ctx, { kpiId });
    return toType(await deleteKpi(ctx.prisma, kpiId));
  }
}
