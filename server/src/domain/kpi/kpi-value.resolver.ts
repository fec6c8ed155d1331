import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { Report } from "../report/report.type";
import { KpiValueInput } from "./kpi-value.args";
import { saveReportKpiValues } from "./kpi-value.service";

/** ⑥: saving the latest values of a report's KPIs. */
@Resolver()
export class KpiValueResolver {
  @Authorized()
  @Mutation(() => Report, {
    description: "Upserts the latest value of each KPI given (one per kpiId); returns the report",
  })
  saveReportKpiValues(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("version", () => Int) version: number,
    @Arg("values", () => [KpiValueInput]) values: KpiValueInput[],
    @Ctx() ctx: Context,
  ) {
    return saveReportKpiValues(ctx, idOf(reportId, ["reportId"]), version, values);
  }
}
