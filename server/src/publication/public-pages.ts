/** The public HTML pages built from published reports: the index, a municipality's list, the form. */
import type { PrismaClient } from "../db/database";
import type { ReportContent } from "../io/content/report-content";
import { formatFiscalYear } from "../rules";
import { renderReport } from "./form/render-report";
import { html } from "./html";
import { page } from "./page";

export type Published = ReportContent & { projectId: number };

export const reportPath = (r: {
  municipality: { code: string };
  fiscalYear: number;
  projectId: number;
}) => `/public/municipalities/${r.municipality.code}/${r.fiscalYear}/${r.projectId}/`;

export async function kpiSlotsOf(prisma: PrismaClient): Promise<(grantType: string) => number> {
  const types = await prisma.grantType.findMany({ select: { name: true, kpiLimit: true } });
  const limits = new Map(types.map((t) => [t.name, t.kpiLimit]));
  return (name) => limits.get(name) ?? 4;
}

/** The scope's other formats; `pdf` names the printable copy where there is one. */
const links = (base: string, pdf?: string) =>
  html`<p class="no-print">
    ${pdf ? html`<a href="${pdf}">PDF (印刷用)</a> ・ ` : ""}データ:
    <a href="${base}.json">JSON</a> ・ CSV <a href="${base}/reports.csv">報告</a>
    <a href="${base}/programs.csv">予算事業</a>
    <a href="${base}/kpis.csv">KPI</a>
  </p>`;

/** One report, or every report of a municipality and year as one printable document. */
export function formPage(
  reports: Published[],
  slots: (grantType: string) => number,
  single: boolean,
): string {
  const first = reports[0]!;
  const name = first.municipality.name ?? first.municipality.code;
  const year = formatFiscalYear(first.fiscalYear);
  const base = `/public/municipalities/${first.municipality.code}/${first.fiscalYear}`;
  const title = single
    ? `${first.projectName} (${name} ${year})`
    : `${name} ${year} 地方創生関連交付金事業に係る事業実施結果報告`;
  const contents = single
    ? ""
    : html`<ol class="no-print">
        ${reports.map((r) => html`<li><a href="${reportPath(r)}">No.${r.number} ${r.projectName}</a></li>`)}
      </ol>`;
  return page(
    title,
    html`${contents}${single ? links(`${base}/${first.projectId}`, `${base}/${first.projectId}.pdf`) : links(base, `${base}.pdf`)}
    ${reports.map((r) => renderReport(r, { mode: "public", kpiSlots: slots(r.grantType) }))}`,
    [
      { href: "/public/", label: "公表資料" },
      { href: `/public/municipalities/${first.municipality.code}/`, label: name },
      { href: `${base}/`, label: year },
    ],
  );
}

export function municipalityPage(
  municipality: { code: string; name: string },
  reports: Published[],
): string {
  const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => b - a);
  return page(
    `${municipality.name} 地方創生関連交付金事業 事業実施結果報告`,
    html`<h1>${municipality.name} 地方創生関連交付金事業 事業実施結果報告</h1>
      ${links(`/public/municipalities/${municipality.code}`)}
      ${years.map(
        (year) =>
          html`<h2>
              <a href="${year}/">${formatFiscalYear(year)}</a>
              <a class="no-print" href="${year}.pdf">(PDF)</a>
            </h2>
            <ul>
              ${reports.filter((r) => r.fiscalYear === year).map((r) => html`<li><a href="${reportPath(r)}">No.${r.number} ${r.projectName}</a></li>`)}
            </ul>`,
      )}`,
    [
      { href: "/public/", label: "公表資料" },
      { href: `/public/municipalities/${municipality.code}/`, label: municipality.name },
    ],
  );
}

export async function indexPage(prisma: PrismaClient): Promise<string> {
  const published = { status: "PUBLISHED" as const };
  const [years, municipalities] = await Promise.all([
    prisma.report.findMany({
      where: published,
      distinct: ["fiscalYear"],
      select: { fiscalYear: true },
      orderBy: { fiscalYear: "desc" },
    }),
    prisma.municipality.findMany({
      where: { projects: { some: { reports: { some: published } } } },
      orderBy: { code: "asc" },
    }),
  ]);
  return page(
    "地方創生関連交付金事業 事業実施結果報告 (公表資料)",
    html`<h1>地方創生関連交付金事業 事業実施結果報告</h1>
      <h2>年度別 KPIの達成状況</h2>
      <ul>
        ${years.map((y) => html`<li><a href="/public/fiscal-years/${y.fiscalYear}/">${formatFiscalYear(y.fiscalYear)}</a></li>`)}
      </ul>
      <h2>団体別</h2>
      <ul>
        ${municipalities.map((m) => html`<li><a href="/public/municipalities/${m.code}/">${m.prefecture} ${m.name}</a></li>`)}
      </ul>`,
  );
}
