/** The public roll-up pages: national (per prefecture) and per prefecture (per municipality). */
import { formatFiscalYear, formatPercent, type FiscalYearKpiStats } from "../../rules";
import { html } from "../html";
import { page } from "../page";
import type { Group, Rollup } from "./rollup";

const HEAD = html`<thead>
  <tr>
    <th class="label">区分</th>
    <th>報告 (事業) 数</th>
    <th>KPIを1つ以上達成した事業</th>
    <th>割合</th>
    <th>KPI数</th>
    <th>達成したKPI</th>
    <th>KPI達成率</th>
  </tr>
</thead>`;

function statsRow(label: ReturnType<typeof html> | string, s: FiscalYearKpiStats, key: string) {
  return html`<tr data-row="${key}">
    <td class="label">${label}</td>
    <td data-cell="reports">${s.reportCount}</td>
    <td data-cell="reports-achieved">${s.reportsWithAchievedKpi}</td>
    <td data-cell="reports-share">${formatPercent(s.reportsWithAchievedKpiShare)}</td>
    <td data-cell="kpis">${s.kpiCount}</td>
    <td data-cell="kpis-achieved">${s.achievedKpiCount}</td>
    <td data-cell="kpis-share">${formatPercent(s.achievedKpiShare)}</td>
  </tr>`;
}

const nav = (year: number) => [
  { href: "/public/", label: "公表資料" },
  { href: `/public/fiscal-years/${year}/`, label: `${formatFiscalYear(year)} 全国` },
];

export function nationalPage(r: Rollup): string {
  const title = `${formatFiscalYear(r.fiscalYear)} 地方創生関連交付金事業 KPIの達成状況 (全国)`;
  return page(
    title,
    html`<h1>${title}</h1>
      <table class="stats">
        ${HEAD}
        <tbody>
          ${statsRow("全国", r.national, "national")}
          ${r.prefectures.map((p) => statsRow(html`<a href="prefectures/${p.code}/">${p.name}</a>`, p.stats, p.code))}
        </tbody>
      </table>
      <p>
        <a href="/public/fiscal-years/${r.fiscalYear}/summary.json">JSON</a> ・ 全報告:
        <a href="/public/fiscal-years/${r.fiscalYear}.json">JSON</a>
        <a href="/public/fiscal-years/${r.fiscalYear}/reports.csv">CSV (報告)</a>
        <a href="/public/fiscal-years/${r.fiscalYear}/programs.csv">CSV (予算事業)</a>
        <a href="/public/fiscal-years/${r.fiscalYear}/kpis.csv">CSV (KPI)</a>
      </p>`,
    nav(r.fiscalYear),
  );
}

export function prefecturePage(r: Rollup, prefecture: Group & { municipalities: Group[] }): string {
  const title = `${formatFiscalYear(r.fiscalYear)} 地方創生関連交付金事業 KPIの達成状況 (${prefecture.name})`;
  return page(
    title,
    html`<h1>${title}</h1>
      <table class="stats">
        ${HEAD}
        <tbody>
          ${statsRow(prefecture.name, prefecture.stats, prefecture.code)}
          ${prefecture.municipalities.map((m) => statsRow(html`<a href="/public/municipalities/${m.code}/${r.fiscalYear}/">${m.name}</a>`, m.stats, m.code))}
        </tbody>
      </table>`,
    [
      ...nav(r.fiscalYear),
      {
        href: `/public/fiscal-years/${r.fiscalYear}/prefectures/${prefecture.code}/`,
        label: prefecture.name,
      },
    ],
  );
}
