import type { Context } from "../../context";
import { kpiValueRows } from "../report/report-inputs";
import { writeReportParts } from "../report/report-pipeline";
import type { KpiValueInput } from "./kpi-value.args";

/** Sets the latest value of each KPI given; KPIs not named keep their values. */
export async function saveReportKpiValues(
  ctx: Context,
  reportId: number,
  version: number,
  values: KpiValueInput[],
) {
  return writeReportParts(ctx, reportId, version, { kpiValues: kpiValueRows(values) });
}
