import type * as Api from "../generated/graphql";

/** What a report waits for from the signed-in user. */
export type Task = "returned" | "enter" | "submit" | "evaluate" | "review" | "publish";

/** A report as INBOX reads it. */
export type InboxReport = Pick<
  Api.Report,
  "id" | "projectName" | "fiscalYear" | "status" | "updatedAt"
> & {
  totals: { actual: Pick<Api.Amount, "yen"> | null };
  evaluation: Pick<Api.Evaluation, "opinion"> | null;
  comments: Pick<Api.ReviewComment, "kind" | "body" | "authorName">[];
};

/** The reports that may wait for someone with these roles, newest change first. */
export const INBOX = `query Inbox($status: [ReportStatus!], $municipalityId: [ID!]) {
  allReports(perPage: 50, sortField: "updatedAt", sortOrder: "DESC",
    filter: { status: $status, municipalityId: $municipalityId }) {
    id projectName fiscalYear status updatedAt totals { actual { yen } }
    evaluation { opinion } comments { kind body authorName }
  }
}`;

/** Which statuses can hold a task for each role (the permission matrix's steps). */
const STATUSES: Record<string, Api.ReportStatus[]> = {
  FINANCE: ["DRAFT", "RETURNED"],
  EVALUATOR: ["DRAFT", "RETURNED", "IN_REVIEW"],
  MANAGER: ["IN_REVIEW", "APPROVED"],
};

export const inboxStatuses = (roles: readonly string[]): Api.ReportStatus[] => [
  ...new Set(roles.flatMap((role) => STATUSES[role] ?? [])),
];

/** The user's task on the report (the most pressing one), or null when it waits for others. */
export function taskOf(report: InboxReport, roles: readonly string[]): Task | null {
  const has = (role: string) => roles.includes(role);
  if (has("FINANCE") && report.status === "RETURNED") return "returned";
  if (has("MANAGER") && report.status === "IN_REVIEW") return "review";
  if (has("MANAGER") && report.status === "APPROVED") return "publish";
  if (has("FINANCE") && report.status === "DRAFT") return report.totals.actual ? "submit" : "enter";
  const evaluable = STATUSES.EVALUATOR.includes(report.status);
  if (has("EVALUATOR") && evaluable && !report.evaluation?.opinion) return "evaluate";
  return null;
}

/** Where the task is done: the review page for a manager's step, the editor otherwise. */
export const placeOf = (report: InboxReport, task: Task) =>
  task === "review" || task === "publish" ? `/reports/${report.id}/show` : `/reports/${report.id}`;

/** Why a returned report came back: the latest reason. */
export const returnReason = (report: InboxReport) =>
  report.comments.filter((c) => c.kind === "RETURN_REASON").at(-1);
