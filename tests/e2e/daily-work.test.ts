import type { Page } from "playwright-core";
import type { Client } from "../helpers/api";
import { keepScreenshot, step } from "./helpers/browser";
import { focused, tabTo } from "./helpers/keyboard";
import { OFFICE_SCREEN } from "./helpers/layout";
import { adminSuite } from "./helpers/suite";

/**
 * The staff's daily work: the dashboard as each user's inbox (what waits for them, newest
 * first, one click to the place of work), and finance's whole task by keyboard alone.
 */
jest.setTimeout(300_000);
const e2e = adminSuite("DRAFT");
let finance: Client;
let manager: Client;

beforeAll(async () => {
  [finance, manager] = await Promise.all([
    e2e.server.api.login("finance"),
    e2e.server.api.login("manager"),
  ]);
});

async function report(id: number) {
  const answer = await finance.query(
    `query($id: ID!) { Report(id: $id) { version status projectName
      programs { actual } kpis { value { value } } } }`,
    { id },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data.Report;
}

async function act(client: Client, mutation: string, id: number, more = "") {
  const { version } = await report(id);
  const answer = await client.query(
    `mutation { ${mutation}(id: ${id}, version: ${version}${more}) { id } }`,
  );
  expect(answer.errors).toBeUndefined();
}

/** Polls `read` until it gives `expected` (a save lands a moment after its message). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const inbox = (page: Page) => page.getByRole("region", { name: "あなたの作業" });

describe("the staff's daily work", () => {
  it("the dashboard is each user's inbox: newest first, the reason of a return, one click to the work", async () => {
    await act(finance, "updateReport", 4, `, department: "経済部"`);
    const { projectName } = await report(4);
    const page = await e2e.as("finance");
    await step(page, "finance-inbox", async () => {
      const items = inbox(page).getByRole("link");
      await items.first().waitFor();
      expect(await items.count()).toBe(5);
      expect(await items.first().innerText()).toContain(projectName);
      expect(await items.first().innerText()).toContain("確認に提出");
      await items.first().click();
      await page.waitForURL(`${e2e.server.origin}/admin/reports/4`);
      await page.getByRole("heading", { name: "④ 市予算事業" }).waitFor();
    });
    await act(finance, "submitReport", 4);
    const boss = await e2e.as("manager");
    await step(boss, "manager-inbox", async () => {
      const item = inbox(boss).getByRole("link").first();
      await item.waitFor();
      expect(await item.innerText()).toMatch(new RegExp(`確認・承認[\\s\\S]*${projectName}`));
      await item.click();
      await boss.waitForURL(`${e2e.server.origin}/admin/reports/4/show`);
      await boss.getByRole("heading", { name: "変更履歴" }).waitFor();
    });
    await act(manager, "returnReport", 4, `, reason: "担当課を記入してください"`);
    await step(page, "finance-sees-the-return", async () => {
      await page.goto(`${e2e.server.origin}/admin/`);
      const item = inbox(page).getByRole("link").first();
      await item.getByText("差し戻し: 直して再提出").waitFor();
      expect(await item.innerText()).toContain(
        "差し戻されました (管理 次郎): 担当課を記入してください",
      );
    });
  });

  it("finance opens a report, enters an actual and a KPI value, saves and submits by keyboard alone", async () => {
    const page = await e2e.as("finance");
    await page.setViewportSize(OFFICE_SCREEN);
    const { projectName } = await report(2);
    await step(page, "open-from-the-inbox", async () => {
      await inbox(page).getByRole("link").first().waitFor();
      await keepScreenshot(page, "dashboard-inbox");
      await tabTo(page, new RegExp(projectName));
      await page.keyboard.press("Enter");
      await page.waitForURL(`${e2e.server.origin}/admin/reports/2`);
      await page.getByRole("heading", { name: "④ 市予算事業" }).waitFor();
    });
    await step(page, "enter-an-actual", async () => {
      await tabTo(page, "1行目 実績額", { limit: 200 });
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("2,000");
      await tabTo(page, "保存");
      await page.keyboard.press("Enter");
      const saved = await until(async () => (await report(2)).programs[0].actual, 2_000_000);
      expect(saved).toBe(2_000_000);
    });
    await step(page, "enter-a-kpi-value", async () => {
      await tabTo(page, "1: 最新値", { limit: 200 });
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("1234");
      await tabTo(page, "保存");
      await page.keyboard.press("Enter");
      const value = await until(async () => (await report(2)).kpis[0].value.value, "1234");
      expect(value).toBe("1234");
    });
    await step(page, "submit", async () => {
      await tabTo(page, "確認に提出", { backwards: true, limit: 300 });
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: "確認に提出しますか?" });
      await dialog.waitFor();
      // The new actual makes the stated 合計 differ: acknowledged by keyboard too.
      await tabTo(page, "差を確認のうえ、このまま提出します");
      await page.keyboard.press("Space");
      await tabTo(page, "確認に提出");
      await keepScreenshot(page, "confirm-submit-with-difference");
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press("Enter");
      expect(await until(async () => (await report(2)).status, "IN_REVIEW")).toBe("IN_REVIEW");
    });
  });
});
