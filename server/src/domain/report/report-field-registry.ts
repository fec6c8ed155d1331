/**
 * The form's plain fields of a report, one entry each: the GraphQL field and updateReport
 * argument, the input check, the export's column (one header for export and import), the
 * open data key, the content the import compares, the change list's and history's labels,
 * the admin's labels and editor inputs all come from here. Pure data, shared with the admin.
 *
 * A field with a layout of its own is written by hand where it is used: ④ programs, ⑤ KPIs,
 * months, the category parts ⑥–⑧ (a list entry with its text), the project's copy (①②,
 * report-project-copy.ts). See CONTRIBUTING.md, "Adding a field".
 */
import type { TotalField } from "../../rules/discrepancy";

export interface ReportFieldEntry {
  /** Column of Report, GraphQL field and updateReport argument, key of the report's content. */
  key: string;
  /** text: String, checked against `max`; yen: exact yen, shown in the report's unit. */
  kind: "text" | "yen";
  /**
   * Where it sits on the form: the editor's section and the export's column group
   * (header: the 担当 block; overview: ③; totals: ④'s 合計 row and the project's actual).
   */
  section: "header" | "overview" | "totals";
  /** The form's part number, before the label in an import's list of changes. */
  part?: "③" | "④";
  /** Characters (code points), for text. */
  max?: number;
  /** The 合計 field a stated total fills (rules/discrepancy.ts). */
  total?: TotalField;
  /** Column header of the export (CSV, XLSX), also what the import reads. */
  header: string;
  /** Key in the open data JSON; the field's key when absent. A stated total is in statedTotals. */
  openData?: string;
  label: { ja: string; en: string };
  /** A new year's report starts with the previous report's value (report-start.ts). */
  carriedOver?: boolean;
  /**
   * With no earlier report to carry over from, a new report starts with the project's value of
   * the same name (report-start.ts).
   */
  fromProject?: boolean;
  /** Also an argument of createReport. */
  atCreate?: boolean;
  /** For the GraphQL schema. */
  description?: string;
  /** The editor's hint under the input. */
  help?: { ja: string; en: string };
}

/** Long texts of the form (④ summaries, ⑥–⑧ explanations). */
export const LONG_TEXT = 4000;

export const REPORT_FIELDS = [
  {
    key: "department",
    kind: "text",
    section: "header",
    max: 100,
    header: "担当部署",
    label: { ja: "担当課", en: "Department" },
    carriedOver: true,
    atCreate: true,
  },
  {
    key: "contact",
    kind: "text",
    section: "header",
    max: 200,
    header: "連絡先",
    label: { ja: "連絡先", en: "Contact" },
    carriedOver: true,
    atCreate: true,
  },
  {
    key: "grantKind",
    kind: "text",
    section: "header",
    max: 50,
    header: "交付金の区分",
    label: { ja: "交付金の区分", en: "Kind within the grant" },
    carriedOver: true,
    description:
      "The kind within the grant as older forms state it (先行型: 基礎交付, タイプⅠ, タイプⅡ)",
    help: {
      ja: "旧様式のみ: 先行型の基礎交付、タイプⅠ、タイプⅡ など",
      en: "Older forms only, e.g. basic, Type I or Type II of the advance-type grant",
    },
  },
  {
    key: "overview",
    kind: "text",
    section: "overview",
    part: "③",
    max: 20000,
    header: "全体概要",
    label: { ja: "全体概要", en: "Overview" },
    carriedOver: true,
    fromProject: true,
    description: "③ 全体概要 as this report states it",
  },
  {
    key: "statedBudgetTotal",
    kind: "yen",
    section: "totals",
    part: "④",
    total: "budget",
    header: "合計 予算額",
    label: { ja: "合計 予算額 (記載)", en: "Total budget (as stated)" },
    description: "合計 as the form states it",
  },
  {
    key: "statedExpectedGrantTotal",
    kind: "yen",
    section: "totals",
    part: "④",
    total: "expectedGrant",
    header: "合計 うち交付金見込",
    label: { ja: "合計 うち交付金見込 (記載)", en: "Total expected grant (as stated)" },
  },
  {
    key: "statedActualTotal",
    kind: "yen",
    section: "totals",
    part: "④",
    total: "actual",
    header: "合計 実績額",
    label: { ja: "合計 実績額 (記載)", en: "Total actual (as stated)" },
  },
  {
    key: "statedActualGrantTotal",
    kind: "yen",
    section: "totals",
    part: "④",
    total: "actualGrant",
    header: "合計 うち交付金",
    label: { ja: "合計 うち交付金 (記載)", en: "Total actual grant (as stated)" },
  },
  {
    key: "projectActual",
    kind: "yen",
    section: "totals",
    header: "事業実績額",
    label: { ja: "事業全体の実績額", en: "Actual of the whole project" },
    description: "Project-level actual, for forms without programs",
  },
] as const satisfies readonly ReportFieldEntry[];

