/**
 * The official form as HTML, read in a real browser (Chromium): every number of report 2 in
 * its cell, compared with the SOURCE document's own cells; a PDF printed from it whose text
 * is extractable (pdftotext, in content order) and holds the project name and the 合計 row; the preview marks report 1's
 * stated 合計 beside the computed one, and only the preview does.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { htmlToPdf, withBrowser } from "../../server/src/publication/pdf/render-pdf";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { readSourceReports } from "../seed/source-document";
import { cookieOf, get, projectIdOf } from "../helpers/http";

const source = readSourceReports();
const report2 = source.find((r) => r.number === 2)!;
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The text of every [data-cell] inside a row selector, by cell name. */
async function cells(page: Page, row: string): Promise<Record<string, string>> {
  return page.$$eval(`${row} [data-cell]`, (nodes: { getAttribute(n: string): string | null }[]) =>
    Object.fromEntries(
      nodes.map((n) => [
        n.getAttribute("data-cell"),
        (n as unknown as { innerText: string }).innerText.trim(),
      ]),
    ),
  );
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "the official form (%s)",
  (_name, backend) => {
    let api: Api;
    let browser: Browser;
    let page: Page;
    let html: string;
    let closeBrowser: () => void;

    beforeAll(async () => {
      api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED" });
      const response = await get(
        api,
        `/public/municipalities/012041/2020/${await projectIdOf(api, 2)}/`,
      );
      expect(response.status).toBe(200);
      html = await response.text();
      // The browser lives for the whole file; withBrowser closes it when released.
      await new Promise<void>((ready) => {
        void withBrowser(
          (b) =>
            new Promise<void>((release) => {
              browser = b;
              closeBrowser = release;
              ready();
            }),
        );
      });
      page = await browser.newPage();
      await page.setContent(html);
    }, 120_000);
    afterAll(async () => {
      await page?.close();
      closeBrowser?.();
      await api?.close();
    });

    test("① ② ③: No, project name, plan period with the year of plan, overview — as the source states them", async () => {
      const head = await cells(page, "table.head");
      expect(head).toEqual({
        number: "2",
        "project-name": report2.nameCell,
        "plan-period": report2.planPeriodCell,
      });
      expect((await cells(page, ".report")).overview).toBe(report2.overview);
      expect((await cells(page, ".report"))["money-unit"]).toBe("(単位:千円)");
    });

    test("④ every program: name with (関係分), summary, results, 予算額 (うち交付金見込) and 実績額 in 千円 with separators", async () => {
      expect(await page.$$eval("tr[data-program]", (rows: unknown[]) => rows.length)).toBe(
        report2.programs.length,
      );
      for (const [i, row] of report2.programs.entries()) {
        const got = await cells(page, `tr[data-program="${i + 1}"]`);
        expect(got.name).toBe(row.name.replace(/\s+\(関係分\)$/, "(関係分)"));
        expect(squeeze(got.summary!)).toBe(squeeze(row.summary));
        expect(squeeze(got.results!)).toBe(squeeze(row.mainResults));
        expect(got.budget).toBe(row.budgetCell);
        expect(got.actual).toBe(row.actualCell);
      }
    });

    test("④ the 合計 row as stated: 21,061 (10,529) and 16,247 (8,123), nothing marked on the public page", async () => {
      const total = await cells(page, "tr[data-total]");
      expect(total).toEqual({
        budget: report2.totals.budgetCell,
        actual: report2.totals.actualCell,
      });
      expect(total).toEqual({ budget: "21,061 (10,529)", actual: "16,247 (8,123)" });
      expect(html).not.toContain("計算値");
    });

    test("⑤ ⑥ every KPI: name, 基準値, 目標値, 単位, 目標年月, 最新値 with its month and 【参考値】; 指標④ empty", async () => {
      for (const [i, row] of report2.kpis.entries()) {
        expect(await cells(page, `tr[data-kpi="${i + 1}"]`)).toMatchObject({
          name: row.name,
          baseline: row.baseline,
          target: row.target,
          unit: row.unit,
          "target-month": row.targetMonth,
          latest: row.latest,
        });
      }
      expect(await cells(page, 'tr[data-kpi="4"]')).toEqual({
        name: "",
        baseline: "",
        target: "",
        unit: "",
        "target-month": "",
        latest: "",
      });
      expect(
        await page.$eval(
          'th:has-text("指標名")',
          (n: unknown) => (n as unknown as { innerText: string }).innerText,
        ),
      ).toBe("指標名(旭川市関係分)");
    });

    test("⑥ effect, ⑦ evaluation, ⑧ policy as written", async () => {
      const all = await cells(page, ".report");
      expect(`${all["effect-category"]} ${all["effect-text"]}`).toBe(report2.effectCell);
      expect(all["evaluation-category"]).toBe(report2.evaluation.category);
      expect(all.opinion).toBe(report2.evaluation.opinion);
      expect(all["policy-category"]).toBe(report2.policy.category);
      expect(all["policy-reason"]).toBe(report2.policy.reason);
    });

    test("the PDF printed by Chromium: A4 landscape as the form is published, and its extracted text holds the project name and the 合計 row", async () => {
      const pdf = await htmlToPdf(browser, html);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sosei-pdf-")), "report2.pdf");
      fs.writeFileSync(file, pdf);
      const info = execFileSync("pdfinfo", [file]).toString();
      expect(info).toMatch(/Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts \(A4\)/);
      const text = squeeze(
        execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]).toString("utf8"),
      );
      expect(text).toContain(squeeze(report2.nameCell));
      expect(text).toContain("合計(うち交付金対象)21,061(10,529)16,247(8,123)");
      expect(text).toContain("R元年度～R3年度(2年度目)");
    });

    test("preview: report 1's stated 合計 (18,132) shown with the computed 20,432 beside it, marked; public page unmarked", async () => {
      const id = (await api.query(`{ allReports(filter: { q: "大雪" }) { id } }`)).data
        .allReports[0].id;
      const cookie = await cookieOf(api, "manager");
      const preview = await get(api, `/preview/reports/${id}`, { cookie });
      expect(preview.status).toBe(200);
      expect(preview.headers.get("cache-control")).toBe("no-store");
      const previewPage = await browser.newPage();
      await previewPage.setContent(await preview.text());
      const total = await cells(previewPage, "tr[data-total]");
      expect(total.budget).toBe("40,864 (18,132)\n計算値 40,864 (20,432)");
      expect(
        await previewPage.$$eval("tr[data-total] td.discrepancy", (n: unknown[]) => n.length),
      ).toBe(2);
      expect(
        await previewPage.$eval(
          ".preview-banner",
          (n: unknown) => (n as unknown as { innerText: string }).innerText,
        ),
      ).toContain("公表済み");
      await previewPage.close();
      const publicPage = await (
        await get(api, `/public/municipalities/012041/2020/${await projectIdOf(api, 1)}/`)
      ).text();
      expect(publicPage).toContain("40,864 (18,132)");
      expect(publicPage).not.toContain("計算値");
      expect((await get(api, `/preview/reports/${id}`)).status).toBe(401);
    });
  },
);
