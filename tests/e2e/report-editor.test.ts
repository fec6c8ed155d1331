/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import type { Page } from "playwright-core";
import type { Client } from "../helpers/api";
import { step } from "./helpers/browser";
import { adminSuite } from "./helpers/suite";
import { gridCell, settledValue } from "./helpers/session";

/** Finance at work in the report editor: amounts, a paste from Excel, errors, a conflict. */
jest.setTimeout(180_000);
const e2e = adminSuite("DRAFT");
let finance: Client;

beforeAll(async () => {
  finance = await e2e.server.api.login("finance");
});

async function financeOn(reportId: number): Promise<Page> {
  const page = await e2e.as("finance");
  await page.goto(`${e2e.server.origin}/admin/reports/${reportId}`);
  await page.getByRole("heading", { name: "④ 市予算事業" }).waitFor();
  return page;
}

const section = (page: Page, name: string) => page.getByRole("region", { name });
const programs = (page: Page) => section(page, "④ 市予算事業");

async function saveSection(page: Page, name: string) {
  await section(page, name).getByRole("button", { name: "保存" }).click();
}

async function savedPrograms(reportId: number) {
  const answer = await finance.query(
    `query($id: ID!) { Report(id: $id) { version programs { name isNew isPartial summary mainResults budget expectedGrant actual actualGrant } } }`,
    { id: reportId },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data.Report as { version: number; programs: Record<string, unknown>[] };
}

/** What a paste of copied cells delivers to the focused input (the browser's own paste event). */
async function paste(page: Page, row: number, column: string, text: string) {
  const cell = gridCell(page, row, column);
  await cell.focus();
  await cell.evaluate((input, data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    input.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

describe("the report editor", () => {
  it("finance changes an actual amount of report 3: the total follows at once, and it persists after a reload", async () => {
    const page = await financeOn(3);
    const actualTotal = programs(page).locator('[data-total="actual"]');
    await step(page, "edit-actual", async () => {
      expect(await actualTotal.innerText()).toBe("36,479 千円");
      await gridCell(page, 2, "実績額").fill("1,493");
      // Live, before anything is saved: 36,479 − 493 + 1,493.
      await programs(page).locator('[data-total="actual"]', { hasText: "37,479 千円" }).waitFor();
      // The form's 合計 row still states the old total: the difference is shown, not hidden.
      const difference = programs(page).getByRole("alert").filter({
        hasText: "合計の実績額は 36,479 千円 と記載されていますが、事業の計は 37,479 千円 です",
      });
      // …with the offer to take the computed figures into the stated 合計.
      await difference.getByRole("button", { name: "合計に計算値を入れる" }).waitFor();
    });
    await step(page, "save-actual", async () => {
      await saveSection(page, "④ 市予算事業");
      await page.getByText("保存しました", { exact: true }).waitFor();
      const saved = await savedPrograms(3);
      expect(saved.programs[1]).toMatchObject({
        name: "家具等国内外販 路拡大支援費",
        actual: 1_493_000,
      });
    });
    await step(page, "reload-actual", async () => {
      await page.reload();
      await gridCell(page, 2, "実績額").waitFor();
      expect(await gridCell(page, 2, "実績額").inputValue()).toBe("1,493");
      expect(await actualTotal.innerText()).toBe("37,479 千円");
    });
    const note = "決算見込みとの差のため、記載の合計はこのままとします";
    await step(page, "submit-with-difference", async () => {
      await page.getByRole("button", { name: "確認に提出" }).click();
      const dialog = page.getByRole("dialog", { name: "確認に提出しますか?" });
      await dialog.getByText("事業の計は 37,479 千円 です", { exact: false }).waitFor();
      const submit = dialog.getByRole("button", { name: "確認に提出" });
      // Not without the explicit acknowledgement.
      expect(await submit.isDisabled()).toBe(true);
      await dialog.getByRole("checkbox", { name: "差を確認のうえ、このまま提出します" }).check();
      await dialog.getByRole("textbox", { name: "差がある理由 (管理職に表示されます)" }).fill(note);
      await submit.click();
      await page.getByText("確認に提出しました").waitFor();
      const answer = await finance.query(
        `query { Report(id: 3) { status comments { kind body authorName } } }`,
      );
      expect(answer.data.Report).toEqual({
        status: "IN_REVIEW",
        comments: [{ kind: "TOTALS_DIFFERENCE", body: note, authorName: "財政 花子" }],
      });
    });
    const manager = await e2e.as("manager");
    await step(manager, "manager-reads-the-acknowledgement", async () => {
      await manager.goto(`${e2e.server.origin}/admin/reports/3/show`);
      const form = manager.getByRole("table", { name: "④ 市予算事業" }).locator("..");
      await form.getByText(`提出者の確認 (財政 花子, `, { exact: false }).waitFor();
      expect(await form.innerText()).toContain(note);
    });
  });

  it("a block of 3 rows pasted from Excel becomes 3 programs in exact yen, after each cell showed its error", async () => {
    const page = await financeOn(4);
    await step(page, "cell-error", async () => {
      await gridCell(page, 1, "実績額").fill("39,69.7");
      await programs(page).getByText("金額として読み取れません").waitFor();
      await saveSection(page, "④ 市予算事業");
      await page.getByText("赤で示したセルを直してから保存してください").waitFor();
      expect((await savedPrograms(4)).programs[0]?.actual).toBe(39_697_000);
      await gridCell(page, 1, "実績額").fill("39,697");
    });
    await step(page, "paste-block", async () => {
      await programs(page).getByRole("button", { name: "行を追加" }).click();
      await paste(
        page,
        2,
        "事業名",
        '若者地元定着促進事業(関係分)\t若年者の流出を食い止める\t"・Web相談\r\n・交流イベント"\t1,702\t851\t1,688\t844\r\n' +
          "(新)デザイン推進 事業費\tデザイン経営の導入\t\t13,500\t6,750\t13,026\t6,513\r\n" +
          "保育士確保事業\t保育士不足の解消\t\t545,500円\t272,750円\t0\t0\r\n",
      );
      await gridCell(page, 4, "事業名").waitFor();
      expect(await gridCell(page, 2, "事業名").inputValue()).toBe("若者地元定着促進事業");
      expect(await gridCell(page, 4, "予算額").inputValue()).toBe("545.5");
      expect(await page.getByRole("checkbox", { name: "2行目 関係分" }).isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", { name: "3行目 新" }).isChecked()).toBe(true);
    });
    await step(page, "save-pasted", async () => {
      await saveSection(page, "④ 市予算事業");
      await page.getByText("保存しました", { exact: true }).waitFor();
      const saved = await savedPrograms(4);
      expect(saved.programs).toHaveLength(4);
      expect(saved.programs.slice(1)).toEqual([
        {
          name: "若者地元定着促進事業",
          isNew: false,
          isPartial: true,
          summary: "若年者の流出を食い止める",
          mainResults: "・Web相談\n・交流イベント",
          budget: 1_702_000,
          expectedGrant: 851_000,
          actual: 1_688_000,
          actualGrant: 844_000,
        },
        {
          name: "デザイン推進 事業費",
          isNew: true,
          isPartial: false,
          summary: "デザイン経営の導入",
          mainResults: null,
          budget: 13_500_000,
          expectedGrant: 6_750_000,
          actual: 13_026_000,
          actualGrant: 6_513_000,
        },
        expect.objectContaining({
          name: "保育士確保事業",
          budget: 545_500,
          expectedGrant: 272_750,
          actual: 0,
        }),
      ]);
    });
  });

  it("shows the API's error next to the KPI value it concerns", async () => {
    const page = await financeOn(1);
    await step(page, "kpi-error", async () => {
      const kpis = section(page, "⑤ 重要業績評価指標 (KPI)・⑥ 実績値");
      await kpis.getByRole("textbox", { name: "1: 最新値" }).fill("たくさん");
      await saveSection(page, "⑤ 重要業績評価指標 (KPI)・⑥ 実績値");
      // The server's message (Japanese), under the very input, not only in a notification.
      const cell = kpis.getByRole("textbox", { name: "1: 最新値" });
      // The save goes to the server and back: wait for its answer to mark the input, as the
      // user does, instead of reading the attribute the moment the button is clicked.
      await cell.and(page.locator('[aria-invalid="true"]')).waitFor();
      await expect(cell.getAttribute("aria-invalid")).resolves.toBe("true");
      const describedBy = (await cell.getAttribute("aria-describedby")) ?? "";
      const helper = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).innerText();
      expect(helper).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    });
  });

  it("two people edit report 5: the second save shows what the first changed, keeps what was typed, and applies it on top", async () => {
    const first = await financeOn(5);
    const second = await financeOn(5);
    const before = await savedPrograms(5);
    await step(first, "first-saves", async () => {
      await gridCell(first, 1, "実績額").fill("12,000");
      await saveSection(first, "④ 市予算事業");
      await first.getByText("保存しました", { exact: true }).waitFor();
    });
    await step(second, "second-conflicts", async () => {
      await gridCell(second, 2, "実績額").fill("110");
      await saveSection(second, "④ 市予算事業");
      const dialog = second.getByRole("dialog", { name: "他の利用者が先に保存しました" });
      await dialog.waitFor();
      const change = dialog.getByRole("row", { name: /④ 1行目 実績額/ });
      expect(await change.innerText()).toMatch(/12,986 千円\s+12,000 千円/);
      // What the second person typed is still in the grid behind the dialog.
      expect(await gridCell(second, 2, "実績額").inputValue()).toBe("110");
      expect((await savedPrograms(5)).programs[1]?.actual).toBe(115_000);
    });
    await step(second, "second-reapplies", async () => {
      await second.getByRole("button", { name: "自分の変更を重ねて保存" }).click();
      await second.getByText("保存しました", { exact: true }).waitFor();
      const saved = await savedPrograms(5);
      expect(saved.version).toBe(before.version + 2);
      expect(saved.programs.map((p) => p.actual)).toEqual([12_000_000, 110_000]);
      expect(await settledValue(gridCell(second, 1, "実績額"), "12,000")).toBe("12,000");
    });
  });
});
