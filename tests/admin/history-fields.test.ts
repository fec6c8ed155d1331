import type { TranslateFunction } from "ra-core";
import en from "../../admin/src/i18n/en";
import ja from "../../admin/src/i18n/ja";
import { HISTORY_FIELDS, MONTH_PAIRS } from "../../admin/src/reports/show/historyFields";
import { historyLines } from "../../admin/src/reports/show/historyLines";
import type { HistoryEntry } from "../../admin/src/types";
import { backends } from "../helpers/databases";

/**
 * The review page's history names every field by its label and shows every value as the form
 * does. The columns come from the database: every column of every audited table whose rows
 * belong to a report (the history of a report is theirs).
 */
const AUDITED_REPORT_COLUMNS = `
  SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
   WHERE t.tgname = c.relname || '_audit'
     AND (c.relname = 'Report' OR EXISTS (
           SELECT 1 FROM pg_attribute r WHERE r.attrelid = c.oid AND r.attname = 'reportId'))
   ORDER BY 1, 2`;

type Messages = typeof ja;

/** A translate over one language's messages, as polyglot does it ("%{name}", `_` default). */
function translator(messages: Messages): TranslateFunction {
  return (key: string, options: Record<string, unknown> = {}) => {
    const found = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    if (typeof found !== "string") return String(options._ ?? key);
    return found.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));
  };
}

const hasLabel = (messages: Messages, name: string) => {
  const history = (messages as unknown as { sosei: { history: { fields: object } } }).sosei.history;
  return typeof (history.fields as Record<string, unknown>)[name] === "string";
};

let columns: { table: string; column: string }[];
beforeAll(async () => {
  const db = await backends()[0].open("empty");
  try {
    columns = (await db.sql.query(AUDITED_REPORT_COLUMNS)) as typeof columns;
  } finally {
    await db.close();
  }
});

describe("the history's fields", () => {
  it("covers the six tables of a report", () => {
    expect([...new Set(columns.map((c) => c.table))].sort()).toEqual([
      "BudgetProgram",
      "Evaluation",
      "FuturePolicy",
      "KpiValue",
      "Report",
      "ReviewComment",
    ]);
  });

  it("has a way to show every audited column, and a label in Japanese and English for each shown", () => {
    const paired = new Set(Object.values(MONTH_PAIRS).flat());
    const unknown = columns.filter(
      ({ column }) => !(column in HISTORY_FIELDS) && !paired.has(column),
    );
    expect(unknown).toEqual([]);
    const shown = [
      ...columns.map((c) => c.column).filter((c) => HISTORY_FIELDS[c] && !paired.has(c)),
      ...Object.keys(MONTH_PAIRS),
    ];
    for (const messages of [ja, en]) {
      expect(shown.filter((name) => !hasLabel(messages, name))).toEqual([]);
    }
  });
});

describe("history lines", () => {
  const entry = (entity: string, changes: HistoryEntry["changes"]): HistoryEntry => ({
    id: "1",
    at: "2026-12-07T10:00:00Z",
    actorName: "財政 太郎",
    entity,
    entityId: "1",
    action: "UPDATE",
    changes,
  });
  const context = (messages: Messages, locale: string) => ({
    unit: "THOUSAND_YEN" as const,
    locale,
    translate: translator(messages),
    categories: new Map([["7", "目標を達成した"]]),
  });

  it("shows a KPI's definition in words: label, 千 separators, wareki month, direction", () => {
    const lines = historyLines(
      entry("KpiValue", {
        kpiId: { before: null, after: 12 },
        unit: { before: null, after: "千泊" },
        baseline: { before: null, after: 1685 },
        target: { before: 1800, after: 1910.5 },
        direction: { before: null, after: "INCREASE" },
        targetYear: { before: null, after: 2021 },
        targetMonth: { before: null, after: 3 },
        asOfMonth: { before: 2, after: 3 },
      }),
      context(ja, "ja"),
    );
    expect(lines.map((l) => `${l.field}: ${l.before} → ${l.after}`)).toEqual([
      "単位: (なし) → 千泊",
      "基準値: (なし) → 1,685",
      "目標値: 1,800 → 1,910.5",
      "向き: (なし) → 増やす",
      "時点: 2月 → 3月",
      "目標年月: (なし) → R3.3",
    ]);
  });

  it("shows amounts in the report's unit, the actuals' month, a category by its label, in English too", () => {
    const changes = {
      statedActualTotal: { before: 16247000, after: 16255000 },
      actualsAsOfYear: { before: null, after: 2021 },
      actualsAsOfMonth: { before: null, after: 3 },
      effectCategoryId: { before: null, after: 7 },
      moneyUnit: { before: "YEN", after: "THOUSAND_YEN" },
      fiscalYear: { before: null, after: 2020 },
      version: { before: 1, after: 2 },
    };
    const show = (messages: Messages, locale: string) =>
      historyLines(entry("Report", changes), context(messages, locale)).map(
        (l) => `${l.field}: ${l.before} → ${l.after}`,
      );
    expect(show(ja, "ja")).toEqual([
      "合計 実績額 (記載): 16,247 千円 → 16,255 千円",
      "事業効果 (区分): (なし) → 目標を達成した",
      "金額の単位: 円 → 千円",
      "年度: (なし) → R2年度 (2020)",
      "実績額の時点: (なし) → R3.3",
    ]);
    expect(show(en, "en")).toEqual([
      "Total actual (as stated): 16,247 thousand yen → 16,255 thousand yen",
      "Effect (category): (none) → 目標を達成した",
      "Unit of amounts: yen → thousand yen",
      "Fiscal year: (none) → FY2020 (R2)",
      "Actuals as of: (none) → R3.3",
    ]);
  });
});
