import { badInput } from "./errors";

type Path = (string | number)[];

/** An ID argument ("3" or 3) as a database id; anything else is a BAD_USER_INPUT at `field`. */
export function idOf(value: string | number, field: Path): number {
  const n = typeof value === "number" ? value : /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw badInput(field, `ID「${String(value)}」は不正です`, `invalid id "${String(value)}"`);
  }
  return n;
}

/** The `ids` of a list filter (react-admin's getMany), each checked at its own path. */
export function filterIds(ids: readonly (string | number)[]): number[] {
  return ids.map((id, i) => idOf(id, ["filter", "ids", i]));
}

/** Trimmed text of min..max characters (counted as code points, as PostgreSQL counts). */
export function text(value: string, field: Path, min: number, max: number, label: string): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min || length > max) {
    throw badInput(
      field,
      min > 0 && length === 0
        ? `${label}を入力してください`
        : `${label}は${min}〜${max}文字です (${length}文字)`,
      `${field.join(".")} must be ${min} to ${max} characters (got ${length})`,
    );
  }
  return trimmed;
}

/** Optional text: null and blank both mean "none". */
export function optionalText(
  value: string | null,
  field: Path,
  max: number,
  label: string,
): string | null {
  if (value === null || value.trim() === "") return null;
  return text(value, field, 1, max, label);
}

export function intInRange(
  value: number,
  field: Path,
  min: number,
  max: number,
  label: string,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      field,
      `${label}は${min}〜${max}の整数です (${value})`,
      `${field.join(".")} must be an integer from ${min} to ${max} (got ${value})`,
    );
  }
  return value;
}

/** A required field sent as null in an update. */
export function required<T>(
  value: T | null | undefined,
  field: Path,
  label: string,
): T | undefined {
  if (value === null) {
    throw badInput(field, `${label}は空にできません`, `${field.join(".")} cannot be null`);
  }
  return value;
}
