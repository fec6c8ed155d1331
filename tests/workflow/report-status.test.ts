import {
  nextStatus,
  REPORT_STATUSES,
  type ReportStatus,
  type Transition,
} from "../../server/src/workflow/report-status";

/** Every (status, transition) pair: the allowed ones and where they lead; all others are illegal. */
const ALLOWED: Record<string, ReportStatus> = {
  "DRAFT submit": "IN_REVIEW",
  "RETURNED submit": "IN_REVIEW",
  "IN_REVIEW return": "RETURNED",
  "APPROVED return": "RETURNED",
  "IN_REVIEW approve": "APPROVED",
  "APPROVED publish": "PUBLISHED",
};
const TRANSITIONS: Transition[] = ["submit", "return", "approve", "publish"];

describe("report workflow", () => {
  const cases = REPORT_STATUSES.flatMap((status) => TRANSITIONS.map((t) => [status, t] as const));
  it.each(cases)("%s --%s-->", (status, transition) => {
    expect(nextStatus(status, transition)).toBe(ALLOWED[`${status} ${transition}`] ?? null);
  });

  it("never leaves PUBLISHED", () => {
    expect(TRANSITIONS.map((t) => nextStatus("PUBLISHED", t))).toEqual([null, null, null, null]);
  });
});
