import { ownMunicipality } from "../../auth/scope";
import { equals, keyIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { projectResource } from "../project/project.resource";
import { KpiFilter } from "./kpi.args";
import { Kpi } from "./kpi.type";

const MONTH = ["targetYear", "targetMonth"];

/** A KPI definition is its project's, and so its municipality's. */
export const kpiResource = defineResource({
  name: "Kpi",
  plural: "Kpis",
  type: Kpi,
  table: "Kpi",
  key: "id",
  filter: KpiFilter,
  filters: { projectId: keyIn("projectId"), isRetired: equals("isRetired") },
  search: ["name", "unit"],
  sort: {
    id: byColumn("id"),
    projectId: byColumn("projectId"),
    position: (t) => sql`(${ident(t, "projectId")}, ${ident(t, "position")})`,
    name: byColumn("name"),
    unit: byColumn("unit"),
  },
  defaultSort: { field: "position", order: "ASC" },
  scope: (reader, t) => {
    const own = ownMunicipality(reader, sql`p."municipalityId"`);
    return (
      own &&
      sql`EXISTS (SELECT 1 FROM "Project" p WHERE p."id" = ${ident(t, "projectId")} AND ${own})`
    );
  },
  access: "signedIn",
  relations: { project: { resource: () => projectResource, key: "projectId" } },
  needs: { targetMonth: MONTH, targetMonthLabel: MONTH, targetMonthLabelLong: MONTH },
});
