/**
 * What a file would change in a report, part by part, each change named by the field's
 * label (Japanese and English) with the value before and after as the form shows it
 * (amounts in the report's unit with separators, months in wareki), and where in the file.
 */
import {
  formatAmount,
  formatFiscalYear,
  formatMonth,
  UNIT_LABELS,
  type YearMonth,
} from "../../rules";
import {
  contentValue,
  fieldsIn,
  partLabel,
  type ReportFieldEntry,
} from "../../domain/report/report-field-registry";
import type { PartName } from "../../domain/report/report-pipeline";
import type { KpiContent, ProgramContent, ReportContent } from "../content/report-content";
import type { ImportedReport } from "./import-model";
import type { Origin } from "./problems";

/** The project's part (its copy in the report, KPI definitions): the administrator's. */
export type ChangedPart = PartName | "project";

export interface Change extends Origin {
  part: ChangedPart;
  labelJa: string;
  labelEn: string;
  before: string;
  after: string;
}

type Shown = (value: never, unit: ReportContent["moneyUnit"]) => string;
const text: Shown = (v: string | null) => v ?? "";
const yen: Shown = (v: number | null, unit) =>
  v === null ? "" : `${formatAmount(v, unit)} ${UNIT_LABELS[unit]}`;
const month: Shown = (v: YearMonth | null) => (v ? formatMonth(v) : "");
const flag: Shown = (v: boolean) => (v ? "あり" : "なし");
const plain: Shown = (v: unknown) => (v === null || v === undefined ? "" : String(v));

type Field<T> = [keyof T & string, string, string, Shown];
type Row = { position: number; origin?: Origin };

type ReportField = [ChangedPart, (c: ReportContent) => unknown, string, string, Shown];

/** The registry's fields of a section, named as the form numbers them ("③ 全体概要"). */
const registered = (section: ReportFieldEntry["section"]): ReportField[] =>
  fieldsIn(section).map((f) => [
    "report",
    (c) => contentValue(c, f),
    partLabel(f, "ja"),
    partLabel(f, "en"),
    f.kind === "yen" ? yen : text,
  ]);

/** Every field of a report, in the order of the form. */
const REPORT_FIELDS: ReportField[] = [
  ["report", (c) => c.moneyUnit, "金額の単位", "money unit", (v: "YEN") => UNIT_LABELS[v]],
  ...registered("header"),
  ["report", (c) => c.statedYearOfPlan, "年度目", "year of the plan", plain],
  ...registered("overview"),
  ["report", (c) => c.actualsAsOf, "実績の時点", "actuals as of", month],
  ...registered("totals"),
  ["report", (c) => c.effect.category, "⑥ 事業効果の区分", "⑥ effect category", text],
  ["report", (c) => c.effect.text, "⑥ 事業効果", "⑥ effect", text],
  ["evaluation", (c) => c.evaluation.category, "⑦ 評価の区分", "⑦ evaluation", text],
  ["evaluation", (c) => c.evaluation.opinion, "⑦ 外部有識者からの意見", "⑦ opinion", text],
  ["policy", (c) => c.policy.category, "⑧ 今後の方針", "⑧ future policy", text],
  ["policy", (c) => c.policy.reason, "⑧ 今後の方針の理由", "⑧ reason", text],
  ["project", (c) => c.projectName, "① 事業名", "① project name", text],
  ["project", (c) => c.jointApplicationNote, "共同申請", "joint application", text],
  [
    "project",
    (c) => c.plan && [c.plan.firstYear, c.plan.lastYear],
    "② 実施計画期間",
    "② plan period",
    (v: number[] | null) => (v ? `${formatFiscalYear(v[0]!)}～${formatFiscalYear(v[1]!)}` : ""),
  ],
  ["project", (c) => c.kpiNameNote, "KPIの注記", "KPI note", text],
];

