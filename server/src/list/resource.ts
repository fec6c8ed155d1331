import type { ClassType } from "type-graphql";
import type { Actor } from "../auth/permissions";
import type { Role } from "../auth/roles";
import type { Sql } from "./sql";

/** Who is reading: the scope of every list, get-one and joined relation depends on it. */
export interface Reader {
  actor: Actor | null;
}

/** A condition on the table aliased `t` for one filter field's value (already type-checked by GraphQL). */
export type FilterRule = (value: never, t: string, field: string) => Sql;

/** A to-one relation the reader can join: `key` is the column of this table that points at it. */
export interface Relation {
  resource: () => Resource;
  key: string;
}

/**
 * One type of the API's list convention (ra-data-graphql-simple): `all<plural>`,
 * `_all<plural>Meta` and `<name>(id)`, read with plain SQL built from this definition.
 * Adding a domain object means: model, migration, GraphQL type, filter input, and one of these.
 */
export interface Resource<T extends object = object> {
  /** GraphQL type name, also the get-one query's name. */
  name: string;
  /** `all${plural}` / `_all${plural}Meta`. */
  plural: string;
  type: ClassType<T>;
  /** Table (Prisma model) name. */
  table: string;
  /** Primary-key column; the GraphQL `id`. */
  key: string;
  /** The GraphQL filter input; its fields are `ids`, `q` and the keys of `filters`. */
  filter: ClassType<object>;
  filters: Record<string, FilterRule>;
  /** What `q` searches: text columns (case-insensitive, anywhere), or a condition of its own. */
  search: readonly (string | ((q: string, t: string) => Sql))[];
  /** Sortable fields: the SQL to order by, on the table aliased `t`. */
  sort: Record<string, (t: string) => Sql>;
  defaultSort: { field: string; order: "ASC" | "DESC" };
  /** Rows the reader may see (null: all), on the table aliased `t`; applied to lists, get-one and joins. */
  scope(reader: Reader, t: string): Sql | null;
  /** Who may read at all: everyone, anyone signed in, or only these roles. */
  access: "public" | "signedIn" | readonly Role[];
  /** To-one relations that can be joined into the same statement. */
  relations: Record<string, Relation>;
  /** Columns that computed fields read (fields not listed and not columns read every column). */
  needs: Record<string, readonly string[]>;
  /** Columns never read by the list reader (secrets such as a password hash). */
  unread?: readonly string[];
}

export function defineResource<T extends object>(resource: Resource<T>): Resource<T> {
  return resource;
}
