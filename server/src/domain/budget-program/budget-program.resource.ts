import { readableThroughReportSql } from "../../auth/report-visibility";
import { keyIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { reportResource } from "../report/report.resource";
import { BudgetProgramFilter } from "./budget-program.args";
import { BudgetProgram } from "./budget-program.type";

/** A program is as visible as its report. */
export const budgetProgramResource = defineResource({
  name: "BudgetProgram",
  plural: "BudgetPrograms",
  type: BudgetProgram,
  table: "BudgetProgram",
  key: "id",
  filter: BudgetProgramFilter,
  filters: { reportId: keyIn("reportId") },
  search: ["name", "summary", "mainResults"],
  sort: {
    id: byColumn("id"),
    reportId: byColumn("reportId"),
    position: (t) => sql`(${ident(t, "reportId")}, ${ident(t, "position")})`,
    name: byColumn("name"),
    budget: byColumn("budget"),
    actual: byColumn("actual"),
  },
  defaultSort: { field: "position", order: "ASC" },
  scope: (reader, t) => readableThroughReportSql(reader, t),
  access: "public",
  relations: { report: { resource: () => reportResource, key: "reportId" } },
  needs: {
    budgetAmount: ["budget", "reportId"],
    expectedGrantAmount: ["expectedGrant", "reportId"],
    actualAmount: ["actual", "reportId"],
    actualGrantAmount: ["actualGrant", "reportId"],
    executionRate: ["actual", "budget"],
  },
});
