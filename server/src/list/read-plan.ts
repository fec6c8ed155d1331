import type { FragmentDefinitionNode } from "graphql";
import { type Catalog, type Column, columnExpression, decodeColumn } from "./catalog";
import type { Reader, Resource } from "./resource";
import { subSelection, type Selection } from "./selection";
import { type Sql, and, ident, join, raw, sql } from "./sql";

/**
 * What to read for one selection: the columns the query's fields need (and no others), and
 * the to-one relations it selects joined into the same statement, each joined row limited to
 * what the reader may see. `decode` turns a result row into the GraphQL type's objects, with
 * the joined relations set on them (a null relation: no row, or not visible).
 */
export interface ReadPlan<T> {
  columns: Sql;
  joins: Sql;
  hasJoins: boolean;
  /** The columns read of the resource's own table. */
  reads: ReadonlySet<string>;
  decode(row: Record<string, unknown>): T | null;
}

interface Node {
  resource: Resource;
  alias: string;
  columns: { out: string; column: Column }[];
  relations: { field: string; node: Node }[];
}

interface Builder {
  catalog: Catalog;
  reader: Reader;
  fragments: Record<string, FragmentDefinitionNode>;
  select: Sql[];
  joins: Sql[];
  aliases: number;
}

/** A selection that reads every column (but `unread` ones) and joins nothing. */
export const EVERY_COLUMN: Selection = new Map([["*", []]]);

function columnsFor(resource: Resource, selection: Selection, catalog: Catalog): Set<string> {
  const table = catalog.columns(resource.table);
  const wanted = new Set<string>([resource.key]);
  for (const field of selection.keys()) {
    const relation = resource.relations[field];
    // needs first: a computed field may share its name with a column (Kpi.targetMonth).
    if (relation) wanted.add(relation.key);
    else if (resource.needs[field]) resource.needs[field].forEach((c) => wanted.add(c));
    else if (table.has(field)) wanted.add(field);
    else if (field !== "__typename") {
      const unread = new Set(resource.unread ?? []);
      return new Set([...table.keys()].filter((column) => !unread.has(column)));
    }
  }
  return wanted;
}

function planNode(b: Builder, resource: Resource, selection: Selection, alias: string): Node {
  const table = b.catalog.columns(resource.table);
  const node: Node = { resource, alias, columns: [], relations: [] };
  for (const name of columnsFor(resource, selection, b.catalog)) {
    const column = table.get(name);
    if (!column) throw new Error(`${resource.table}.${name} is not a column`);
    const out = `c${b.select.length}`;
    b.select.push(sql`${columnExpression(alias, column)} AS ${ident(out)}`);
    node.columns.push({ out, column });
  }
  for (const [field, nodes] of selection) {
    const relation = resource.relations[field];
    if (!relation) continue;
    const target = relation.resource();
    const joined = `a${++b.aliases}`;
    const scope = target.scope(b.reader, joined);
    const on = [sql`${ident(joined, target.key)} = ${ident(alias, relation.key)}`];
    if (scope) on.push(scope);
    b.joins.push(sql` LEFT JOIN ${ident(target.table)} ${ident(joined)} ON ${and(on)}`);
    const below = planNode(b, target, subSelection(nodes, b.fragments), joined);
    node.relations.push({ field, node: below });
  }
  return node;
}

function decodeNode(node: Node, row: Record<string, unknown>): object | null {
  // The key is always read: a null key is a LEFT JOIN that found nothing (or nothing visible).
  const key = node.columns.find((c) => c.column.name === node.resource.key)!;
  if (row[key.out] === null || row[key.out] === undefined) return null;
  const item = new node.resource.type() as Record<string, unknown>;
  for (const { out, column } of node.columns) item[column.name] = decodeColumn(column, row[out]);
  for (const { field, node: below } of node.relations) item[field] = decodeNode(below, row);
  return item;
}

export function planRead<T extends object>(
  resource: Resource<T>,
  selection: Selection,
  context: Pick<Builder, "catalog" | "reader" | "fragments">,
  alias = "t",
): ReadPlan<T> {
  const b: Builder = { ...context, select: [], joins: [], aliases: 0 };
  const root = planNode(b, resource, selection, alias);
  return {
    columns: join(b.select, ", "),
    joins: b.joins.length ? join(b.joins, "") : raw(""),
    hasJoins: b.joins.length > 0,
    reads: new Set(root.columns.map((c) => c.column.name)),
    decode: (row) => decodeNode(root, row) as T | null,
  };
}
