import { REPORT_FIELDS } from "@sosei/server/domain/report/report-field-registry";
import { formatKpiNumber } from "@sosei/server/rules/kpi-value";
import { formatAmount, type MoneyUnit } from "@sosei/server/rules/money";
import { formatMonth } from "@sosei/server/rules/wareki";
import type { TranslateFunction as Translate } from "react-admin";
import { dateTimeText, fiscalYearText } from "../../fields/format";

/** What a history line needs besides the change: the report's unit, the language, the lists. */
export interface HistoryContext {
  unit: MoneyUnit;
  locale: string;
  translate: Translate;
  /** Category labels by id (事業効果, 事業の評価, 今後の方針). */
  categories: ReadonlyMap<string, string>;
}

type Shown = (value: unknown, context: HistoryContext) => string;

const plain: Shown = (value) => String(value);
const yen: Shown = (value, { unit, translate }) =>
  `${formatAmount(Number(value), unit)} ${translate(`sosei.units.${unit}`)}`;
const kpiNumber: Shown = (value) => formatKpiNumber(String(value));
const fiscalYear: Shown = (value, { locale }) => fiscalYearText(Number(value), locale);
/** A value named by its label under sosei.<list> (statuses, units, …). */
const label =
  (list: string): Shown =>
  (value, { translate }) =>
    translate(`sosei.${list}.${String(value)}`);
const category: Shown = (value, { categories }) => categories.get(String(value)) ?? String(value);
const yesNo: Shown = (value, { translate }) =>
  translate(value ? "sosei.common.yes" : "sosei.common.no");
const dateTime: Shown = (value, { locale }) => dateTimeText(String(value), locale);

/**
 * Every audited column of a report and its parts (Report, BudgetProgram, KpiValue, Evaluation,
 * FuturePolicy, ReviewComment): how its value is shown under its label
 * (sosei.history.fields.<column>; the registry's fields show their own), or null for one that is not shown — keys, links to other
 * records and what the system keeps for itself. A column missing here fails
 * tests/admin/history-fields.test.ts.
 */
export const HISTORY_FIELDS: Record<string, Shown | null> = {
  id: null,
  reportId: null,
  projectId: null,
  municipalityId: null,
  kpiId: null,
  authorId: null,
  submittedById: null,
  amountsEditedById: null,
  version: null,
  createdAt: null,
  updatedAt: null,
  source: null,
  status: label("statuses"),
  revision: plain,
  fiscalYear,
  publishedAt: dateTime,
  ...Object.fromEntries(REPORT_FIELDS.map((f) => [f.key, f.kind === "yen" ? yen : plain])),
  moneyUnit: label("units"),
  statedYearOfPlan: (value, { translate }) => translate("sosei.history.yearOfPlan", { n: value }),
  effectCategoryId: category,
  effectCategoryText: plain,
  effectText: plain,
  projectName: plain,
  jointApplicationNote: plain,
  planFirstYear: fiscalYear,
  planLastYear: fiscalYear,
  kpiNameNote: plain,
  position: plain,
  name: plain,
  isPartial: yesNo,
  isNew: yesNo,
  summary: plain,
  mainResults: plain,
  budget: yen,
  expectedGrant: yen,
  actual: yen,
  actualGrant: yen,
  baseline: kpiNumber,
  target: kpiNumber,
  unit: plain,
  direction: label("kpis.directions"),
  value: kpiNumber,
  notMeasured: yesNo,
  isReference: yesNo,
  categoryId: category,
  categoryText: plain,
  opinion: plain,
  reason: plain,
  kind: label("comments.kinds"),
  body: plain,
};

/**
 * Months stored as a year column and a month column, shown as one field the way the form
 * writes them ("R3.3"): the pair's name is its label's key.
 */
export const MONTH_PAIRS: Record<string, [year: string, month: string]> = {
  actualsAsOf: ["actualsAsOfYear", "actualsAsOfMonth"],
  asOf: ["asOfYear", "asOfMonth"],
  targetMonth: ["targetYear", "targetMonth"],
};

/** A stored year and month as the form writes it: "R3.3"; a year alone as "R3". */
export function monthValue(year: unknown, month: unknown): string | null {
  if (typeof year !== "number") return null;
  try {
    if (typeof month !== "number") return formatMonth({ year, month: 12 }).replace(/\.\d+$/, "");
    return formatMonth({ year, month });
  } catch {
    return `${year}-${String(month)}`; // outside the calendar the rules know: as stored
  }
}
