/**
 * What someone else changed: the differences between the record a user started from and the
 * record as it is now (a CONFLICT's `extensions.current`), field by field, nested parts
 * included ("programs", 2, "actual"). Pure, so it is tested without a browser.
 */
export type Path = (string | number)[];

export interface Change {
  path: Path;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const empty = (value: unknown) => value === null || value === undefined || value === "";

/**
 * Every leaf that differs. `ignore` names keys that change on every write or are derived
 * (version, totals …) at any depth; a list is compared item by item in order.
 */
export function changesBetween(
  before: unknown,
  after: unknown,
  ignore: ReadonlySet<string> = new Set(),
  path: Path = [],
): Change[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
      changesBetween(a[i], b[i], ignore, [...path, i]),
    ).flat();
  }
  if (isObject(before) || isObject(after)) {
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.has(k));
    return keys.flatMap((key) => changesBetween(a[key], b[key], ignore, [...path, key]));
  }
  if (before === after || (empty(before) && empty(after))) return [];
  return [{ path, before, after }];
}

/** Keys of a report that are derived, bookkeeping or ids: never shown as someone's change. */
export const REPORT_IGNORED = new Set([
  "id",
  "version",
  "updatedAt",
  "totals",
  "executionRate",
  "discrepancies",
  "allowedOperations",
  "progress",
  "achieved",
  "position",
  "kpiId",
  "asOfLabel",
  "actualsAsOfLabel",
  "targetMonthLabel",
  "effectCategoryId",
  "categoryId",
  "municipality",
  "comments",
]);
