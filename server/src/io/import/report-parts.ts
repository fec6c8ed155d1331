/**
 * An imported report's changed parts as the domain's checked inputs (report-inputs.ts, the
 * same checks as the GraphQL arguments): category texts are matched to their list entries,
 * KPIs to the project's KPIs by position.
 */
import {
  kpiValueRows,
  partInput,
  programRows,
  reportColumns,
} from "../../domain/report/report-inputs";
import { fieldArgsOf } from "../../domain/report/report-field-registry";
import type { ReportParts } from "../../domain/report/report-pipeline";
import {
  EVALUATION_PART,
  FUTURE_POLICY_PART,
  type ReportPartDefinition,
} from "../../domain/report-part/report-part";
import { matchCategory } from "../../rules";
import type { ImportCatalog } from "./catalog";
import type { ChangedPart } from "./changes";
import type { ImportedReport } from "./import-model";

const PART_LABELS: Record<string, string> = {
  report: "報告 (①〜⑥)",
  programs: "④ 市予算事業",
  kpiValues: "⑤ KPI",
  evaluation: "⑦ 外部有識者からの評価",
  policy: "⑧ 今後の方針",
};

export function partsFromContent(
  report: ImportedReport,
  changed: Set<ChangedPart>,
  project: { kpis: { id: number; position: number }[] } | null,
  catalog: ImportCatalog,
): { parts: ReportParts; where: string } {
  const categoryId = (kind: "EFFECT" | "EVALUATION" | "POLICY", text: string | null) =>
    matchCategory(
      text,
      catalog.categories.all.filter((c) => c.kind === kind),
    )?.id ?? null;
  const parts: ReportParts = {};
  if (changed.has("report")) {
    const columns = reportColumns({
      ...fieldArgsOf(report),
      moneyUnit: report.moneyUnit,
      actualsAsOf: report.actualsAsOf,
      effectCategoryId: categoryId("EFFECT", report.effect.category),
      effectCategoryText: report.effect.category,
      effectText: report.effect.text,
    });
    columns.data.statedYearOfPlan = report.statedYearOfPlan;
    columns.data.source = report.source;
    parts.report = columns;
  }
  if (changed.has("programs")) parts.programs = programRows(report.programs);
  if (changed.has("kpiValues")) {
    const ids = new Map(project?.kpis.map((k) => [k.position, k.id]));
    parts.kpiValues = kpiValueRows(
      report.kpis.map((k) => ({
        // A project still to be created (a dry run) has no ids yet: the position stands in.
        kpiId: ids.get(k.position) ?? k.position,
        value: k.value,
        notMeasured: k.notMeasured,
        asOf: k.asOf,
        isReference: k.isReference,
      })),
    );
  }
  // ⑦ and ⑧: a category as written (matched to its list) and a text, checked as the API's.
  const partOf = (definition: ReportPartDefinition, category: string | null, text: string | null) =>
    partInput(
      definition.text,
      { categoryId: categoryId(definition.categoryKind, category), categoryText: category },
      text,
    );
  if (changed.has("evaluation")) {
    const { category, opinion } = report.evaluation;
    parts.evaluation = partOf(EVALUATION_PART, category, opinion);
  }
  if (changed.has("policy")) {
    const { category, reason } = report.policy;
    parts.policy = partOf(FUTURE_POLICY_PART, category, reason);
  }
  const where = [...changed]
    .map((p) => PART_LABELS[p])
    .filter(Boolean)
    .join("・");
  return { parts, where };
}
