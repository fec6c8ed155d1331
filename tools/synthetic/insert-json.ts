/**
 * Bulk INSERT of many rows in one statement with a single JSON parameter
 * (json_to_recordset). Prisma's createMany costs about half a millisecond per row in the
 * client, which is too slow for tens of thousands of synthetic rows; this runs in the
 * database and is the same SQL on the embedded and an external PostgreSQL.
 */
import type { PrismaClient } from "../../server/src/db/database";

/** Column name → PostgreSQL type of the recordset, e.g. { reportId: "int", budget: "bigint" }. */
export type Columns = Record<string, string>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** JSON has no BigInt; yen go over as strings, which the bigint input function reads exactly. */
const toJson = (rows: object[]) =>
  JSON.stringify(rows, (_key, value: unknown) =>
    typeof value === "bigint" ? value.toString() : value,
  );

/** Inserts `rows` (objects keyed by column) into `table`; duplicates are skipped when asked. */
export async function insertJson(
  prisma: PrismaClient,
  table: string,
  columns: Columns,
  rows: object[],
  options: { skipDuplicates?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns).map(ident).join(", ");
  const types = Object.entries(columns)
    .map(([name, type]) => `${ident(name)} ${type}`)
    .join(", ");
  const conflict = options.skipDuplicates ? " ON CONFLICT DO NOTHING" : "";
  await prisma.$executeRawUnsafe(
    `INSERT INTO ${ident(table)} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${types})${conflict}`,
    toJson(rows),
  );
}
