/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousA11yViolations, step } from "./helpers/browser";
import { adminSuite } from "./helpers/suite";

/** Imports and downloads from the admin: upload with progress, the dry run on screen, exports. */
jest.setTimeout(180_000);
const e2e = adminSuite();

const SOURCE = path.join(__dirname, "..", "..", "seeds", "source", "asahikawa-fy2020.txt");
const PROGRESS = "送信の進み具合";

async function chooseFiles(page: Page, files: { name: string; text: string }[]) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByText("ファイルを選ぶ").click(),
  ]);
  await chooser.setFiles(
    files.map((f) => ({ name: f.name, mimeType: "text/plain", buffer: Buffer.from(f.text) })),
  );
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Every value the upload's progress bar showed, recorded in the page as it changes. */
async function recordProgress(page: Page) {
  await page.evaluate((name) => {
    const seen: number[] = [];
    (window as unknown as { progress: number[] }).progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector(`[role=progressbar][aria-label="${name}"]`);
      const value = bar?.getAttribute("aria-valuenow");
      if (value != null && seen.at(-1) !== Number(value)) seen.push(Number(value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, PROGRESS);
  return () => page.evaluate(() => (window as unknown as { progress: number[] }).progress);
}

/** Slows the upload down as a slow office line would, so its progress can be seen. */
async function slowUpload(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return () =>
    cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
}

const problemRows = (page: Page, severity: "error" | "warning") =>
  page.getByRole("table", { name: "問題点" }).locator(`tr[data-severity="${severity}"]`);

async function reportVersions() {
  const manager = await e2e.server.api.login("manager");
  const answer = await manager.query(`{ allReports(sortField: "id") { id version } }`);
  return answer.data.allReports as { id: string; version: number }[];
}

describe("imports and downloads in the admin", () => {
  it("finance dry-runs the source document with progress: five reports unchanged and its eight known warnings; apply writes nothing new", async () => {
    const before = await reportVersions();
    const page = await e2e.as("finance");
    await step(page, "open-import", async () => {
      await page.getByRole("menuitem", { name: "取り込み" }).click();
      await page.getByRole("heading", { name: "取り込み", level: 1 }).waitFor();
      await chooseFiles(page, [
        { name: "asahikawa-fy2020.txt", text: fs.readFileSync(SOURCE, "utf8") },
      ]);
      await page.getByText("asahikawa-fy2020.txt").waitFor();
      await choose(page, "交付金の種類", "地方創生推進交付金");
      await choose(page, "金額の単位", "千円");
      expect(await page.getByRole("button", { name: "適用" }).isDisabled()).toBe(true);
    });
    await step(page, "dry-run", async () => {
      const progress = await recordProgress(page);
      const unthrottle = await slowUpload(page, 16 * 1024);
      await page.getByRole("button", { name: "試行" }).click();
      await page
        .getByText("作成 0件、変更 0件、変更なし 5件、変更不可 0件。エラー 0件、警告 8件。")
        .waitFor();
      await unthrottle();
      const seen = await progress();
      // The bar moved while the ~32 KB were sent, up to the whole.
      expect(seen.some((value) => value > 0 && value < 100)).toBe(true);
      expect(seen.at(-1)).toBe(100);
      const reports = page.getByRole("table", { name: "報告書" }).locator("tbody tr");
      expect(await reports.count()).toBe(5);
      expect(await reports.getByText("変更なし", { exact: true }).count()).toBe(5);
      expect(await problemRows(page, "error").count()).toBe(0);
      expect(
        await problemRows(page, "warning").evaluateAll((rows) =>
          rows.map((row) =>
            [
              row.getAttribute("data-code"),
              ...[...(row as HTMLTableRowElement).cells].slice(1, 4).map((cell) => cell.innerText),
            ].join(" "),
          ),
        ),
      ).toEqual([
        "TOTAL_DISCREPANCY asahikawa-fy2020.txt 4行目 1 合計 うち交付金見込/total expected grant",
        "TOTAL_DISCREPANCY asahikawa-fy2020.txt 4行目 1 合計 うち交付金/total actual grant",
        "DUPLICATE_TEXT asahikawa-fy2020.txt 10行目 1 事業 2 主な事業実績/main results",
        "KPI_VALUE_WITHOUT_MONTH asahikawa-fy2020.txt 48行目 2 KPI 1 最新値/latest",
        "UNBALANCED_PARENTHESES asahikawa-fy2020.txt 29行目 2 事業効果の説明/the effect text",
        "KPI_VALUE_WITHOUT_MONTH asahikawa-fy2020.txt 126行目 5 KPI 1 最新値/latest",
        "KPI_VALUE_WITHOUT_MONTH asahikawa-fy2020.txt 127行目 5 KPI 2 最新値/latest",
        "KPI_VALUE_WITHOUT_MONTH asahikawa-fy2020.txt 128行目 5 KPI 3 最新値/latest",
      ]);
      await page
        .getByText(
          "合計のうち交付金見込は 18,132 千円 と記載されていますが、事業の合計は 20,432 千円 です",
        )
        .waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    await step(page, "apply", async () => {
      await page.getByRole("button", { name: "適用" }).click();
      await page
        .getByText("適用しました。 作成 0件、変更 0件、変更なし 5件", { exact: false })
        .waitFor();
      expect(await page.getByRole("button", { name: "適用" }).isDisabled()).toBe(true);
      // Importing what is there changes nothing.
      expect(await reportVersions()).toEqual(before);
    });
  });

  it("a broken amount in the file: the error is located (file, line, program, field) and apply stays disabled", async () => {
    const text = fs
      .readFileSync(SOURCE, "utf8")
      .replace("1,133 (566)\t1,133 (566)", "1,133 (566)\t千百三十三");
    // A dry run with errors is answered with 422, which chromium logs.
    e2e.expectConsoleError(/status of 422/);
    const page = await e2e.as("finance");
    await step(page, "broken-dry-run", async () => {
      await page.goto(`${e2e.server.origin}/admin/imports`);
      await chooseFiles(page, [{ name: "broken.txt", text }]);
      await choose(page, "交付金の種類", "地方創生推進交付金");
      await choose(page, "金額の単位", "千円");
      await page.getByRole("button", { name: "試行" }).click();
      await page.getByText("エラーがあるため適用できません", { exact: false }).waitFor();
      const errors = problemRows(page, "error");
      expect(await errors.count()).toBe(1);
      const cells = await errors.locator("td").allInnerTexts();
      expect(cells.slice(0, 4)).toEqual([
        "エラー",
        "broken.txt 35行目",
        "2",
        "事業 2 ビジネスプランコンテスト事業 実績額/actual",
      ]);
      expect(cells[4]).toMatch(/千百三十三/);
      expect(await page.getByRole("button", { name: "適用" }).isDisabled()).toBe(true);
    });
  });

  it("the server's refusal is shown in the UI language: signed out meanwhile, the dry run says so in English", async () => {
    e2e.expectConsoleError(/status of 401/);
    const page = await e2e.as("finance");
    await step(page, "refused-in-english", async () => {
      await page.getByRole("button", { name: "日本語" }).click();
      await page.getByRole("menuitem", { name: "English" }).click();
      await page.getByRole("menuitem", { name: "Import" }).click();
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByText("Choose files").click(),
      ]);
      await chooser.setFiles({ name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
      await page.context().clearCookies();
      await page.getByRole("button", { name: "Dry run" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "The import failed (401)" });
      await alert.waitFor();
      expect(await alert.innerText()).toContain("sign in first");
    });
  });

  it("finance downloads the programs CSV of R2 from the report list: a BOM, a header and 21 programs", async () => {
    const page = await e2e.as("finance");
    await step(page, "download-csv", async () => {
      await page.goto(`${e2e.server.origin}/admin/reports`);
      await page.getByRole("button", { name: "出力 R2年度 (2020)" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: "予算事業 (CSV)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("sosei-2020-012041-programs.csv");
      const bytes = fs.readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").split("\r\n").filter(Boolean)).toHaveLength(1 + 21);
    });
  });

  it("a report links to its form preview and, published, to its public page", async () => {
    const page = await e2e.as("finance");
    await step(page, "form-links", async () => {
      await page.goto(`${e2e.server.origin}/admin/reports/2/show`);
      const preview = page.getByRole("link", { name: "様式で表示" });
      const published = page.getByRole("link", { name: "公開ページ" });
      await published.waitFor();
      for (const link of [preview, published]) {
        const href = (await link.getAttribute("href"))!;
        const response = await page.request.get(`${e2e.server.origin}${href}`);
        expect([href, response.status()]).toEqual([href, 200]);
        expect(await response.text()).toContain("まちを支える産業人材");
      }
      expect(await preview.getAttribute("href")).toBe("/preview/reports/2");
      expect(await published.getAttribute("href")).toMatch(
        /^\/public\/municipalities\/012041\/2020\/\d+\/$/,
      );
    });
  });

  it("an evaluator is not offered the import page, and is refused it when going there", async () => {
    const page = await e2e.as("evaluator");
    await step(page, "evaluator-no-import", async () => {
      await page.getByRole("menuitem", { name: "評価待ち" }).waitFor();
      expect(await page.getByRole("menuitem", { name: "取り込み" }).count()).toBe(0);
      await page.goto(`${e2e.server.origin}/admin/imports`);
      await page.getByText("この操作を行う権限がありません").waitFor();
      expect(await page.getByRole("button", { name: "試行" }).count()).toBe(0);
    });
  });
});
