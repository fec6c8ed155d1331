/** ReportContent → the rows Prisma writes: the report, its programs, KPI values, ⑦ and ⑧. */
import type { Prisma } from "../../generated/prisma/client";
import { matchCategory } from "../../rules";
import type { KpiContent, ReportContent } from "../content/report-content";
import type { CategoryLists } from "./warnings";

const big = (yen: number | null) => (yen === null ? null : BigInt(yen));

/** ②③ and the KPI header as the report states them: the project's fields too, when it is new. */
export function projectFields(content: ReportContent) {
  return {
    jointApplicationNote: content.jointApplicationNote,
    planFirstYear: content.plan?.firstYear ?? null,
    planLastYear: content.plan?.lastYear ?? null,
    overview: content.overview,
    kpiNameNote: content.kpiNameNote,
  };
}

export function kpiDefinition(k: KpiContent) {
  return {
    position: k.position,
    name: k.name,
    baseline: k.baseline,
    target: k.target,
    unit: k.unit,
    targetYear: k.targetMonth?.year ?? null,
    targetMonth: k.targetMonth?.month ?? null,
    direction: k.direction,
  };
}

type CategoryIds = { withId: (list: keyof CategoryLists, text: string | null) => number | null };

export function categoryIds(
  lists: CategoryLists & {
    all: { id: number; kind: string; label: string; explanation: string | null }[];
  },
): CategoryIds {
  return {
    withId: (list, text) =>
      matchCategory(
        text,
        lists.all.filter((c) => c.kind === list),
      )?.id ?? null,
  };
}

/** The report's own columns (not its status, revision or project). */
export function reportFields(content: ReportContent, categories: CategoryIds) {
  return {
    moneyUnit: content.moneyUnit,
    statedYearOfPlan: content.statedYearOfPlan,
    actualsAsOfYear: content.actualsAsOf?.year ?? null,
    actualsAsOfMonth: content.actualsAsOf?.month ?? null,
    effectCategoryId: categories.withId("EFFECT", content.effect.category),
    effectCategoryText: content.effect.category,
    effectText: content.effect.text,
    statedBudgetTotal: big(content.stated.budget),
    statedExpectedGrantTotal: big(content.stated.expectedGrant),
    statedActualTotal: big(content.stated.actual),
    statedActualGrantTotal: big(content.stated.actualGrant),
    projectActual: big(content.projectActual),
    department: content.department,
    contact: content.contact,
    grantKind: content.grantKind,
    source: content.source,
    projectName: content.projectName,
    ...projectFields(content),
  };
}

export function programRows(
  content: ReportContent,
): Prisma.BudgetProgramCreateWithoutReportInput[] {
  return content.programs.map((p) => ({
    position: p.position,
    name: p.name,
    isPartial: p.isPartial,
    isNew: p.isNew,
    summary: p.summary,
    mainResults: p.mainResults,
    budget: BigInt(p.budget),
    expectedGrant: BigInt(p.expectedGrant),
    actual: big(p.actual),
    actualGrant: big(p.actualGrant),
  }));
}

export function kpiValueRows(content: ReportContent, kpiIds: Map<number, number>) {
  return content.kpis.map((k) => ({
    kpiId: kpiIds.get(k.position) ?? null,
    ...kpiDefinition(k),
    value: k.value,
    notMeasured: k.notMeasured,
    asOfYear: k.asOf?.year ?? null,
    asOfMonth: k.asOf?.month ?? null,
    isReference: k.isReference,
  }));
}

export function evaluationRow(content: ReportContent, categories: CategoryIds) {
  const { category, opinion } = content.evaluation;
  return { categoryId: categories.withId("EVALUATION", category), categoryText: category, opinion };
}

export function policyRow(content: ReportContent, categories: CategoryIds) {
  const { category, reason } = content.policy;
  return { categoryId: categories.withId("POLICY", category), categoryText: category, reason };
}
