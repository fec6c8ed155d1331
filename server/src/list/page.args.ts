import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../errors/api-errors";
import type { Resource } from "./resource";
import { ident } from "./sql";
import type { PageQuery } from "./statements";

/**
 * Paging and sorting of every list (ra-data-graphql-simple's convention): `page` counts
 * from 0, `perPage` is 1–1000 (default 25), `sortField` one of the type's sortable fields.
 * `_allXMeta` takes the same arguments and ignores all but the filter.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "0-based page number" })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: "Items per page (default 25, at most 1000)" })
  perPage?: number | null;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true, description: "ASC or DESC" })
  sortOrder?: string | null;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const MAX_PER_PAGE = 1000;

/** The slice and order of a page; the WHERE comes from the filter. */
export function pageOf(args: PageArgs, resource: Resource): Omit<PageQuery, "where"> {
  const perPage = args.perPage ?? 25;
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw badInput(
      ["perPage"],
      `perPage は 1〜${MAX_PER_PAGE} です`,
      `perPage must be 1 to ${MAX_PER_PAGE}`,
    );
  }
  if (!Number.isInteger(page) || page < 0) {
    throw badInput(["page"], "page は 0 以上です", "page must be 0 or more");
  }
  const sortable = Object.keys(resource.sort);
  const field = args.sortField ?? resource.defaultSort.field;
  // Own keys only: "__proto__", "constructor" or "toString" name no sortable field.
  const by = Object.hasOwn(resource.sort, field) ? resource.sort[field] : undefined;
  if (!by) {
    throw badInput(
      ["sortField"],
      `sortField「${field}」では並べ替えできません (${sortable.join(", ")})`,
      `cannot sort by "${field}" (${sortable.join(", ")})`,
    );
  }
  const order = (args.sortOrder ?? resource.defaultSort.order).toUpperCase();
  if (order !== "ASC" && order !== "DESC") {
    throw badInput(["sortOrder"], "sortOrder は ASC か DESC です", "sortOrder must be ASC or DESC");
  }
  return {
    order: { by: by("t"), direction: order },
    limit: perPage,
    offset: page * perPage,
  };
}

/** Sorting by a column of the table itself. */
export const byColumn = (column: string) => (t: string) => ident(t, column);
