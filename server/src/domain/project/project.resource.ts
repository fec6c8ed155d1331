import { ownMunicipality } from "../../auth/scope";
import { keyIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { grantTypeResource } from "../grant-type/grant-type.resource";
import { municipalityResource } from "../municipality/municipality.resource";
import { ProjectFilter } from "./project.args";
import { Project } from "./project.type";

/** A project is its municipality's: other towns and the public see only what reports state. */
export const projectResource = defineResource({
  name: "Project",
  plural: "Projects",
  type: Project,
  table: "Project",
  key: "id",
  filter: ProjectFilter,
  filters: { municipalityId: keyIn("municipalityId"), grantTypeId: keyIn("grantTypeId") },
  search: ["name"],
  sort: {
    id: byColumn("id"),
    number: byColumn("number"),
    name: byColumn("name"),
    municipalityId: byColumn("municipalityId"),
    municipality: (t) =>
      sql`(SELECT m."name" FROM "Municipality" m WHERE m."id" = ${ident(t, "municipalityId")})`,
    grantTypeId: byColumn("grantTypeId"),
    planFirstYear: byColumn("planFirstYear"),
  },
  defaultSort: { field: "number", order: "ASC" },
  scope: (reader, t) => ownMunicipality(reader, ident(t, "municipalityId")),
  access: "signedIn",
  relations: {
    municipality: { resource: () => municipalityResource, key: "municipalityId" },
    grantType: { resource: () => grantTypeResource, key: "grantTypeId" },
  },
  needs: { planPeriodLabel: ["planFirstYear", "planLastYear"], kpis: [], reports: [] },
});
