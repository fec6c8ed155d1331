import { enumIn, equals } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { CategoryFilter } from "./category.args";
import { Category } from "./category.type";

/** A scale reads in rank order within its kind. */
const kindThenRank = (t: string) => sql`(${ident(t, "kind")}, ${ident(t, "rank")})`;

export const categoryResource = defineResource({
  name: "Category",
  plural: "Categories",
  type: Category,
  table: "Category",
  key: "id",
  filter: CategoryFilter,
  filters: { kind: enumIn("kind"), isActive: equals("isActive") },
  search: ["label", "explanation"],
  sort: {
    id: byColumn("id"),
    kind: kindThenRank,
    label: byColumn("label"),
    rank: kindThenRank,
    isActive: byColumn("isActive"),
  },
  defaultSort: { field: "rank", order: "ASC" },
  scope: () => null,
  access: "signedIn",
  relations: {},
  needs: { text: ["label", "explanation"] },
});
