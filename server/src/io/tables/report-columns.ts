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
import { REPORT_HEADERS as H } from "./headers";

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

export const REPORT_COLUMNS: C[] = [
  { header: H.code, kind: "text", required: true, get: (r) => text(r.municipality.code) },
  { header: H.prefecture, kind: "text", get: (r) => text(r.municipality.prefecture) },
  { header: H.municipality, kind: "text", get: (r) => text(r.municipality.name) },
  { header: H.fiscalYear, kind: "int", required: true, get: (r) => int(r.fiscalYear) },
  {
    header: "年度(和暦)",
    kind: "text",
    exportOnly: true,
    get: (r) => text(formatFiscalYear(r.fiscalYear)),
  },
  { header: H.grantType, kind: "text", required: true, get: (r) => text(r.grantType) },
  { header: H.number, kind: "int", required: true, get: (r) => int(r.number) },
  { header: H.projectName, kind: "text", required: true, get: (r) => text(r.projectName) },
  { header: H.jointApplicationNote, kind: "text", get: (r) => text(r.jointApplicationNote) },
  { header: H.planFirstYear, kind: "int", get: (r) => int(r.plan?.firstYear ?? null) },
  { header: H.planLastYear, kind: "int", get: (r) => int(r.plan?.lastYear ?? null) },
  { header: H.statedYearOfPlan, kind: "int", get: (r) => int(r.statedYearOfPlan) },
  ...registered("overview"),
  { header: H.kpiNameNote, kind: "text", get: (r) => text(r.kpiNameNote) },
  {
    header: H.moneyUnit,
    kind: "text",
    required: true,
    get: (r) => text(UNIT_LABELS[r.moneyUnit]),
  },
  { header: H.actualsAsOf, kind: "month", get: (r) => month(r.actualsAsOf) },
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
  { header: H.effectCategory, kind: "text", get: (r) => text(r.effect.category) },
  { header: H.effectText, kind: "text", get: (r) => text(r.effect.text) },
  { header: H.evaluationCategory, kind: "text", get: (r) => text(r.evaluation.category) },
  { header: H.opinion, kind: "text", get: (r) => text(r.evaluation.opinion) },
  { header: H.policyCategory, kind: "text", get: (r) => text(r.policy.category) },
  { header: H.reason, kind: "text", get: (r) => text(r.policy.reason) },
  ...registered("header"),
  { header: H.status, kind: "text", get: (r) => text(STATUS_LABELS[r.status]) },
  { header: H.revision, kind: "int", get: (r) => int(r.revision) },
  { header: H.publishedAt, kind: "datetime", get: (r) => datetime(r.publishedAt) },
  { header: H.source, kind: "text", get: (r) => text(r.source) },
];
