import { enumIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { MunicipalityFilter } from "./municipality.args";
import { Municipality } from "./municipality.type";

/** Municipalities are public knowledge: every signed-in user may list them. */
export const municipalityResource = defineResource({
  name: "Municipality",
  plural: "Municipalities",
  type: Municipality,
  table: "Municipality",
  key: "id",
  filter: MunicipalityFilter,
  filters: { prefecture: enumIn("prefecture") },
  search: ["name", "code", "prefecture"],
  sort: {
    id: byColumn("id"),
    code: byColumn("code"),
    name: byColumn("name"),
    prefecture: byColumn("prefecture"),
  },
  defaultSort: { field: "code", order: "ASC" },
  scope: () => null,
  access: "signedIn",
  relations: {},
  needs: {},
});
