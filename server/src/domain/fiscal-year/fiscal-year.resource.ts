import { equals } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, raw, sql } from "../../list/sql";
import { isRuleError, parseFiscalYear } from "../../rules";
import { FiscalYearFilter } from "./fiscal-year.args";
import { FiscalYear } from "./fiscal-year.type";

/** q: "2020", "R2", "令和2年度" all find FY2020. */
function yearSearch(q: string, t: string) {
  try {
    return sql`${ident(t, "year")} = ${parseFiscalYear(q)}`;
  } catch (error) {
    if (isRuleError(error)) return raw("FALSE");
    throw error;
  }
}

export const fiscalYearResource = defineResource({
  name: "FiscalYear",
  plural: "FiscalYears",
  type: FiscalYear,
  table: "FiscalYear",
  key: "year",
  filter: FiscalYearFilter,
  filters: { isOpen: equals("isOpen") },
  search: [yearSearch],
  sort: { id: byColumn("year"), year: byColumn("year"), isOpen: byColumn("isOpen") },
  defaultSort: { field: "year", order: "ASC" },
  scope: () => null,
  access: "signedIn",
  relations: {},
  needs: { id: ["year"], label: ["year"], labelLong: ["year"] },
});
