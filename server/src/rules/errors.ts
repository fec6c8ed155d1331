/**
 * Errors raised by the domain rules. Every message is bilingual because the same
 * text reaches finance staff (Japanese) and developers/logs (English).
 */
export type RuleErrorCode =
  | "INVALID_WAREKI"
  | "INVALID_MONTH"
  | "INVALID_FISCAL_YEAR"
  | "INVALID_AMOUNT"
  | "INVALID_PLAN_PERIOD"
  | "OUT_OF_PLAN_PERIOD"
  | "INVALID_KPI"
  | "KPI_LIMIT_EXCEEDED"
  | "INVALID_GRANT_SHARE"
  | "INVALID_MUNICIPALITY_CODE";

export class RuleError extends Error {
  constructor(
    readonly code: RuleErrorCode,
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(`${messageJa} / ${messageEn}`);
    this.name = "RuleError";
  }
}

export function isRuleError(value: unknown): value is RuleError {
  return value instanceof RuleError;
}
