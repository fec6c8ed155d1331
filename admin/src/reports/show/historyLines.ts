import type { HistoryEntry } from "../../types";
import { HISTORY_FIELDS, MONTH_PAIRS, monthValue, type HistoryContext } from "./historyFields";

const MAX_TEXT = 120;

export interface HistoryLine {
  field: string;
  before: string;
  after: string;
}

type Change = { before: unknown; after: unknown };

function text(field: string, value: unknown, context: HistoryContext): string {
  if (value === null || value === undefined || value === "")
    return context.translate("sosei.common.none");
  const show = HISTORY_FIELDS[field];
  const shown = show ? show(value, context) : String(value);
  return shown.length > MAX_TEXT ? `${shown.slice(0, MAX_TEXT)}…` : shown;
}

/**
 * The changes with each year-and-month pair made one change of a month ("R3.3"). A change of
 * the month alone (the year unchanged, so not recorded) reads "3月".
 */
function withMonths(changes: Record<string, Change>, context: HistoryContext) {
  const rest: Record<string, Change> = { ...changes };
  const months: HistoryLine[] = [];
  for (const [name, [year, month]] of Object.entries(MONTH_PAIRS)) {
    if (!(year in rest) && !(month in rest)) continue;
    const side = (which: "before" | "after") => {
      const m = rest[month]?.[which] ?? null;
      const shown =
        year in rest
          ? monthValue(rest[year][which], m)
          : m === null
            ? null
            : context.translate("sosei.history.monthOnly", { month: m });
      return shown ?? context.translate("sosei.common.none");
    };
    months.push({
      field: context.translate(`sosei.history.fields.${name}`),
      before: side("before"),
      after: side("after"),
    });
    delete rest[year];
    delete rest[month];
  }
  return { rest, months };
}

/**
 * The field-level changes of one history entry, in words: each field by its label, each value
 * as the form shows it. A new report (revision) is one line, not a copy of every field; a
 * deleted row lists what it held.
 */
export function historyLines(entry: HistoryEntry, context: HistoryContext): HistoryLine[] {
  if (entry.entity === "Report" && entry.action === "INSERT") return [];
  const { rest, months } = withMonths(entry.changes, context);
  const fields = Object.entries(rest)
    .filter(([field]) => HISTORY_FIELDS[field] !== null)
    .map(([field, { before, after }]) => ({
      field: context.translate(`sosei.history.fields.${field}`, { _: field }),
      before: text(field, before, context),
      after: text(field, after, context),
    }));
  return [...fields, ...months];
}
