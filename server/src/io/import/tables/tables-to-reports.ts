/**
 * The three tables of Sosei's export format (from CSV files or XLSX sheets) joined back into
 * reports: program and KPI rows find their report by 団体コード, 年度 and 国提出事業名.
 */
import { fieldContentOf } from "../../../domain/report/report-field-registry";
import type { MoneyUnit } from "../../../rules";
import { REPORT_STATUSES, STATUS_LABELS, type ReportStatus } from "../../../workflow/report-status";
import { reportKey } from "../check";
import type { Convert } from "../convert";
import type { ImportedReport } from "../import-model";
import type { Problems } from "../problems";
import { columnsOf, type RawTable } from "./raw-table";
import { RowReader } from "./row-reader";

const UNITS: Record<string, MoneyUnit> = {
  千円: "THOUSAND_YEN",
  円: "YEN",
  THOUSAND_YEN: "THOUSAND_YEN",
  YEN: "YEN",
};
const STATUS_OF = new Map<string, ReportStatus>([
  ...REPORT_STATUSES.map((s) => [s, s] as const),
  ...REPORT_STATUSES.map((s) => [STATUS_LABELS[s], s] as const),
]);
const DIRECTIONS: Record<string, "INCREASE" | "DECREASE"> = {
  増加: "INCREASE",
  減少: "DECREASE",
  INCREASE: "INCREASE",
  DECREASE: "DECREASE",
};

/** A code typed as a number loses its leading zero ("12041" for "012041"). */
const code = (text: string | null) =>
  text !== null && /^\d{1,5}$/.test(text.trim())
    ? text.trim().padStart(6, "0")
    : (text?.trim() ?? "");

function choice<T>(
  r: RowReader,
  header: string,
  options: Record<string, T> | Map<string, T>,
  fallback: T,
): T {
  const text = r.text(header)?.trim();
  if (text === undefined) return fallback;
  const found = options instanceof Map ? options.get(text) : options[text];
  if (found !== undefined) return found;
  const allowed = [...(options instanceof Map ? options.keys() : Object.keys(options))].join(", ");
  r.problemsError(
    header,
    `「${text}」は ${allowed} のいずれでもありません`,
    `"${text}" is not one of ${allowed}`,
  );
  return fallback;
}

function readReport(r: RowReader): ImportedReport {
  r.report = r.int("No", true) ?? 0;
  const unit = choice(r, "金額の単位", UNITS, "THOUSAND_YEN" as MoneyUnit);
  const first = r.int("計画開始年度");
  const last = r.int("計画終了年度");
  const status = choice(r, "状態", STATUS_OF, "DRAFT" as ReportStatus);
  if (status === "SUPERSEDED")
    r.problemsError(
      "状態",
      "差替え済みの版は取り込めません",
      "a superseded revision cannot be imported",
    );
  return {
    origin: r.origin,
    municipality: {
      code: code(r.text("団体コード", true)),
      name: r.text("団体名"),
      prefecture: r.text("都道府県"),
    },
    fiscalYear: r.int("年度", true) ?? 0,
    grantType: r.text("交付金の種類", true) ?? "",
    moneyUnit: unit,
    number: r.report,
    projectName: r.text("国提出事業名", true) ?? "",
    jointApplicationNote: r.text("共同申請"),
    plan: first !== null && last !== null ? { firstYear: first, lastYear: last } : null,
    statedYearOfPlan: r.int("実施年数(記載)"),
    kpiNameNote: r.text("指標名の注記"),
    actualsAsOf: r.month("実績時点"),
    ...fieldContentOf(
      (f) => (f.kind === "text" ? r.text(f.header) : r.amount(f.header, unit)),
      (yen) => yen as number | null,
    ),
    programs: [],
    kpis: [],
    effect: { category: r.text("事業効果"), text: r.text("事業効果の説明") },
    evaluation: { category: r.text("事業の評価"), opinion: r.text("外部有識者からの意見") },
    policy: { category: r.text("今後の方針"), reason: r.text("今後の方針の理由") },
    status,
    revision: r.int("版") ?? 1,
    publishedAt: r.datetime("公開日時"),
    statesState: r.text("状態") !== null || r.text("版") !== null || r.text("公開日時") !== null,
    source: r.text("出典"),
  };
}

function attach(
  table: RawTable,
  byKey: Map<string, ImportedReport>,
  problems: Problems,
  convert: Convert,
): void {
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems, convert);
    const key = {
      municipality: { code: code(r.text("団体コード", true)) },
      fiscalYear: r.int("年度", true) ?? 0,
      projectName: r.text("国提出事業名", true) ?? "",
    };
    const report = byKey.get(reportKey(key));
    if (!report) {
      problems.error(
        r.origin,
        "ORPHAN_ROW",
        `報告の表に「${key.projectName}」(${key.fiscalYear}年度) の行がありません`,
        `the reports table has no row for "${key.projectName}" (FY${key.fiscalYear})`,
      );
      continue;
    }
    r.report = report.number;
    const position = r.int("番号", true) ?? 0;
    const unit = report.moneyUnit;
    if (table.name === "programs") {
      report.programs.push({
        origin: r.origin,
        position,
        name: r.text("事業名", true) ?? "",
        isPartial: r.bool("関係分"),
        isNew: r.bool("新規"),
        summary: r.text("概要"),
        mainResults: r.text("主な事業実績"),
        budget: r.amount("予算額", unit, true) ?? 0,
        expectedGrant: r.amount("うち交付金見込", unit, true) ?? 0,
        actual: r.amount("実績額", unit),
        actualGrant: r.amount("うち交付金", unit),
      });
    } else {
      report.kpis.push({
        origin: r.origin,
        position,
        name: r.text("指標名", true) ?? "",
        baseline: r.decimal("基準値"),
        target: r.decimal("目標値", true) ?? "0",
        unit: r.text("単位") ?? "",
        targetMonth: r.month("目標年月"),
        direction: choice(r, "方向", DIRECTIONS, "INCREASE" as const),
        value: r.decimal("最新値"),
        notMeasured: r.bool("未計測"),
        asOf: r.month("最新値の時点"),
        isReference: r.bool("参考値"),
      });
    }
  }
}

function checkHeaders(table: RawTable, problems: Problems): void {
  const known = new Set(columnsOf(table.name).map((c) => c.header));
  for (const header of table.headers) {
    if (header !== "" && !known.has(header)) {
      problems.warning(
        { file: table.file, sheet: table.sheet, line: 1 },
        "UNKNOWN_COLUMN",
        `列「${header}」は読み飛ばします`,
        `column "${header}" is ignored`,
      );
    }
  }
}

export function tablesToReports(
  tables: RawTable[],
  problems: Problems,
  convert: Convert,
): ImportedReport[] {
  tables.forEach((t) => checkHeaders(t, problems));
  const reportTables = tables.filter((t) => t.name === "reports");
  if (reportTables.length === 0 && tables.length > 0) {
    problems.error(
      { file: tables[0]!.file },
      "MISSING_TABLE",
      "報告の表 (reports) がありません",
      "the reports table is missing",
    );
  }
  const reports = reportTables.flatMap((t) =>
    t.rows.map((row) => readReport(new RowReader(t, row, problems, convert))),
  );
  const byKey = new Map(reports.map((report) => [reportKey(report), report]));
  for (const table of tables.filter((t) => t.name !== "reports"))
    attach(table, byKey, problems, convert);
  for (const report of reports) {
    report.programs.sort((a, b) => a.position - b.position);
    report.kpis.sort((a, b) => a.position - b.position);
  }
  return reports;
}
