/** Reads reports from the database as ReportContent (report-content.ts). */
import { fieldContentOf } from "../../domain/report/report-field-registry";
import type { Prisma } from "../../generated/prisma/client";
import type { YearMonth } from "../../rules";
import type { KpiContent, ProgramContent, ReportContent } from "./report-content";

/** What contentOf needs; pass it as Prisma's `include`. */
export const CONTENT_INCLUDE = {
  project: { select: { number: true, municipality: true, grantType: { select: { name: true } } } },
  programs: { orderBy: { position: "asc" } },
  kpiValues: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  evaluation: true,
  futurePolicy: true,
} satisfies Prisma.ReportInclude;

export type ContentRow = Prisma.ReportGetPayload<{ include: typeof CONTENT_INCLUDE }>;

const yen = (value: bigint | null) => (value === null ? null : Number(value));
const month = (year: number | null, m: number | null): YearMonth | null =>
  year === null || m === null ? null : { year, month: m };
const decimal = (value: { toFixed(): string } | null) => (value === null ? null : value.toFixed());

function programOf(p: ContentRow["programs"][number]): ProgramContent {
  return {
    position: p.position,
    name: p.name,
    isPartial: p.isPartial,
    isNew: p.isNew,
    summary: p.summary,
    mainResults: p.mainResults,
    budget: Number(p.budget),
    expectedGrant: Number(p.expectedGrant),
    actual: yen(p.actual),
    actualGrant: yen(p.actualGrant),
  };
}

function kpiOf(k: ContentRow["kpiValues"][number]): KpiContent {
  return {
    position: k.position,
    name: k.name,
    baseline: decimal(k.baseline),
    target: k.target.toFixed(),
    unit: k.unit,
    targetMonth: month(k.targetYear, k.targetMonth),
    direction: k.direction,
    value: decimal(k.value),
    notMeasured: k.notMeasured,
    asOf: month(k.asOfYear, k.asOfMonth),
    isReference: k.isReference,
  };
}

export function contentOf(row: ContentRow): ReportContent {
  const { municipality } = row.project;
  return {
    ...fieldContentOf((f) => row[f.key as keyof ContentRow]),
    municipality: {
      code: municipality.code,
      name: municipality.name,
      prefecture: municipality.prefecture,
    },
    fiscalYear: row.fiscalYear,
    grantType: row.project.grantType.name,
    moneyUnit: row.moneyUnit,
    number: row.project.number,
    projectName: row.projectName,
    jointApplicationNote: row.jointApplicationNote,
    plan:
      row.planFirstYear === null || row.planLastYear === null
        ? null
        : { firstYear: row.planFirstYear, lastYear: row.planLastYear },
    statedYearOfPlan: row.statedYearOfPlan,
    kpiNameNote: row.kpiNameNote,
    actualsAsOf: month(row.actualsAsOfYear, row.actualsAsOfMonth),
    programs: row.programs.map(programOf),
    kpis: row.kpiValues.map(kpiOf),
    effect: { category: row.effectCategoryText, text: row.effectText },
    evaluation: {
      category: row.evaluation?.categoryText ?? null,
      opinion: row.evaluation?.opinion ?? null,
    },
    policy: {
      category: row.futurePolicy?.categoryText ?? null,
      reason: row.futurePolicy?.reason ?? null,
    },
    status: row.status,
    revision: row.revision,
    publishedAt: row.publishedAt,
    source: row.source,
  };
}
