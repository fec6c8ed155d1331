/**
 * A seed document (seeds/types.ts: the form transcribed as written, amounts as numbers in
 * the document's unit) read into the importer's model, with the same rules as every
 * other format. Problems name the seed file and the record.
 */
import { emptyFieldContent } from "../../domain/report/report-field-registry";
import type { SeedDocument, SeedKpi, SeedProgram, SeedReport } from "../../../../seeds/types";
import {
  type MoneyUnit,
  parseFiscalYear,
  parseKpiLatest,
  parseKpiNumber,
  parseMonth,
  parsePlanPeriod,
  toYen,
} from "../../rules";
import type { Convert, Place } from "../import/convert";
import type { ImportedKpi, ImportedProgram, ImportedReport } from "../import/import-model";

interface Reader {
  file: string;
  unit: MoneyUnit;
  convert: Convert;
}

function program(r: Reader, report: number, p: SeedProgram, position: number): ImportedProgram {
  const origin = { file: r.file };
  const where = `事業 ${position} ${p.name}`;
  const yen = (field: string, amount: number | null) =>
    amount === null
      ? null
      : r.convert({ origin, report, where: `${where} ${field}` }, () => toYen(amount, r.unit), 0);
  return {
    origin,
    position,
    name: p.name,
    isPartial: p.isPartial,
    isNew: p.isNew,
    summary: p.summary,
    mainResults: p.mainResults,
    budget: yen("予算額/budget", p.budget)!,
    expectedGrant: yen("うち交付金見込/expected grant", p.expectedGrant)!,
    actual: yen("実績額/actual", p.actual),
    actualGrant: yen("うち交付金/actual grant", p.actualGrant),
  };
}

function kpi(r: Reader, report: number, k: SeedKpi, position: number): ImportedKpi {
  const origin = { file: r.file };
  const place = (field: string): Place => ({ origin, report, where: `KPI ${position} ${field}` });
  const month = (field: string, text: string | null) =>
    text === null ? null : r.convert(place(field), () => parseMonth(text), null);
  const latest = r.convert(place("最新値/latest"), () => parseKpiLatest(k.latest.value), {
    value: null,
    notMeasured: false,
  });
  return {
    origin,
    position,
    name: k.name,
    baseline:
      k.baseline === null
        ? null
        : r.convert(place("基準値/baseline"), () => parseKpiNumber(k.baseline!), null),
    target: r.convert(place("目標値/target"), () => parseKpiNumber(k.target), "0"),
    unit: k.unit,
    targetMonth: month("目標年月/target month", k.targetMonth),
    direction: k.direction ?? "INCREASE",
    ...latest,
    asOf: month("最新値の時点/as-of", k.latest.asOf),
    isReference: k.latest.isReference,
  };
}

function report(r: Reader, doc: SeedDocument, fiscalYear: number, s: SeedReport): ImportedReport {
  const origin = { file: r.file };
  const place = (where: string): Place => ({ origin, report: s.number, where });
  const yen = (where: string, amount: number | null | undefined) =>
    amount == null ? null : r.convert(place(where), () => toYen(amount, r.unit), 0);
  const plan =
    s.planPeriod === null
      ? null
      : r.convert(place("実施計画期間/plan period"), () => parsePlanPeriod(s.planPeriod!), null);
  return {
    origin,
    municipality: doc.municipality,
    fiscalYear,
    grantType: doc.grantType,
    moneyUnit: doc.moneyUnit,
    number: s.number,
    projectName: s.projectName,
    jointApplicationNote: s.jointApplicationNote,
    plan: plan && { firstYear: plan.firstYear, lastYear: plan.lastYear },
    statedYearOfPlan: plan?.statedYearOfPlan ?? null,
    kpiNameNote: s.kpiNameNote,
    // A seed document states only these of the registry's fields.
    ...emptyFieldContent(),
    overview: s.overview,
    actualsAsOf:
      s.actualsAsOf === null
        ? null
        : r.convert(place("実績時点/actuals month"), () => parseMonth(s.actualsAsOf!), null),
    stated: {
      budget: yen("合計 予算額/total budget", s.statedTotals?.budget),
      expectedGrant: yen("合計 交付金見込/total expected grant", s.statedTotals?.expectedGrant),
      actual: yen("合計 実績額/total actual", s.statedTotals?.actual),
      actualGrant: yen("合計 交付金/total actual grant", s.statedTotals?.actualGrant),
    },
    projectActual: yen("事業実績額/project actual", s.projectActual),
    programs: s.programs.map((p, i) => program(r, s.number, p, i + 1)),
    kpis: s.kpis.map((k, i) => kpi(r, s.number, k, i + 1)),
    effect: { category: s.effect.category, text: s.effect.text },
    evaluation: { category: s.evaluation.category, opinion: s.evaluation.opinion },
    policy: { category: s.policy.category, reason: s.policy.reason },
    // The source is a published document.
    status: "PUBLISHED",
    revision: 1,
    publishedAt: null,
    source: doc.source,
  };
}

export function readSeedDocument(
  file: string,
  doc: SeedDocument,
  convert: Convert,
): ImportedReport[] {
  const fiscalYear = convert(
    { origin: { file }, where: "年度/fiscal year" },
    () => parseFiscalYear(doc.fiscalYear),
    0,
  );
  const reader = { file, unit: doc.moneyUnit, convert };
  return doc.reports.map((s) => report(reader, doc, fiscalYear, s));
}
