import { badInput } from "../../common/errors";
import { checkDecimal, checkMonth, idOf } from "../../common/validate";
import type { Context } from "../../context";
import { kpiDefinitionOf } from "../report/report-project-copy";
import { writeReport } from "../report/report-write";
import type { KpiValueInput } from "./kpi-value.args";

/** The stored fields of each value, checked before anything is written: ["values", i, field]. */
function valueRows(values: KpiValueInput[]) {
  const seen = new Set<number>();
  return values.map((v, i) => {
    const at = (field: string) => ["values", i, field];
    const kpiId = idOf(v.kpiId, at("kpiId"));
    if (seen.has(kpiId)) {
      throw badInput(
        at("kpiId"),
        `KPI (id ${kpiId}) が重複しています`,
        `KPI ${kpiId} is given twice`,
      );
    }
    seen.add(kpiId);
    if (v.value != null && v.notMeasured) {
      throw badInput(
        at("notMeasured"),
        "値と「-」(未計測) は同時に指定できません",
        "a value and notMeasured exclude each other",
      );
    }
    const asOf = v.asOf ? checkMonth(at("asOf"), v.asOf) : null;
    return {
      kpiId,
      data: {
        value: v.value == null ? null : checkDecimal(at("value"), v.value),
        notMeasured: v.notMeasured ?? false,
        asOfYear: asOf?.year ?? null,
        asOfMonth: asOf?.month ?? null,
        isReference: v.isReference ?? false,
      },
    };
  });
}

/** Upserts the latest value of each KPI given; KPIs not named keep their values. */
export async function saveReportKpiValues(
  ctx: Context,
  reportId: number,
  version: number,
  values: KpiValueInput[],
) {
  const rows = valueRows(values);
  return writeReport(ctx, "editFinance", "reportId", reportId, version, async (tx, report) => {
    const kpis = await tx.kpi.findMany({
      where: {
        projectId: report.projectId,
        id: { in: rows.map((r) => r.kpiId) },
        isRetired: false,
      },
    });
    const known = new Map(kpis.map((k) => [k.id, k]));
    const unknown = rows.findIndex((r) => !known.has(r.kpiId));
    if (unknown >= 0) {
      const kpiId = rows[unknown]!.kpiId;
      throw badInput(
        ["values", unknown, "kpiId"],
        `KPI (id ${kpiId}) はこの報告の事業で使用中のKPIではありません`,
        `KPI ${kpiId} is not a KPI in use of this report's project`,
      );
    }
    for (const { kpiId, data } of rows) {
      // An editable report has a row per KPI (report-project-copy.ts); create is the fallback.
      await tx.kpiValue.upsert({
        where: { reportId_kpiId: { reportId, kpiId } },
        create: { reportId, ...kpiDefinitionOf(known.get(kpiId)!), ...data },
        update: data,
      });
    }
    return report;
  });
}
