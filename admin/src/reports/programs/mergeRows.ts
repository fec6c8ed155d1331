import { COLUMNS, type ProgramRow } from "./programRows";

const FIELDS = [...COLUMNS, "isNew", "isPartial"] as const;

/**
 * The user's edit applied on top of the programs as someone else saved them: each cell the user
 * changed takes the user's value, every other cell keeps the saved one. Only when all three have
 * the same rows (no row added, removed or moved on either side); otherwise null, and the user's
 * grid as a whole is what a re-applied save sends.
 */
export function mergeRows(
  started: readonly ProgramRow[],
  mine: readonly ProgramRow[],
  current: readonly ProgramRow[],
): ProgramRow[] | null {
  if (started.length !== mine.length || started.length !== current.length) return null;
  return current.map((saved, i) => {
    const merged = { ...saved };
    for (const field of FIELDS) {
      if (mine[i]![field] !== started[i]![field])
        Object.assign(merged, { [field]: mine[i]![field] });
    }
    return merged;
  });
}
