import type { Client } from "../helpers/api";
import { DEMO_NAMES, data, type DemoRole, type Fixture } from "./workflow-fixture";

/** reportHistory as a client reads it, and the entries one write adds to it. */
export interface Entry {
  at: string;
  actorId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export const HISTORY = `query($id: ID!) { reportHistory(reportId: $id) {
  at actorId actorName entity entityId action changes } }`;

export async function history(as: Client, reportId: number | string): Promise<Entry[]> {
  return data(await as.query<{ reportHistory: Entry[] }>(HISTORY, { id: String(reportId) }))
    .reportHistory;
}

/**
 * Runs one write as `role` (expecting success) and returns the history entries it added to
 * `reportId`, each checked to carry the actor and a fresh timestamp, without `at`.
 */
export async function entriesOf(
  fx: Fixture,
  role: DemoRole,
  reportId: number | string,
  doc: string,
  variables?: Record<string, unknown>,
): Promise<{ result: Record<string, unknown>; entries: Omit<Entry, "at">[] }> {
  const before = (await history(fx.finance, reportId)).length;
  const started = Date.now();
  const result = data(await fx[role].query(doc, variables));
  const added = (await history(fx.finance, reportId)).slice(before);
  for (const entry of added) {
    expect([entry.actorId, entry.actorName]).toEqual([String(fx.ids[role]), DEMO_NAMES[role]]);
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 5000);
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now() + 5000);
  }
  return { result, entries: added.map(({ at: _at, ...rest }) => rest) };
}

/** The field-level changes of an INSERT (every column from null) or a DELETE (every column to null). */
export function inserted(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { before: null, after: v }]));
}
export function deleted(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { before: v, after: null }]));
}

/** One UPDATE entry of a report part by the given actor. */
export function updateOf(
  fx: Fixture,
  role: DemoRole,
  entity: string,
  entityId: string | number,
  changes: Record<string, { before: unknown; after: unknown }>,
): Omit<Entry, "at"> {
  return {
    actorId: String(fx.ids[role]),
    actorName: DEMO_NAMES[role],
    entity,
    entityId: String(entityId),
    action: "UPDATE",
    changes,
  };
}

export const PROGRAM_COLUMNS = `id reportId position name isPartial isNew summary mainResults
  budget expectedGrant actual actualGrant`;

/** The writes of report 1's history test, each with the variables it takes. */
export const WRITES = {
  updateReport: `mutation($v: Int!) { updateReport(id: 1, version: $v, department: "財政課") { id } }`,
  programs: `mutation($v: Int!, $p: [BudgetProgramInput!]!) {
    saveReportPrograms(reportId: 1, version: $v, programs: $p) { id } }`,
  kpiValues: `mutation($v: Int!, $x: [KpiValueInput!]!) {
    saveReportKpiValues(reportId: 1, version: $v, values: $x) { id } }`,
  evaluation: `mutation($v: Int!) { updateEvaluation(reportId: 1, version: $v, opinion: "評価を更新") { id } }`,
  policy: `mutation($v: Int!) { updateFuturePolicy(reportId: 1, version: $v, reason: "理由を更新") { id } }`,
  comment: `mutation { addReviewComment(reportId: 1, body: "根拠を確認") { id } }`,
  move: (name: string, extra = "") =>
    `mutation($v: Int!) { ${name}(id: 1, version: $v${extra}) { id } }`,
};

export const NEW_PROGRAM = {
  name: "新事業",
  budget: 1234567,
  expectedGrant: 617283,
  actual: 1234567,
  actualGrant: 1,
};

/** Writes to report 2 that must be rejected (inside or before the transaction), at version v. */
export const REJECTED = (v: number): [string, "finance" | "evaluator", string][] => [
  [
    "BAD_USER_INPUT",
    "finance",
    `updateReport(id: 2, version: ${v}, department: "${"課".repeat(101)}") { id }`,
  ],
  [
    "BAD_USER_INPUT",
    "finance",
    `updateReport(id: 2, version: ${v}, effectCategoryId: 99999) { id }`,
  ],
  [
    "BAD_USER_INPUT",
    "finance",
    `saveReportPrograms(reportId: 2, version: ${v}, programs: [{ name: "A", budget: 1, expectedGrant: 2 }]) { id }`,
  ],
  [
    "BAD_USER_INPUT",
    "finance",
    `saveReportKpiValues(reportId: 2, version: ${v}, values: [{ kpiId: 1, value: "1" }]) { id }`,
  ],
  [
    "BAD_USER_INPUT",
    "evaluator",
    `updateEvaluation(reportId: 2, version: ${v}, categoryId: 99999) { id }`,
  ],
  ["CONFLICT", "finance", `updateReport(id: 2, version: ${v - 1}, department: "財政課") { id }`],
  [
    "CONFLICT",
    "evaluator",
    `updateEvaluation(reportId: 2, version: ${v + 1}, opinion: "x") { id }`,
  ],
];

/** The INSERT entry of a review comment on report 1, by the manager unless said otherwise. */
export function commentEntry(
  fx: Fixture,
  id: string,
  kind: string,
  body: string,
  by: DemoRole = "manager",
) {
  return {
    actorId: String(fx.ids[by]),
    actorName: DEMO_NAMES[by],
    entity: "ReviewComment",
    entityId: id,
    action: "INSERT",
    changes: inserted({ id: Number(id), reportId: 1, authorId: fx.ids[by], kind, body }),
  };
}

export const statusChange = (before: string, after: string) => ({ status: { before, after } });
