import { formatAmount, type MoneyUnit } from "@sosei/server/rules/money";
import type { TranslateFunction as Translate } from "react-admin";
import type { HistoryEntry } from "../../types";

/** Columns every write touches or that only the system reads: not shown as a change. */
const HIDDEN = new Set([
  "id",
  "version",
  "updatedAt",
  "createdAt",
  "reportId",
  "source",
  "passwordHash",
]);
const YEN = /^(budget|expectedGrant|actual|actualGrant|stated\w+Total|projectActual)$/;
const MAX_TEXT = 120;

export interface HistoryLine {
  field: string;
  before: string;
  after: string;
}

function text(field: string, value: unknown, unit: MoneyUnit, translate: Translate): string {
  if (value === null || value === undefined || value === "") return translate("sosei.common.none");
  if (YEN.test(field) && typeof value === "number") {
    return `${formatAmount(value, unit)} ${translate(`sosei.units.${unit}`)}`;
  }
  if (field === "status") return translate(`sosei.statuses.${String(value)}`);
  if (typeof value === "boolean") return translate(value ? "sosei.common.yes" : "sosei.common.no");
  const shown = typeof value === "object" ? JSON.stringify(value) : String(value);
  return shown.length > MAX_TEXT ? `${shown.slice(0, MAX_TEXT)}…` : shown;
}

/**
 * The field-level changes of one history entry, in words. A new report (revision) is one
 * line, not a copy of every field; a deleted row lists what it held.
 */
export function historyLines(
  entry: HistoryEntry,
  unit: MoneyUnit,
  translate: Translate,
): HistoryLine[] {
  if (entry.entity === "Report" && entry.action === "INSERT") return [];
  return Object.entries(entry.changes)
    .filter(([field]) => !HIDDEN.has(field))
    .map(([field, { before, after }]) => ({
      field: translate(`sosei.history.fields.${field}`, { _: field }),
      before: text(field, before, unit, translate),
      after: text(field, after, unit, translate),
    }));
}
