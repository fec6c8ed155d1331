/**
 * The three tables of Sosei's export format (from CSV files or XLSX sheets) joined back into
 * reports: program and KPI rows find their report by 団体コード, 年度 and 国提出事業名.
 */
import { fieldContentOf } from "../../../domain/report/report-field-registry";
import type { MoneyUnit } from "../../../rules";
import { REPORT_STATUSES, STATUS_LABELS, type ReportStatus } from "../../../workflow/report-status";
import { reportKey } from "../check";
import {
  KPI_HEADERS,
  POSITION_HEADER,
  PROGRAM_HEADERS,
  REPORT_HEADERS as H,
} from "../../tables/headers";
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
  r.report = r.int(H.number, true) ?? 0;
  const unit = choice(r, H.moneyUnit, UNITS, "THOUSAND_YEN" as MoneyUnit);
  const first = r.int(H.planFirstYear);
  const last = r.int(H.planLastYear);
  const status = choice(r, H.status, STATUS_OF, "DRAFT" as ReportStatus);
  if (status === "SUPERSEDED")
    r.problemsError(
      H.status,
      "差替え済みの版は取り込めません",
      "a superseded revision cannot be imported",
    );
  return {
    origin: r.origin,
    municipality: {
      code: code(r.text(H.code, true)),
      name: r.text(H.municipality),
      prefecture: r.text(H.prefecture),
    },
    fiscalYear: r.int(H.fiscalYear, true) ?? 0,
    grantType: r.text(H.grantType, true) ?? "",
    moneyUnit: unit,
    number: r.report,
    projectName: r.text(H.projectName, true) ?? "",
    jointApplicationNote: r.text(H.jointApplicationNote),
    plan: first !== null && last !== null ? { firstYear: first, lastYear: last } : null,
    statedYearOfPlan: r.int(H.statedYearOfPlan),
    kpiNameNote: r.text(H.kpiNameNote),
    actualsAsOf: r.month(H.actualsAsOf),
    ...fieldContentOf(
      (f) => (f.kind === "text" ? r.text(f.header) : r.amount(f.header, unit)),
      (yen) => yen as number | null,
    ),
    programs: [],
    kpis: [],
    effect: { category: r.text(H.effectCategory), text: r.text(H.effectText) },
    evaluation: { category: r.text(H.evaluationCategory), opinion: r.text(H.opinion) },
    policy: { category: r.text(H.policyCategory), reason: r.text(H.reason) },
    status,
    revision: r.int(H.revision) ?? 1,
    publishedAt: r.datetime(H.publishedAt),
    statesState:
      r.text(H.status) !== null || r.text(H.revision) !== null || r.text(H.publishedAt) !== null,
    source: r.text(H.source),
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
      municipality: { code: code(r.text(H.code, true)) },
      fiscalYear: r.int(H.fiscalYear, true) ?? 0,
      projectName: r.text(H.projectName, true) ?? "",
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
    const position = r.int(POSITION_HEADER, true) ?? 0;
    const unit = report.moneyUnit;
    if (table.name === "programs") {
      report.programs.push({
        origin: r.origin,
        position,
        name: r.text(PROGRAM_HEADERS.name, true) ?? "",
        isPartial: r.bool(PROGRAM_HEADERS.isPartial),
        isNew: r.bool(PROGRAM_HEADERS.isNew),
        summary: r.text(PROGRAM_HEADERS.summary),
        mainResults: r.text(PROGRAM_HEADERS.mainResults),
        budget: r.amount(PROGRAM_HEADERS.budget, unit, true) ?? 0,
        expectedGrant: r.amount(PROGRAM_HEADERS.expectedGrant, unit, true) ?? 0,
        actual: r.amount(PROGRAM_HEADERS.actual, unit),
        actualGrant: r.amount(PROGRAM_HEADERS.actualGrant, unit),
      });
    } else {
      report.kpis.push({
        origin: r.origin,
        position,
        name: r.text(KPI_HEADERS.name, true) ?? "",
        baseline: r.decimal(KPI_HEADERS.baseline),
        target: r.decimal(KPI_HEADERS.target, true) ?? "0",
        unit: r.text(KPI_HEADERS.unit) ?? "",
        targetMonth: r.month(KPI_HEADERS.targetMonth),
        direction: choice(r, KPI_HEADERS.direction, DIRECTIONS, "INCREASE" as const),
        value: r.decimal(KPI_HEADERS.value),
        notMeasured: r.bool(KPI_HEADERS.notMeasured),
        asOf: r.month(KPI_HEADERS.asOf),
        isReference: r.bool(KPI_HEADERS.isReference),
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
