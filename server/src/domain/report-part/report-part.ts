/**
 * ⑦ and ⑧ are one kind of part: an entry of a category list (with its text as written) and a
 * text, one row per report. Each is an entry here; its GraphQL type, mutation and checks come
 * from the one definition (report-part.type.ts, report-part.resolver.ts). Pure data.
 */
export interface ReportPartDefinition {
  /** The part's name in the write pipeline (report-pipeline.ts). */
  part: "evaluation" | "policy";
  /** The GraphQL type; its mutation is `update<typeName>`. */
  typeName: "Evaluation" | "FuturePolicy";
  /** The form's heading, the type's description. */
  title: string;
  /** In the mutation's description: "Creates or changes a report's <noun>". */
  noun: string;
  /** The category as written, e.g. "事業の評価". */
  categoryLabel: string;
  categoryKind: "EVALUATION" | "POLICY";
  /** The part's text column and its label. */
  text: { field: "opinion" | "reason"; label: string };
  /** The operation of the permission table that writes it (auth/permissions.ts). */
  operation: "editEvaluation" | "editFinance";
  /** The part's table, as the report's relation and Prisma's delegate name it. */
  table: "evaluation" | "futurePolicy";
}

export const EVALUATION_PART = {
  part: "evaluation",
  typeName: "Evaluation",
  title: "⑦ 外部有識者からの評価",
  noun: "evaluation",
  categoryLabel: "事業の評価",
  categoryKind: "EVALUATION",
  text: { field: "opinion", label: "外部有識者からの意見" },
  operation: "editEvaluation",
  table: "evaluation",
} as const satisfies ReportPartDefinition;

export const FUTURE_POLICY_PART = {
  part: "policy",
  typeName: "FuturePolicy",
  title: "⑧ 実績値を踏まえた事業の今後について",
  noun: "future policy",
  categoryLabel: "今後の方針",
  categoryKind: "POLICY",
  text: { field: "reason", label: "今後の方針の理由" },
  operation: "editFinance",
  table: "futurePolicy",
} as const satisfies ReportPartDefinition;

export const REPORT_PARTS: readonly ReportPartDefinition[] = [EVALUATION_PART, FUTURE_POLICY_PART];
