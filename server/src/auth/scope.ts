import type { Reader } from "../list/resource";
import { type Sql, raw, sql } from "../list/sql";

/**
 * Where-rules of reading, next to the permission matrix (permissions.ts) that decides
 * writes: a user reads their own municipality's data; a user without a municipality (the
 * system administrator) reads everything; an anonymous visitor only what is published.
 */
export function ownMunicipality(reader: Reader, municipalityId: Sql): Sql | null {
  if (!reader.actor) return raw("FALSE");
  if (reader.actor.municipalityId === null) return null;
  return sql`${municipalityId} = ${reader.actor.municipalityId}`;
}
