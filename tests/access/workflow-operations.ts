import type { GraphQLResult } from "../helpers/api";
import type { DemoRole, Fixture } from "./workflow-fixture";

/** Every operation on a report, each as the demo user whose role the matrix allows it to. */
export type Move = "submit" | "return" | "approve" | "publish";
export const MOVES: readonly Move[] = ["submit", "return", "approve", "publish"];

/** The workflow as the domain states it: an independent oracle, not the server's table. */
export const LEGAL_FROM: Record<Move, readonly string[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["IN_REVIEW", "APPROVED"],
  approve: ["IN_REVIEW"],
  publish: ["APPROVED"],
};
export const STATUSES = ["DRAFT", "IN_REVIEW", "RETURNED", "APPROVED", "PUBLISHED", "SUPERSEDED"];
export const RETURN_REASON = "実績額の根拠資料を添付してください";

const MOVE_AS: Record<Move, DemoRole> = {
  submit: "finance",
  return: "manager",
  approve: "manager",
  publish: "manager",
};

export interface Moved {
  id: string;
  status: string;
  version: number;
}

/** `totalsDifference`: the acknowledgement a submission sends (none unless given). */
export function move(
  fx: Fixture,
  which: Move,
  id: number | string,
  version: number,
  totalsDifference?: string,
): Promise<GraphQLResult<Record<string, Moved>>> {
  const reason = which === "return" ? `, reason: "${RETURN_REASON}"` : "";
  const acknowledged = which === "submit" && totalsDifference ? totalsDifference : null;
  return fx[MOVE_AS[which]].query(
    `mutation($id: ID!, $v: Int!${acknowledged ? ", $t: String" : ""}) {
      ${which}Report(id: $id, version: $v${reason}${acknowledged ? ", totalsDifference: $t" : ""}) { id status version } }`,
    { id: String(id), v: version, ...(acknowledged ? { t: acknowledged } : {}) },
  );
}

/** Moves a report along the given path and returns its status and version after each step. */
export async function walk(
  fx: Fixture,
  id: number | string,
  version: number,
  path: Move[],
  totalsDifference?: string,
): Promise<Moved[]> {
  const steps: Moved[] = [];
  for (const which of path) {
    const result = await move(fx, which, id, version, totalsDifference);
    expect(result.errors).toBeUndefined();
    const moved = result.data![`${which}Report`]!;
    steps.push(moved);
    version = moved.version;
  }
  return steps;
}

/** Every write a user can attempt on an existing report (with values that would be valid). */
export const EDITS: { name: string; as: DemoRole; doc: (id: number, v: number) => string }[] = [
  {
    name: "updateReport",
    as: "finance",
    doc: (id, v) =>
      `mutation { updateReport(id: ${id}, version: ${v}, department: "財政課") { id } }`,
  },
  {
    name: "saveReportPrograms",
    as: "finance",
    doc: (id, v) =>
      `mutation { saveReportPrograms(reportId: ${id}, version: ${v}, programs: [{ name: "追加事業", budget: 1000, expectedGrant: 500 }]) { id } }`,
  },
  {
    name: "saveReportKpiValues",
    as: "finance",
    doc: (id, v) =>
      `mutation { saveReportKpiValues(reportId: ${id}, version: ${v}, values: []) { id } }`,
  },
  {
    name: "updateFuturePolicy",
    as: "finance",
    doc: (id, v) =>
      `mutation { updateFuturePolicy(reportId: ${id}, version: ${v}, reason: "理由") { id } }`,
  },
  {
    name: "updateEvaluation",
    as: "evaluator",
    doc: (id, v) =>
      `mutation { updateEvaluation(reportId: ${id}, version: ${v}, opinion: "意見") { id } }`,
  },
  {
    name: "addReviewComment",
    as: "manager",
    doc: (id) => `mutation { addReviewComment(reportId: ${id}, body: "確認しました") { id } }`,
  },
  {
    name: "deleteReport",
    as: "admin",
    doc: (id, v) => `mutation { deleteReport(id: ${id}, version: ${v}) { id } }`,
  },
  ...MOVES.map((which) => ({
    name: `${which}Report`,
    as: MOVE_AS[which],
    doc: (id: number, v: number) =>
      `mutation { ${which}Report(id: ${id}, version: ${v}${which === "return" ? `, reason: "${RETURN_REASON}"` : ""}) { id } }`,
  })),
];

/** reviseReport as both roles that may revise (a published report only). */
export const REVISE = (["finance", "manager"] as const).map((as) => ({
  name: "reviseReport",
  as,
  doc: (id: number) => `mutation { reviseReport(id: ${id}) { id } }`,
}));

/** The parts a revision copies, without ids, for comparing two revisions. */
export const COPIED = `department contact moneyUnit statedYearOfPlan actualsAsOf
  effectCategoryId effectCategoryText effectText statedBudgetTotal statedExpectedGrantTotal
  statedActualTotal statedActualGrantTotal projectActual source projectId fiscalYear
  programs { position name isPartial isNew summary mainResults budget expectedGrant actual actualGrant }
  kpis { kpiId value { kpiId value notMeasured isReference } }
  evaluation { categoryId categoryText opinion }
  futurePolicy { categoryId categoryText reason }`;
