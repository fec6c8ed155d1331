/**
 * Differences between the totals a form states (its 合計 row) and the totals computed
 * from its programs. Source defects are loaded as written and reported, never fixed.
 */
import { type Yen, assertYen } from "./money";
import type { Totals } from "./totals";

export type TotalField = keyof Totals;

export interface TotalDiscrepancy {
  field: TotalField;
  stated: Yen;
  computed: Yen;
  /** stated − computed; negative when the form states less than its programs add up to. */
  difference: Yen;
}

/** Order in which discrepancies are reported: the column order of the form. */
export const TOTAL_FIELDS: readonly TotalField[] = [
  "budget",
  "expectedGrant",
  "actual",
  "actualGrant",
];

/** Only fields the form states and the programs can compute (both non-null) are compared. */
export function findTotalDiscrepancies(
  stated: Partial<Record<TotalField, Yen | null>> | null,
  computed: Totals,
): TotalDiscrepancy[] {
  if (stated === null) return [];
  const result: TotalDiscrepancy[] = [];
  for (const field of TOTAL_FIELDS) {
    const value = stated[field];
    if (value === null || value === undefined || computed[field] === null) continue;
    const s = assertYen(value, `stated.${field}`);
    const c = assertYen(computed[field], `computed.${field}`);
    if (s !== c) result.push({ field, stated: s, computed: c, difference: s - c });
  }
  return result;
}
