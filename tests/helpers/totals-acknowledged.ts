/**
 * The seed's report 1 states a 合計 whose grant shares (18,132 千円) its programs do not add up
 * to (20,432 千円), a source defect kept as written; submitting it needs the submitter's
 * acknowledgement, from every client (server/src/workflow/totals-difference.ts).
 */
export const TOTALS_ACKNOWLEDGED = "記載の合計は交付決定額どおりのため、このまま提出します";
