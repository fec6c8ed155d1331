import { intInRange, idOf, optionalText, required, text } from "../../common/validate";
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "../fiscal-year/fiscal-year.args";
import { LIMITS } from "../report/report-validation";
import type { ProjectCreateInput, ProjectUpdateInput } from "./project.args";

/** A project's columns as checked input; undefined means "unchanged". */
export interface ProjectData {
  municipalityId?: number;
  grantTypeId?: number;
  number?: number;
  name?: string;
  jointApplicationNote?: string | null;
  planFirstYear?: number | null;
  planLastYear?: number | null;
  overview?: string | null;
  kpiNameNote?: string | null;
}

function planYear(value: number | null | undefined, field: string): number | null | undefined {
  if (value === null || value === undefined) return value;
  return intInRange(value, [field], MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, "実施計画の年度");
}

/** Field-by-field checks that need no database; relations are checked in project.rules.ts. */
export function validProject(input: ProjectCreateInput | ProjectUpdateInput): ProjectData {
  const data: ProjectData = {};
  const municipalityId = required(input.municipalityId, ["municipalityId"], "団体");
  if (municipalityId !== undefined) data.municipalityId = idOf(municipalityId, ["municipalityId"]);
  const grantTypeId = required(input.grantTypeId, ["grantTypeId"], "交付金の種類");
  if (grantTypeId !== undefined) data.grantTypeId = idOf(grantTypeId, ["grantTypeId"]);
  const number = required(input.number, ["number"], "No");
  if (number !== undefined) data.number = intInRange(number, ["number"], 1, 9999, "No");
  const name = required(input.name, ["name"], "事業名");
  if (name !== undefined) data.name = text(name, ["name"], 1, 300, "事業名");
  if (input.jointApplicationNote !== undefined) {
    data.jointApplicationNote = optionalText(
      input.jointApplicationNote,
      ["jointApplicationNote"],
      100,
      "共同申請の注記",
    );
  }
  data.planFirstYear = planYear(input.planFirstYear, "planFirstYear");
  data.planLastYear = planYear(input.planLastYear, "planLastYear");
  if (input.overview !== undefined) {
    data.overview = optionalText(input.overview, ["overview"], LIMITS.overview, "全体概要");
  }
  if (input.kpiNameNote !== undefined) {
    data.kpiNameNote = optionalText(input.kpiNameNote, ["kpiNameNote"], 100, "KPI名の注記");
  }
  return data;
}
