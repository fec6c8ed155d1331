import { idOf } from "../../common/validate";
import { Authorized, Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { badInput } from "../../common/errors";
import type { Context } from "../../context";
import { kpiDefinitionOf } from "../report/report-project-copy";
import { writeReport } from "../report/report-validation";
import { Report } from "../report/report.type";
import { KpiValueInput, checkKpiValues, kpiValueData } from "./kpi-value.input";
import { KpiValue } from "./kpi-value.type";

/** ⑥: saving the latest values of a report's KPIs; KPIs not named keep their values. */
@Resolver(() => KpiValue)
export class KpiValueMutationResolver {
  @Authorized()
  @Mutation(() => Report, {
    description: "Upserts the latest value of each KPI given (one per kpiId); returns the report",
  })
  async saveReportKpiValues(
    @Arg("reportId", () => ID) rawId: string,
    @Arg("version", () => Int) version: number,
    @Arg("values", () => [KpiValueInput]) values: KpiValueInput[],
    @Ctx() ctx: Context,
  ): Promise<Report> {
    const reportId = idOf(rawId, ["reportId"]);
    checkKpiValues(values);
    return writeReport(ctx, "editFinance", "reportId", reportId, version, async (tx, report) => {
      const kpis = await tx.kpi.findMany({
        where: { projectId: report.projectId, id: { in: values.map((v) => v.kpiId) } },
      });
      const known = new Map(kpis.map((k) => [k.id, k]));
      const unknown = values.findIndex((v) => !known.has(v.kpiId));
      if (unknown >= 0) {
        const kpiId = values[unknown]!.kpiId;
        throw badInput(
          ["values", unknown, "kpiId"],
          `KPI (id ${kpiId}) はこの報告の事業のKPIではありません`,
          `KPI ${kpiId} is not a KPI of this report's project`,
        );
      }
      for (const v of values) {
        const data = kpiValueData(v);
        // An editable report has a row per KPI (report-project-copy.ts); create is the fallback.
        await tx.kpiValue.upsert({
          where: { reportId_kpiId: { reportId, kpiId: v.kpiId } },
          create: { reportId, ...kpiDefinitionOf(known.get(v.kpiId)!), ...data },
          update: data,
        });
      }
      return report;
    });
  }
}
