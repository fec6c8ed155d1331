import { readableReportSql } from "../../auth/report-visibility";
import { enumIn, keyIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { categoryResource } from "../category/category.resource";
import { municipalityResource } from "../municipality/municipality.resource";
import { projectResource } from "../project/project.resource";
import { YEN_FIELDS } from "./report-field-registry";
import { ReportFilter } from "./report.args";
import { Report } from "./report.type";

/**
 * actual / budget over the programs, as rules.executionRate computes it (a report without
 * programs, or without any actual, has none); for sorting only.
 */
const executionRate = (t: string) =>
  sql`(SELECT sum(p."actual")::numeric / NULLIF(sum(p."budget"), 0)
         FROM "BudgetProgram" p WHERE p."reportId" = ${ident(t, "id")})`;

const MONTH = ["actualsAsOfYear", "actualsAsOfMonth"];
const PLAN = ["planFirstYear", "planLastYear"];
const STATED = YEN_FIELDS.filter((f) => f.total).map((f) => f.key);

export const reportResource = defineResource({
  name: "Report",
  plural: "Reports",
  type: Report,
  table: "Report",
  key: "id",
  filter: ReportFilter,
  filters: {
    fiscalYear: keyIn("fiscalYear"),
    projectId: keyIn("projectId"),
    municipalityId: keyIn("municipalityId"),
    status: enumIn("status"),
  },
  search: ["projectName"],
  sort: {
    id: byColumn("id"),
    fiscalYear: byColumn("fiscalYear"),
    status: byColumn("status"),
    updatedAt: byColumn("updatedAt"),
    projectId: byColumn("projectId"),
    projectName: byColumn("projectName"),
    municipality: (t) =>
      sql`(SELECT m."name" FROM "Municipality" m WHERE m."id" = ${ident(t, "municipalityId")})`,
    executionRate,
  },
  defaultSort: { field: "id", order: "ASC" },
  scope: readableReportSql,
  access: "public",
  relations: {
    project: { resource: () => projectResource, key: "projectId" },
    municipality: { resource: () => municipalityResource, key: "municipalityId" },
    effectCategory: { resource: () => categoryResource, key: "effectCategoryId" },
  },
  needs: {
    fiscalYearLabel: ["fiscalYear"],
    fiscalYearLabelLong: ["fiscalYear"],
    yearOfPlanLabel: [...PLAN, "fiscalYear"],
    planPeriodLabel: PLAN,
    actualsAsOf: MONTH,
    actualsAsOfLabel: MONTH,
    actualsAsOfLabelLong: MONTH,
    totals: ["projectActual", "moneyUnit"],
    executionRate: ["projectActual"],
    discrepancies: [...STATED, "projectActual", "moneyUnit"],
    projectNumber: ["projectId"],
    grantTypeName: ["projectId"],
    programs: [],
    kpis: [],
    evaluation: [],
    futurePolicy: [],
    comments: ["municipalityId"],
    allowedOperations: ["status", "municipalityId", "submittedById", "amountsEditedById"],
  },
});
