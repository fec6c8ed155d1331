/**
 * The review workflow of a yearly report as a pure state machine:
 * DRAFT → IN_REVIEW (submit) → RETURNED (with reason) | APPROVED → PUBLISHED.
 * A RETURNED report is corrected and submitted again. A PUBLISHED report never changes;
 * a correction is a new revision that starts again at DRAFT, and when that revision is
 * published the earlier one becomes SUPERSEDED.
 */
export const REPORT_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "RETURNED",
  "APPROVED",
  "PUBLISHED",
  "SUPERSEDED",
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type Transition = "submit" | "return" | "approve" | "publish";

export const TRANSITIONS: Record<Transition, { from: readonly ReportStatus[]; to: ReportStatus }> =
  {
    submit: { from: ["DRAFT", "RETURNED"], to: "IN_REVIEW" },
    return: { from: ["IN_REVIEW", "APPROVED"], to: "RETURNED" },
    approve: { from: ["IN_REVIEW"], to: "APPROVED" },
    publish: { from: ["APPROVED"], to: "PUBLISHED" },
  };

export const STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "作成中",
  IN_REVIEW: "確認待ち",
  RETURNED: "差戻し",
  APPROVED: "承認済み",
  PUBLISHED: "公表済み",
  SUPERSEDED: "差替え済み",
};

/** The status after `transition`, or null when it is not allowed from `status`. */
export function nextStatus(status: ReportStatus, transition: Transition): ReportStatus | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(status) ? rule.to : null;
}

/**
 * Statuses in which a report's copy of its project (name, plan period, KPI definitions)
 * follows edits of the project. From approval on the copy is frozen: what was approved is
 * what is published, and a published report never changes.
 */
export const FOLLOWS_PROJECT: readonly ReportStatus[] = ["DRAFT", "IN_REVIEW", "RETURNED"];
