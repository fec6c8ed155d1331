/**
 * Published reports as JSON for harvesters: money in exact yen with the report's unit, months
 * as "YYYY-MM", the computed totals and KPI achievement from server/src/rules, the licence.
 * Streamed one report at a time.
 */
import type { ServerResponse } from "node:http";
import type { ReportContent } from "../../io/content/report-content";
import { contentValue, REPORT_FIELDS } from "../../domain/report/report-field-registry";
import { kpiFigures } from "../../io/tables/part-columns";
import { formatFiscalYear, isKpiAchieved, kpiProgress, type YearMonth } from "../../rules";
import { totalsOf } from "../form/form-figures";
import { write } from "../../common/write-chunk";
import { LICENCE } from "../licence";

const month = (m: YearMonth | null) => (m ? `${m.year}-${String(m.month).padStart(2, "0")}` : null);

export function openDataReport(r: ReportContent, url: string) {
  const totals = totalsOf(r);
  return {
    url,
    municipality: r.municipality,
    fiscalYear: r.fiscalYear,
    fiscalYearLabel: formatFiscalYear(r.fiscalYear),
    grantType: r.grantType,
    number: r.number,
    projectName: r.projectName,
    jointApplicationNote: r.jointApplicationNote,
    planPeriod: r.plan && { ...r.plan, statedYearOfPlan: r.statedYearOfPlan },
    // The registry's fields (a stated total is in statedTotals).
    ...Object.fromEntries(
      REPORT_FIELDS.filter((f) => !("total" in f)).map((f) => [
        "openData" in f ? f.openData : f.key,
        contentValue(r, f),
      ]),
    ),
    moneyUnit: r.moneyUnit,
    actualsAsOf: month(r.actualsAsOf),
    programs: r.programs,
    statedTotals: r.stated,
    computedTotals: totals.computed,
    totalDiscrepancies: totals.discrepancies,
    kpiNameNote: r.kpiNameNote,
    kpis: r.kpis.map((k) => ({
      ...k,
      targetMonth: month(k.targetMonth),
      asOf: month(k.asOf),
      progress: kpiProgress(kpiFigures(k)),
      achieved: isKpiAchieved(kpiFigures(k)),
    })),
    effect: r.effect,
    evaluation: r.evaluation,
    futurePolicy: r.policy,
    revision: r.revision,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    source: r.source,
  };
}

export const LICENCE_JSON = {
  name: LICENCE.name,
  url: LICENCE.url,
  ja: LICENCE.textJa,
  en: LICENCE.textEn,
};

/** `{ "licence": …, "reports": [ … ] }`, one report written at a time. */
export async function writeReportsJson(
  res: ServerResponse,
  reports: AsyncIterable<ReportContent & { projectId: number }>,
  urlOf: (r: ReportContent & { projectId: number }) => string,
): Promise<void> {
  await write(res, `{"licence":${JSON.stringify(LICENCE_JSON)},"reports":[`);
  let first = true;
  for await (const report of reports) {
    await write(
      res,
      `${first ? "" : ","}\n${JSON.stringify(openDataReport(report, urlOf(report)))}`,
    );
    first = false;
  }
  await write(res, "\n]}\n");
}
