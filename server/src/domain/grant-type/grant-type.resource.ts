import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { GrantTypeFilter } from "./grant-type.args";
import { GrantType } from "./grant-type.type";

export const grantTypeResource = defineResource({
  name: "GrantType",
  plural: "GrantTypes",
  type: GrantType,
  table: "GrantType",
  key: "id",
  filter: GrantTypeFilter,
  filters: {},
  search: ["name", "code"],
  sort: {
    id: byColumn("id"),
    code: byColumn("code"),
    name: byColumn("name"),
    kpiLimit: byColumn("kpiLimit"),
    position: byColumn("position"),
  },
  defaultSort: { field: "position", order: "ASC" },
  scope: () => null,
  access: "signedIn",
  relations: {},
  needs: {},
});