type Entry = (typeof REPORT_FIELDS)[number];
export type ReportFieldKey = Entry["key"];
export type ReportTextKey = Extract<Entry, { kind: "text" }>["key"];
export type ReportYenKey = Extract<Entry, { kind: "yen" }>["key"];
/** Yen fields that are not a stated total: they sit in the content under their own key. */
type PlainYenKey = Exclude<ReportYenKey, Extract<Entry, { total: TotalField }>["key"]>;

/**
 * The registry's fields in a report's content (io/content): texts and yen under their keys,
 * the stated totals as the 合計 row, `stated` (every field null when the form has none).
 */
export type ReportFieldContent = { [K in ReportTextKey]: string | null } & {
  [K in PlainYenKey]: number | null;
} & { stated: Record<TotalField, number | null> };

export const TEXT_FIELDS: readonly ReportFieldEntry[] = REPORT_FIELDS.filter(
  (f) => f.kind === "text",
);
export const YEN_FIELDS: readonly ReportFieldEntry[] = REPORT_FIELDS.filter(
  (f) => f.kind === "yen",
);
export const fieldsIn = (section: ReportFieldEntry["section"]): readonly ReportFieldEntry[] =>
  REPORT_FIELDS.filter((f) => f.section === section);

/** The label as an import's change list and an error name it: "③ 全体概要". */
export const partLabel = (f: ReportFieldEntry, language: "ja" | "en") =>
  f.part ? `${f.part} ${f.label[language]}` : f.label[language];

/**
 * Values by key (a database row, a table's row as read) → the content's registry fields;
 * `yen` turns a stored or written amount into exact yen.
 */
export function fieldContentOf(
  valueOf: (f: ReportFieldEntry) => unknown,
  yen: (value: unknown) => number | null = (v) => (v == null ? null : Number(v)),
): ReportFieldContent {
  const content: Record<string, unknown> = {};
  const stated: Record<string, number | null> = {};
  for (const f of REPORT_FIELDS) {
    const value = valueOf(f);
    if (f.kind === "text") content[f.key] = value ?? null;
    else if ("total" in f) stated[f.total] = yen(value);
    else content[f.key] = yen(value);
  }
  return { ...content, stated } as ReportFieldContent;
}

/** The content's value of a field, a stated total from `stated`. */
export function contentValue(content: ReportFieldContent, f: ReportFieldEntry) {
  if (f.total) return content.stated[f.total];
  return (content as unknown as Record<string, string | number | null>)[f.key] ?? null;
}

/** A report's content as updateReport's arguments of the registry (the import's write). */
export const fieldArgsOf = (content: ReportFieldContent): ReportFieldArgs =>
  Object.fromEntries(REPORT_FIELDS.map((f) => [f.key, contentValue(content, f)]));

/** Every registry field empty: a report nothing was entered in. */
export const emptyFieldContent = (): ReportFieldContent => fieldContentOf(() => null);

/** The registry's columns as the database row and the GraphQL type hold them. */
export type ReportFieldRow = { [K in ReportTextKey]: string | null } & {
  [K in ReportYenKey]: bigint | null;
};

/** updateReport's arguments from the registry: absent = unchanged, null = cleared. */
export type ReportFieldArgs = { [K in ReportTextKey]?: string | null } & {
  [K in ReportYenKey]?: number | null;
};

export const fieldEntry = (key: ReportFieldKey): ReportFieldEntry =>
  REPORT_FIELDS.find((f) => f.key === key)!;
