import {
  findTotalDiscrepancies,
  TOTAL_FIELDS,
  type TotalDiscrepancy,
  type TotalField,
} from "@sosei/server/rules/discrepancy";
import type { MoneyUnit, Yen } from "@sosei/server/rules/money";
import { executionRate, sumPrograms, type Totals } from "@sosei/server/rules/totals";
import { AMOUNT_COLUMNS, amountOf, type AmountColumn, type ProgramRow } from "./programRows";

/** The 合計 row as the form states it, as text in the report's unit. */
export type StatedTotals = Record<TotalField, string>;

export interface GridFigures {
  totals: Totals;
  executionRate: number | null;
  /** うち交付金 / amount: the share of the budget, and of the actual, the grant pays. */
  grantShare: { budget: number | null; actual: number | null };
  /** Stated 合計 against the computed totals (only readable stated amounts are compared). */
  discrepancies: TotalDiscrepancy[];
  /** Some cells could not be read; the totals leave them out. */
  incomplete: boolean;
}

const ratio = (part: Yen | null, whole: Yen | null) =>
  part === null || whole === null || whole === 0 ? null : part / whole;

function readable(text: string, unit: MoneyUnit): { yen: Yen | null; ok: boolean } {
  try {
    return { yen: amountOf(text, unit), ok: true };
  } catch {
    return { yen: null, ok: false };
  }
}

/** The figures under the grid, computed as the server computes them (server/src/rules). */
export function gridFigures(
  rows: readonly ProgramRow[],
  unit: MoneyUnit,
  stated: StatedTotals,
  projectActual: string,
): GridFigures {
  let incomplete = false;
  const amounts = rows.map((row) => {
    const yen = {} as Record<AmountColumn, Yen | null>;
    for (const column of AMOUNT_COLUMNS) {
      const cell = readable(row[column], unit);
      incomplete ||= !cell.ok;
      yen[column] = cell.yen;
    }
    return { ...yen, budget: yen.budget ?? 0, expectedGrant: yen.expectedGrant ?? 0 };
  });
  const totals = sumPrograms(amounts, readable(projectActual, unit).yen);
  const statedYen: Partial<Record<TotalField, Yen | null>> = {};
  for (const field of TOTAL_FIELDS) statedYen[field] = readable(stated[field], unit).yen;
  return {
    totals,
    executionRate: executionRate(totals.actual, totals.budget),
    grantShare: {
      budget: ratio(totals.expectedGrant, totals.budget),
      actual: ratio(totals.actualGrant, totals.actual),
    },
    discrepancies: findTotalDiscrepancies(statedYen, totals),
    incomplete,
  };
}
