import { type Column, columnExpression } from "./catalog";
import type { ReadPlan } from "./read-plan";
import type { Resource } from "./resource";
import { type Sql, ident, join, raw, sql } from "./sql";

/** A page of a list: the WHERE (scope and filter), the order, and the slice. */
export interface PageQuery {
  where: Sql;
  order: { by: Sql; direction: "ASC" | "DESC" };
  limit: number;
  offset: number;
}

/**
 * One statement for a page, its relations and (when asked) the total count: the page is cut
 * from the table first, then only its rows are joined; the count comes from the same WHERE
 * and is returned even when the page is empty (a row of nulls beside it).
 */
export function pageStatement(
  resource: Resource,
  plan: ReadPlan<object>,
  page: PageQuery,
  withCount: boolean,
): Sql {
  const table = ident(resource.table);
  const key = ident("t", resource.key);
  const direction = raw(page.order.direction);
  const cut = sql`SELECT t.*, ${page.order.by} AS "__sort" FROM ${table} t WHERE ${page.where}
    ORDER BY "__sort" ${direction}, ${key} LIMIT ${page.limit} OFFSET ${page.offset}`;
  const order = sql`ORDER BY t."__sort" ${direction}, ${key}`;
  if (!withCount) {
    return sql`WITH page AS (${cut}) SELECT ${plan.columns} FROM page t${plan.joins} ${order}`;
  }
  // A joined table may be parenthesised, a lone one may not.
  const rows = plan.hasJoins ? sql`(page t${plan.joins})` : raw("page t");
  return sql`WITH page AS (${cut}), total AS (SELECT count(*) AS n FROM ${table} t WHERE ${page.where})
    SELECT total.n AS "__count", ${plan.columns} FROM total LEFT JOIN ${rows} ON TRUE ${order}`;
}

export function countStatement(resource: Resource, where: Sql): Sql {
  return sql`SELECT count(*) AS n FROM ${ident(resource.table)} t WHERE ${where}`;
}

/** Rows by key (get-one, getMany, a relation the page did not join). */
export function byKeysStatement(
  resource: Resource,
  plan: ReadPlan<object>,
  keys: readonly number[],
  scope: Sql | null,
): Sql {
  const key = ident("t", resource.key);
  const visible = scope ? sql` AND ${scope}` : raw("");
  return sql`SELECT ${plan.columns} FROM ${ident(resource.table)} t${plan.joins}
    WHERE ${key} = ANY(${[...keys]}::int[])${visible}`;
}

/** The rows of a to-many relation for several parents, each parent's in the resource's order. */
export function childrenStatement(
  resource: Resource,
  plan: ReadPlan<object>,
  parentKey: string,
  parents: readonly number[],
): Sql {
  const parent = ident("t", parentKey);
  const { field, order } = resource.defaultSort;
  return sql`SELECT ${parent} AS "__parent", ${plan.columns} FROM ${ident(resource.table)} t${plan.joins}
    WHERE ${parent} = ANY(${[...parents]}::int[])
    ORDER BY ${parent}, ${resource.sort[field]!("t")} ${raw(order)}, ${ident("t", resource.key)}`;
}

/** Every column of a table's rows that belong to the given parents (a report's KPI values). */
export function rowsByParentStatement(
  table: string,
  columns: readonly Column[],
  parentKey: string,
  parents: readonly number[],
): Sql {
  const select = join(
    columns.map((column) => sql`${columnExpression("t", column)} AS ${ident(column.name)}`),
    ", ",
  );
  return sql`SELECT ${select} FROM ${ident(table)} t
    WHERE ${ident("t", parentKey)} = ANY(${[...parents]}::int[])`;
}
