import { REPORT_FIELDS } from "@sosei/server/domain/report/report-field-registry";
import { formatAmount, type MoneyUnit } from "@sosei/server/rules/money";
import type { TranslateFunction as Translate } from "react-admin";
import type { Change } from "./changes";

/** Report fields (the registry's yen) and program columns that hold exact yen. */
const YEN_FIELDS = new Set([
  "budget",
  "expectedGrant",
  "actual",
  "actualGrant",
  ...REPORT_FIELDS.filter((f) => f.kind === "yen").map((f) => f.key),
]);

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

function labelOf(path: Change["path"], translate: Translate): string {
  const [head, index, ...rest] = path;
  const last = String(path[path.length - 1]);
  if (head === "programs" && typeof index === "number") {
    const field = translate(`sosei.programs.columns.${rest[0]}`);
    return translate("sosei.changes.programRow", { row: index + 1, field });
  }
  if (head === "kpis" && typeof index === "number") {
    const field = translate(`sosei.kpis.columns.${last}`);
    return translate("sosei.changes.kpiRow", { row: index + 1, field });
  }
  if (head === "evaluation" || head === "futurePolicy") {
    return `${translate(`sosei.editor.sections.${head}`)}: ${translate(`sosei.changes.fields.${last}`)}`;
  }
  return translate(`resources.reports.fields.${last}`, { _: last });
}

function valueOf(field: string, value: unknown, unit: MoneyUnit, translate: Translate): string {
  if (value === null || value === undefined || value === "") return translate("sosei.common.none");
  if (YEN_FIELDS.has(field) && typeof value === "number") {
    return `${formatAmount(value, unit)} ${translate(`sosei.units.${unit}`)}`;
  }
  if (field === "status") return translate(`sosei.statuses.${String(value)}`);
  if (typeof value === "boolean") return translate(value ? "sosei.common.yes" : "sosei.common.no");
  return String(value);
}

/** A change of a report as one line: which field, in words, and its values as the form shows them. */
export function describeReportChange(
  change: Change,
  unit: MoneyUnit,
  translate: Translate,
): ChangeLine {
  const field = String(change.path[change.path.length - 1]);
  return {
    label: labelOf(change.path, translate),
    before: valueOf(field, change.before, unit, translate),
    after: valueOf(field, change.after, unit, translate),
  };
}
