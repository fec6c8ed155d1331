import type { SqlSession } from "../db/sql-driver";
import { Sql, ident, sql } from "./sql";

/**
 * The columns of every table as the database has them, read once at start-up, so that the
 * list reader selects and decodes exactly what is stored, the way Prisma would return it:
 * BIGINT as BigInt (exact yen), NUMERIC as an exact decimal string, timestamps as Dates.
 */
export type ColumnKind = "bigint" | "numeric" | "timestamp" | "enumArray" | "plain";

export interface Column {
  name: string;
  kind: ColumnKind;
}

export class Catalog {
  constructor(private readonly tables: ReadonlyMap<string, ReadonlyMap<string, Column>>) {}

  columns(table: string): ReadonlyMap<string, Column> {
    const columns = this.tables.get(table);
    if (!columns) throw new Error(`table ${table} is not in the database`);
    return columns;
  }
}

function kindOf(dataType: string): ColumnKind {
  if (dataType === "bigint") return "bigint";
  if (dataType === "numeric") return "numeric";
  if (dataType === "timestamp without time zone") return "timestamp";
  if (dataType === "ARRAY") return "enumArray";
  return "plain";
}

export async function loadCatalog(db: SqlSession): Promise<Catalog> {
  const rows = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema()`,
  );
  const tables = new Map<string, Map<string, Column>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, Column>();
    columns.set(row.column_name, { name: row.column_name, kind: kindOf(row.data_type) });
    tables.set(row.table_name, columns);
  }
  return new Catalog(tables);
}

/** The select expression of a column: timestamps as UTC instants, enum arrays as text[]. */
export function columnExpression(alias: string, column: Column): Sql {
  const ref = ident(alias, column.name);
  if (column.kind === "timestamp") return sql`${ref} AT TIME ZONE 'UTC'`;
  if (column.kind === "enumArray") return sql`${ref}::text[]`;
  return ref;
}

/** "1910.0000" → "1910", "0.5000" → "0.5": the digits Prisma's Decimal would give. */
function canonicalDecimal(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

export function decodeColumn(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "bigint":
      return BigInt(value as string | number | bigint);
    case "numeric":
      return canonicalDecimal(String(value));
    case "timestamp":
      return value instanceof Date ? value : new Date(String(value));
    default:
      return value;
  }
}
