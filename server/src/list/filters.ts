import { badInput } from "../errors/api-errors";
import { checkText, idOf } from "../common/validate";
import type { Reader, Resource } from "./resource";
import { type Sql, and, containsPattern, ident, or, sql } from "./sql";

/**
 * Filter rules shared by the resources. Key and enum filters take lists, so a multi-select
 * works, and GraphQL turns a single value into a list of one, so a plain value works too.
 */
export const keyIn =
  (column: string) =>
  (value: readonly (string | number)[], t: string, field: string): Sql =>
    sql`${ident(t, column)} = ANY(${value.map((id, i) => idOf(id, ["filter", field, i]))}::int[])`;

export const enumIn =
  (column: string) =>
  (value: readonly string[], t: string): Sql =>
    sql`${ident(t, column)}::text = ANY(${[...value]}::text[])`;

export const equals =
  (column: string) =>
  (value: boolean | number | string, t: string): Sql =>
    sql`${ident(t, column)} = ${value}`;

/** The text of `q`, checked like every other text input (no NUL or control characters). */
function searchText(value: unknown): string {
  if (typeof value !== "string") {
    throw badInput(["filter", "q"], "検索語は文字列です", "q must be a string");
  }
  return checkText(["filter", "q"], value, { max: 200, label: "検索語" }) ?? "";
}

/** The WHERE of a list: what the reader may see, and every condition of the filter. */
export function whereOf(
  resource: Resource,
  filter: object | null | undefined,
  reader: Reader,
  t = "t",
): Sql {
  const conditions: Sql[] = [];
  const scope = resource.scope(reader, t);
  if (scope) conditions.push(scope);
  for (const [field, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (field === "ids") {
      conditions.push(keyIn(resource.key)(value as (string | number)[], t, "ids"));
    } else if (field === "q") {
      const q = searchText(value).trim();
      if (q === "") continue;
      // Full-width and half-width forms match each other (ＩＣＴ finds ICT): both sides NFKC.
      const pattern = containsPattern(q.normalize("NFKC"));
      const matches = resource.search.map((c) =>
        typeof c === "string" ? sql`normalize(${ident(t, c)}, NFKC) ILIKE ${pattern}` : c(q, t),
      );
      conditions.push(or(matches));
    } else {
      const rule = resource.filters[field];
      if (!rule) throw new Error(`${resource.name} has no filter rule for ${field}`);
      conditions.push((rule as (v: unknown, t: string, f: string) => Sql)(value, t, field));
    }
  }
  return and(conditions);
}
