/**
 * One report laid out like the national form 地方創生関連交付金事業に係る事業実施結果報告:
 * ① to ⑧ in order. Cells carry data-cell names so that tests (and scripts) find figures
 * by meaning. In a preview, a stated 合計 that differs from the programs shows the
 * computed figure beside it, marked; the public page shows the form as stated.
 */
import type { ReportContent } from "../../io/content/report-content";
import { UNIT_LABELS } from "../../rules";
import { STATUS_LABELS } from "../../workflow/report-status";
import { html, lines, type Html } from "../html";
import {
  amountCell,
  fiscalYearLong,
  fiscalYearShort,
  kpiNumber,
  latestCell,
  monthText,
  planPeriodCell,
  totalsOf,
} from "./form-figures";

export interface FormOptions {
  mode: "public" | "preview";
  /** KPI rows of the grant type's form (4 today, 5 on older forms). */
  kpiSlots: number;
}

const SLOTS = "①②③④⑤⑥⑦⑧⑨";

function programsSection(r: ReportContent, preview: boolean): Html {
  const totals = totalsOf(r);
  const differs = (field: string) => preview && totals.discrepancies.some((d) => d.field === field);
  const computedNote = (fields: [string, string]) =>
    fields.some(differs)
      ? html`<div class="computed" data-cell="computed">
          計算値
          ${amountCell(r, fields[0] === "budget" ? totals.computed.budget : totals.computed.actual, fields[0] === "budget" ? totals.computed.expectedGrant : totals.computed.actualGrant)}
        </div>`
      : "";
  const asOf = r.actualsAsOf ? ` (${monthText(r.actualsAsOf)}実績)` : "";
  if (r.programs.length === 0 && r.projectActual !== null) {
    return html`<table class="programs">
      <tr>
        <th>実績額${asOf}</th>
        <td class="amount" data-cell="project-actual">${amountCell(r, r.projectActual, null)}</td>
      </tr>
    </table>`;
  }
  return html`<table class="programs">
    <colgroup>
      <col style="width:14%" />
      <col style="width:26%" />
      <col style="width:34%" />
      <col style="width:13%" />
      <col style="width:13%" />
    </colgroup>
    <thead>
      <tr>
        <th class="name">事業名</th>
        <th>概要</th>
        <th>主な事業実績</th>
        <th class="amount">予算額<br />(うち交付金見込)</th>
        <th class="amount">実績額${asOf}</th>
      </tr>
    </thead>
    <tbody>
      ${r.programs.map(
        (p) =>
          html`<tr data-program="${p.position}">
            <td data-cell="name">
              ${p.isNew ? "(新)" : ""}${p.name}${p.isPartial ? "(関係分)" : ""}
            </td>
            <td data-cell="summary">${lines(p.summary)}</td>
            <td data-cell="results">${lines(p.mainResults)}</td>
            <td class="amount" data-cell="budget">${amountCell(r, p.budget, p.expectedGrant)}</td>
            <td class="amount" data-cell="actual">${amountCell(r, p.actual, p.actualGrant)}</td>
          </tr>`,
      )}
      <tr class="total" data-total="">
        <th colspan="3">合計 (うち交付金対象)</th>
        <td
          class="amount${differs("budget") || differs("expectedGrant") ? " discrepancy" : ""}"
          data-cell="budget"
        >
          ${amountCell(r, totals.shown.budget, totals.shown.expectedGrant)}${computedNote(["budget", "expectedGrant"])}
        </td>
        <td
          class="amount${differs("actual") || differs("actualGrant") ? " discrepancy" : ""}"
          data-cell="actual"
        >
          ${amountCell(r, totals.shown.actual, totals.shown.actualGrant)}${computedNote(["actual", "actualGrant"])}
        </td>
      </tr>
    </tbody>
  </table>`;
}

