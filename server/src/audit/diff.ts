/**
 * Field-level changes between two versions of a record, for the history. Values are made
 * JSON-safe (bigint → number or string, Decimal/Date → string) so they can be stored as JSON.
 */
export type Changes = Record<string, { before: unknown; after: unknown }>;

const IGNORED = new Set(["updatedAt", "createdAt", "version"]);

export function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
  return value;
}

/** Fields whose value differs; a create has `before` null, a delete `after` null. */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const [b, a] = [jsonValue(before?.[key]), jsonValue(after?.[key])];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
