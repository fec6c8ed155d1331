import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_USERS } from "../../server/src/auth/bootstrap";
import { startAdminServer, type AdminServer } from "./helpers/admin-server";
import {
  JAPANESE,
  RAW_KEY,
  labelTexts,
  launchChromium,
  seriousA11yViolations,
  step,
} from "./helpers/browser";

/** The admin in a real browser: sign-in, layout, languages, sign-out. */
jest.setTimeout(120_000);
let server: AdminServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Uncaught exceptions, console errors and missing translations: a test fails on any. */
let pageErrors: string[];

const demo = (loginId: string) => DEMO_USERS.find((user) => user.loginId === loginId)!;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAdminServer(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  // A fresh context per test: no cookie, no stored language.
  context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    const missingKey = /Missing translation/i.test(message.text());
    if (message.type() === "error" || missingKey) pageErrors.push(message.text());
  });
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

async function signIn(loginId: string, password = demo(loginId).password): Promise<void> {
  await page.goto(`${server.origin}/admin/login`);
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
}

/** The page's visible text without the given data values (names are data, not labels). */
async function visibleText(...data: string[]): Promise<string> {
  let text = await page.locator("body").innerText();
  for (const value of data) text = text.split(value).join("");
  return text;
}

describe("the admin in chromium", () => {
  it("finance signs in in Japanese and sees the layout, the dashboard and a list from the API", async () => {
    await step(page, "the-way-in", async () => {
      // A visitor to / is offered the public reports and the sign-in.
      await page.goto(`${server.origin}/`);
      const reports = page.getByRole("link", { name: /公表資料を見る/ });
      expect(await reports.getAttribute("href")).toBe("/public/");
      expect((await page.request.get(`${server.origin}/public/`)).status()).toBe(200);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole("link", { name: /職員のログイン/ }).click();
    });
    await step(page, "login-page", async () => {
      await page.waitForURL(`${server.origin}/admin/login`);
      // …and the login page leads to the public reports too.
      const link = page.getByRole("link", { name: "公表資料を見る (ログイン不要)" });
      expect(await link.getAttribute("href")).toBe("/public/");
      await page.getByRole("heading", { name: "創生 Sosei" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("ja");
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    await step(page, "sign-in-finance", async () => {
      await signIn("finance");
      // The dashboard is the router's root: /admin (the server sends /admin to /admin/ on reload).
      await page.waitForURL(/\/admin\/?$/);
      await page.getByRole("heading", { name: `${demo("finance").name} さん、ようこそ` }).waitFor();
    });
    await step(page, "dashboard", async () => {
      expect(await page.getByText("財政担当", { exact: true }).count()).toBe(1);
      // The menu and the app bar of react-admin's layout, in Japanese.
      await page.getByRole("menuitem", { name: "ダッシュボード" }).waitFor();
      await page.getByRole("menuitem", { name: "年度", exact: true }).waitFor();
      await page.getByRole("button", { name: "日本語" }).waitFor();
      expect(await visibleText()).not.toMatch(RAW_KEY);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    await step(page, "fiscal-years", async () => {
      await page.getByRole("menuitem", { name: "年度", exact: true }).click();
      await page.waitForURL(`${server.origin}/admin/fiscal-years`);
      const cells = page.locator("tbody tr td:first-child");
      await cells.first().waitFor();
      // Newest first, in wareki with the Gregorian year beside, from server/src/rules.
      expect(await cells.allInnerTexts()).toEqual([
        "R4年度 (2022)",
        "R3年度 (2021)",
        "R2年度 (2020)",
        "R元年度 (2019)",
        "H30年度 (2018)",
      ]);
      // The total comes from _allFiscalYearsMeta.
      await page.getByText(/^1\s*[-–]\s*5 \/ 5$/).waitFor();
      // A reload of a route inside the SPA comes back to the same page.
      await page.reload();
      await page.locator("tbody tr").first().waitFor();
      expect(await page.locator("tbody tr").count()).toBe(5);
    });
  });

  it("a wrong password shows the server's message in Japanese and stays on the login page", async () => {
    await step(page, "wrong-password", async () => {
      await signIn("evaluator", "not-the-password");
      await page.getByText("ログインIDまたはパスワードが正しくありません").waitFor();
      expect(page.url()).toBe(`${server.origin}/admin/login`);
    });
  });

  it("in English, no Japanese-only label and no untranslated key appears, and the choice persists", async () => {
    const { name } = demo("manager");
    await step(page, "switch-to-english", async () => {
      await signIn("manager");
      await page.getByRole("heading", { name: `${name} さん、ようこそ` }).waitFor();
      await page.getByRole("button", { name: "日本語" }).click();
      await page.getByRole("menuitem", { name: "English" }).click();
      await page.getByRole("heading", { name: `Welcome, ${name}` }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
    });
    await step(page, "english-dashboard", async () => {
      await page.getByText("Manager", { exact: true }).waitFor();
      // The dashboard shows data too (project names): its labels are what must be English.
      expect((await labelTexts(page, name)).filter((label) => JAPANESE.test(label))).toEqual([]);
      expect(await visibleText()).not.toMatch(RAW_KEY);
    });
    await step(page, "english-list", async () => {
      await page.getByRole("menuitem", { name: "Fiscal years" }).click();
      await page.locator("tbody tr").first().waitFor();
      expect(await page.locator("thead").innerText()).toMatch(/Fiscal year\s+Open for entry/);
      expect(await page.locator("tbody tr td:first-child").first().innerText()).toBe("FY2022 (R4)");
      const text = await visibleText(name);
      expect(text.match(new RegExp(JAPANESE.source, "g"))).toBeNull();
      expect(text).not.toMatch(RAW_KEY);
    });
    await step(page, "english-after-reload", async () => {
      await page.reload();
      await page.getByRole("button", { name: "English" }).waitFor();
      await page.locator("tbody tr").first().waitFor();
      expect(await page.locator("thead").innerText()).toContain("Fiscal year");
    });
    await step(page, "english-login-page", async () => {
      await page.getByRole("button", { name }).click();
      await page.getByRole("menuitem", { name: "Logout" }).click();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await page.getByLabel("Login ID").waitFor();
      const text = await visibleText();
      expect(text.match(new RegExp(JAPANESE.source, "g"))).toBeNull();
      expect(text).not.toMatch(RAW_KEY);
    });
  });

  it("signing out ends the session on the server and returns to the login page", async () => {
    await step(page, "sign-out", async () => {
      await signIn("finance");
      await page.getByRole("heading", { name: /さん、ようこそ/ }).waitFor();
      await page.getByRole("button", { name: demo("finance").name }).click();
      await page.getByRole("menuitem", { name: "ログアウト" }).click();
      await page.waitForURL(`${server.origin}/admin/login`);
    });
    await step(page, "signed-out", async () => {
      const me = await page.evaluate(async () => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ me { id } }" }),
        });
        return ((await response.json()) as { data: { me: unknown } }).data.me;
      });
      expect(me).toBeNull();
      await page.goto(`${server.origin}/admin/fiscal-years`);
      await page.waitForURL(`${server.origin}/admin/login`);
    });
  });
});
