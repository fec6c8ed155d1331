import { useCallback } from "react";
import { useDataProvider } from "react-admin";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { Report } from "../../types";
import { CategoryPartSection } from "./CategoryPartSection";

type Changes = { categoryId?: string | null; text?: string | null };

/** ⑥ 事業効果: an EFFECT entry and its explanation, fields of the report itself. */
export function EffectSection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const read = useCallback(
    (r: Report) => ({
      categoryId: r.effectCategoryId,
      categoryText: r.effectCategoryText,
      text: r.effectText,
    }),
    [],
  );
  const save = useCallback(
    (target: Report, { categoryId, text }: Changes) =>
      dataProvider.updateReport(target.id, target.version, {
        ...(categoryId !== undefined ? { effectCategoryId: categoryId } : {}),
        ...(text !== undefined ? { effectText: text } : {}),
      }),
    [dataProvider],
  );
  return (
    <CategoryPartSection
      id="effect"
      title="sosei.editor.sections.effect"
      kind="EFFECT"
      operation="editFinance"
      labels={{
        category: "resources.reports.fields.effectCategoryText",
        text: "resources.reports.fields.effectText",
      }}
      read={read}
      save={save}
    />
  );
}

/** ⑦ 外部有識者からの評価: the evaluators' part. */
export function EvaluationSection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const read = useCallback(
    (r: Report) => ({
      categoryId: r.evaluation?.categoryId ?? null,
      categoryText: r.evaluation?.categoryText ?? null,
      text: r.evaluation?.opinion ?? null,
    }),
    [],
  );
  const save = useCallback(
    (target: Report, { categoryId, text }: Changes) =>
      dataProvider.updateEvaluation(target.id, target.version, { categoryId, opinion: text }),
    [dataProvider],
  );
  return (
    <CategoryPartSection
      id="evaluation"
      title="sosei.editor.sections.evaluation"
      kind="EVALUATION"
      operation="editEvaluation"
      labels={{
        category: "sosei.changes.fields.categoryText",
        text: "sosei.changes.fields.opinion",
      }}
      read={read}
      save={save}
    />
  );
}

/** ⑧ 実績値を踏まえた事業の今後について. */
export function PolicySection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const read = useCallback(
    (r: Report) => ({
      categoryId: r.futurePolicy?.categoryId ?? null,
      categoryText: r.futurePolicy?.categoryText ?? null,
      text: r.futurePolicy?.reason ?? null,
    }),
    [],
  );
  const save = useCallback(
    (target: Report, { categoryId, text }: Changes) =>
      dataProvider.updateFuturePolicy(target.id, target.version, { categoryId, reason: text }),
    [dataProvider],
  );
  return (
    <CategoryPartSection
      id="policy"
      title="sosei.editor.sections.futurePolicy"
      kind="POLICY"
      operation="editFinance"
      labels={{
        category: "sosei.changes.fields.policyCategory",
        text: "sosei.changes.fields.reason",
      }}
      read={read}
      save={save}
    />
  );
}
