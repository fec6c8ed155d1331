/** Something in a seed document that is loaded as written but deserves a look (import warnings). */
export interface SeedFinding {
  file: string;
  report: number;
  code:
    | "TOTAL_DISCREPANCY"
    | "YEAR_OF_PLAN_MISMATCH"
    | "UNKNOWN_CATEGORY"
    | "KPI_VALUE_WITHOUT_MONTH"
    | "DUPLICATE_TEXT"
    | "UNBALANCED_PARENTHESES";
  messageJa: string;
  messageEn: string;
}
