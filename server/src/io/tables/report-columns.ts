/** The reports table (sheet 報告, reports.csv): one row per report. */
import {
  contentValue,
  fieldsIn,
  type ReportFieldEntry,
} from "../../domain/report/report-field-registry";
import { formatFiscalYear, sumPrograms, UNIT_LABELS } from "../../rules";
import { STATUS_LABELS } from "../../workflow/report-status";
import type { ReportContent } from "../content/report-content";
import { amount, type Column, datetime, int, month, text } from "./cell";

type C = Column<ReportContent>;
const computed = (r: ReportContent) => sumPrograms(r.programs, r.projectActual);

/** The registry's fields of a section, under their headers. */
const registered = (section: ReportFieldEntry["section"]): C[] =>
  fieldsIn(section).map((f) =>
    f.kind === "yen"
      ? {
          header: f.header,
          kind: "amount",
          get: (r) => amount(contentValue(r, f) as number | null, r.moneyUnit),
        }
      : { header: f.header, kind: "text", get: (r) => text(contentValue(r, f) as string | null) },
  );

/** The columns that tie a program or KPI row to its report. */
export const KEY_HEADERS = ["団体コード", "年度", "No", "国提出事業名"] as const;

export const REPORT_COLUMNS: C[] = [
  { header: "団体コード", kind: "text", required: true, get: (r) => text(r.municipality.code) },
  { header: "都道府県", kind: "text", get: (r) => text(r.municipality.prefecture) },
  { header: "団体名", kind: "text", get: (r) => text(r.municipality.name) },
  { header: "年度", kind: "int", required: true, get: (r) => int(r.fiscalYear) },
  {
    header: "年度(和暦)",
    kind: "text",
    exportOnly: true,
    get: (r) => text(formatFiscalYear(r.fiscalYear)),
  },
  { header: "交付金の種類", kind: "text", required: true, get: (r) => text(r.grantType) },
  { header: "No", kind: "int", required: true, get: (r) => int(r.number) },
  { header: "国提出事業名", kind: "text", required: true, get: (r) => text(r.projectName) },
  { header: "共同申請", kind: "text", get: (r) => text(r.jointApplicationNote) },
  { header: "計画開始年度", kind: "int", get: (r) => int(r.plan?.firstYear ?? null) },
  { header: "計画終了年度", kind: "int", get: (r) => int(r.plan?.lastYear ?? null) },
  { header: "実施年数(記載)", kind: "int", get: (r) => int(r.statedYearOfPlan) },
  ...registered("overview"),
  { header: "指標名の注記", kind: "text", get: (r) => text(r.kpiNameNote) },
  {
    header: "金額の単位",
    kind: "text",
    required: true,
    get: (r) => text(UNIT_LABELS[r.moneyUnit]),
  },
  { header: "実績時点", kind: "month", get: (r) => month(r.actualsAsOf) },
  ...registered("totals"),
  {
    header: "予算額計(計算)",
    kind: "amount",
    exportOnly: true,
    get: (r) => amount(computed(r).budget, r.moneyUnit),
  },
  {
    header: "うち交付金見込計(計算)",
    kind: "amount",
    exportOnly: true,
    get: (r) => amount(computed(r).expectedGrant, r.moneyUnit),
  },
  {
    header: "実績額計(計算)",
    kind: "amount",
    exportOnly: true,
    get: (r) => amount(computed(r).actual, r.moneyUnit),
  },
  {
    header: "うち交付金計(計算)",
    kind: "amount",
    exportOnly: true,
    get: (r) => amount(computed(r).actualGrant, r.moneyUnit),
  },
  { header: "事業効果", kind: "text", get: (r) => text(r.effect.category) },
  { header: "事業効果の説明", kind: "text", get: (r) => text(r.effect.text) },
  { header: "事業の評価", kind: "text", get: (r) => text(r.evaluation.category) },
  { header: "外部有識者からの意見", kind: "text", get: (r) => text(r.evaluation.opinion) },
  { header: "今後の方針", kind: "text", get: (r) => text(r.policy.category) },
  { header: "今後の方針の理由", kind: "text", get: (r) => text(r.policy.reason) },
  ...registered("header"),
  { header: "状態", kind: "text", get: (r) => text(STATUS_LABELS[r.status]) },
  { header: "版", kind: "int", get: (r) => int(r.revision) },
  { header: "公開日時", kind: "datetime", get: (r) => datetime(r.publishedAt) },
  { header: "出典", kind: "text", get: (r) => text(r.source) },
];