const PROGRAM_FIELDS: Field<ProgramContent>[] = [
  ["name", "事業名", "name", text],
  ["isPartial", "(関係分)", "(partial)", flag],
  ["isNew", "(新)", "(new)", flag],
  ["summary", "概要", "summary", text],
  ["mainResults", "主な事業実績", "main results", text],
  ["budget", "予算額", "budget", yen],
  ["expectedGrant", "うち交付金見込", "expected grant", yen],
  ["actual", "実績額", "actual", yen],
  ["actualGrant", "うち交付金", "actual grant", yen],
];

const KPI_VALUE_FIELDS: Field<KpiContent>[] = [
  ["value", "実績値", "value", plain],
  ["notMeasured", "未計測 (-)", "not measured", flag],
  ["asOf", "実績の時点", "as of", month],
  ["isReference", "【参考値】", "reference value", flag],
];
const KPI_DEFINITION_FIELDS: Field<KpiContent>[] = [
  ["name", "KPI名", "name", text],
  ["baseline", "基準値", "baseline", plain],
  ["target", "目標値", "target", plain],
  ["unit", "単位", "unit", text],
  ["targetMonth", "目標年月", "target month", month],
  ["direction", "増減", "direction", plain],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a list of changes is named after: its part and label. */
interface Named {
  part: ChangedPart;
  ja: string;
  en: string;
}
type Add = (name: Named, origin: Origin, show: Shown, a: unknown, b: unknown) => void;

const PROGRAMS: Named = { part: "programs", ja: "④ 事業", en: "④ program" };
const KPI_DEFINITIONS: Named = { part: "project", ja: "KPI", en: "KPI" };
const KPI_VALUES: Named = { part: "kpiValues", ja: "KPI", en: "KPI" };

/** Every change from `before` to the imported report, in the order of the form. */
export function changesOf(before: ReportContent, after: ImportedReport): Change[] {
  const changes: Change[] = [];
  const add: Add = ({ part, ja, en }, origin, show, a, b) => {
    if (same(a, b)) return;
    const display = show as (v: unknown, u: ReportContent["moneyUnit"]) => string;
    const [x, y] = [display(a, before.moneyUnit), display(b, after.moneyUnit)];
    changes.push({ ...origin, part, labelJa: ja, labelEn: en, before: x, after: y });
  };
  for (const [part, get, ja, en, show] of REPORT_FIELDS)
    add({ part, ja, en }, after.origin, show, get(before) ?? null, get(after) ?? null);
  const definitions = (k: KpiContent[]): Row[] =>
    k.map(({ value: _v, notMeasured: _n, asOf: _a, isReference: _r, ...d }) => d);
  const { origin } = after;
  listChanges(before.programs, after.programs, PROGRAMS, PROGRAM_FIELDS, add, origin);
  const [was, is] = [definitions(before.kpis), definitions(after.kpis)];
  listChanges(was, is, KPI_DEFINITIONS, KPI_DEFINITION_FIELDS, add, origin);
  listChanges(before.kpis, after.kpis, KPI_VALUES, KPI_VALUE_FIELDS, add, origin);
  return changes;
}

function listChanges<T>(
  before: Row[],
  after: Row[],
  list: Named,
  fields: Field<T>[],
  add: Add,
  origin: Origin,
) {
  if (before.length !== after.length) {
    const count = { ...list, ja: `${list.ja}の件数`, en: `number of ${list.en}s` };
    add(count, origin, plain, before.length, after.length);
  }
  for (const item of after) {
    const old = before.find((b) => b.position === item.position) as
      Record<string, unknown> | undefined;
    for (const [field, ja, en, show] of fields) {
      const value = (item as Record<string, unknown>)[field];
      if (!old && (value === null || value === false)) continue;
      const name = {
        ...list,
        ja: `${list.ja} ${item.position} ${ja}`,
        en: `${list.en} ${item.position} ${en}`,
      };
      add(name, item.origin ?? origin, show, old?.[field] ?? null, value ?? null);
    }
  }
}

/** The parts a list of changes touches. */
export const partsChanged = (changes: Change[]) => new Set(changes.map((c) => c.part));
