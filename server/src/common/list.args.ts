import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors";

/**
 * The list convention of every type (ra-data-graphql-simple's): `allXs(page, perPage,
 * sortField, sortOrder, filter)` returns a page, `_allXsMeta(filter)` the total count,
 * `X(id)` one item. `page` counts from 0.
 */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: "0-based page number" })
  page?: number;

  @Field(() => Int, { nullable: true, description: "Items per page (default 25, at most 1000)" })
  perPage?: number;

  @Field({ nullable: true })
  sortField?: string;

  @Field({ nullable: true, description: "ASC or DESC" })
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const MAX_PER_PAGE = 1000;

/** Prisma paging and ordering for ListArgs; `sortable` lists the fields a client may sort by. */
export function pageOf<F extends string>(
  args: ListArgs,
  sortable: readonly F[],
  fallback: F,
): { skip: number; take: number; orderBy: ({ [K in F]?: "asc" | "desc" } | { id: "asc" })[] } {
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
  const field = (args.sortField ?? fallback) as F;
  if (!sortable.includes(field)) {
    throw badInput(
      ["sortField"],
      `sortField「${field}」では並べ替えできません (${sortable.join(", ")})`,
      `cannot sort by "${field}" (${sortable.join(", ")})`,
    );
  }
  const order = (args.sortOrder ?? "ASC").toUpperCase();
  if (order !== "ASC" && order !== "DESC") {
    throw badInput(["sortOrder"], "sortOrder は ASC か DESC です", "sortOrder must be ASC or DESC");
  }
  const direction = order === "ASC" ? "asc" : "desc";
  // id last keeps pages stable when the sort field has ties.
  return {
    skip: page * perPage,
    take: perPage,
    orderBy: [{ [field]: direction } as { [K in F]?: "asc" | "desc" }, { id: "asc" }],
  };
}