function kpiSection(r: ReportContent, slots: number): Html {
  const count = Math.max(slots, ...r.kpis.map((k) => k.position));
  const rows = Array.from(
    { length: count },
    (_, i) => r.kpis.find((k) => k.position === i + 1) ?? null,
  );
  const effect = html`<td class="effect" rowspan="${count}" data-cell="effect">
    <div data-cell="effect-category">${r.effect.category ?? ""}</div>
    <div data-cell="effect-text">${lines(r.effect.text)}</div>
  </td>`;
  return html`<table class="kpis">
    <colgroup>
      <col style="width:6%" />
      <col style="width:22%" />
      <col style="width:8%" />
      <col style="width:8%" />
      <col style="width:6%" />
      <col style="width:8%" />
      <col style="width:14%" />
      <col style="width:28%" />
    </colgroup>
    <thead>
      <tr>
        <th colspan="6">⑤本事業における重要業績評価指標(KPI)</th>
        <th colspan="2">⑥本事業終了後における実績値</th>
      </tr>
      <tr>
        <th colspan="2">指標名${r.kpiNameNote ? `(${r.kpiNameNote})` : ""}</th>
        <th>基準値</th>
        <th>目標値</th>
        <th>単位</th>
        <th>目標年月</th>
        <th>最新値</th>
        <th>事業効果</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (k, i) =>
          html`<tr data-kpi="${i + 1}">
            <th class="slot">指標${SLOTS[i] ?? i + 1}</th>
            <td data-cell="name">${k?.name ?? ""}</td>
            <td class="number" data-cell="baseline">${kpiNumber(k?.baseline ?? null)}</td>
            <td class="number" data-cell="target">${kpiNumber(k?.target ?? null)}</td>
            <td data-cell="unit">${k?.unit ?? ""}</td>
            <td data-cell="target-month">${k?.targetMonth ? monthText(k.targetMonth) : ""}</td>
            <td class="number" data-cell="latest">${k ? latestCell(k) : ""}</td>
            ${i === 0 ? effect : ""}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The form's header block, where the report states it: 担当部局課名 and 連絡先 (電話). */
function contactLine(r: ReportContent): Html | "" {
  if (r.department === null && r.contact === null) return "";
  return html`<p class="issuer">
    ${r.department === null ? "" : html`担当部局課名: <span data-cell="department">${r.department}</span>`}
    ${r.contact === null ? "" : html`<span class="contact">連絡先: <span data-cell="contact">${r.contact}</span></span>`}
  </p>`;
}

export function renderReport(r: ReportContent, options: FormOptions): Html {
  const preview = options.mode === "preview";
  const name = `${r.projectName}${r.jointApplicationNote ? `【${r.jointApplicationNote}】` : ""}`;
  return html`<article class="report" data-report="${r.number}">
    ${preview ? html`<p class="preview-banner" data-cell="preview">プレビュー (非公開) ・ 状態: ${STATUS_LABELS[r.status]} ・ 第${r.revision}版</p>` : ""}
    <h1>地方創生関連交付金事業に係る事業実施結果報告</h1>
    <p class="issuer">
      ${r.municipality.name ?? r.municipality.code} ・ ${fiscalYearShort(r)} ・
      <span data-cell="grant-type">${r.grantType}</span
      >${r.grantKind ? html` (<span data-cell="grant-kind">${r.grantKind}</span>)` : ""}
    </p>
    ${contactLine(r)}
    <table class="head">
      <colgroup>
        <col style="width:6%" />
        <col style="width:60%" />
        <col style="width:34%" />
      </colgroup>
      <thead>
        <tr>
          <th class="no">No</th>
          <th>①国提出事業名</th>
          <th>②実施計画期間 (${fiscalYearShort(r)}の実施年数)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td class="no" data-cell="number">${r.number}</td>
          <td data-cell="project-name">${name}</td>
          <td data-cell="plan-period">${planPeriodCell(r)}</td>
        </tr>
      </tbody>
    </table>
    <h2>③全体概要</h2>
    <div class="text" data-cell="overview">${lines(r.overview)}</div>
    <h2>
      ④市予算事業(${fiscalYearLong(r)})
      <span class="unit" data-cell="money-unit">(単位:${UNIT_LABELS[r.moneyUnit]})</span>
    </h2>
    ${programsSection(r, preview)} ${kpiSection(r, options.kpiSlots)}
    <h2>⑦外部有識者からの評価</h2>
    <table class="pair">
      <thead>
        <tr>
          <th>事業の評価</th>
          <th>外部有識者からの意見</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td data-cell="evaluation-category">${r.evaluation.category ?? ""}</td>
          <td data-cell="opinion">${lines(r.evaluation.opinion)}</td>
        </tr>
      </tbody>
    </table>
    <h2>⑧実績値を踏まえた事業の今後について</h2>
    <table class="pair">
      <thead>
        <tr>
          <th>今後の方針</th>
          <th>今後の方針の理由</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td data-cell="policy-category">${r.policy.category ?? ""}</td>
          <td data-cell="policy-reason">${lines(r.policy.reason)}</td>
        </tr>
      </tbody>
    </table>
  </article>`;
}
