/**
 * Each grant type's form has a fixed number of KPI slots (4 today, 5 on older forms);
 * the limit is data on the grant type, never a constant.
 */
import { RuleError } from "./errors";

export function assertKpiLimit(count: number, limit: number, grantTypeName: string): void {
  if (count > limit) {
    throw new RuleError(
      "KPI_LIMIT_EXCEEDED",
      `${grantTypeName}のKPIは1事業あたり${limit}件までです (${count}件)`,
      `${grantTypeName} allows at most ${limit} KPIs per project (got ${count})`,
    );
  }
}
