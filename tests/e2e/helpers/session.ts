import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { DEMO_USERS } from "../../../server/src/auth/bootstrap";
import { TESTER } from "../../helpers/api";

/** A browser context of its own (no cookie, no stored language), with what went wrong in it. */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions, console errors and missing translations: a test fails on any. */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(browser: Browser, locale = "ja-JP"): Promise<Session> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    const missingKey = /Missing translation/i.test(message.text());
    if (message.type() === "error" || missingKey) errors.push(message.text());
  });
  return { context, page, errors, close: () => context.close() };
}

export const passwordOf = (loginId: string) =>
  loginId === TESTER.loginId
    ? TESTER.password
    : DEMO_USERS.find((user) => user.loginId === loginId)!.password;

/** Signs in on the login page (in Japanese) and waits for the dashboard. */
export async function signIn(page: Page, origin: string, loginId: string): Promise<void> {
  await page.goto(`${origin}/admin/login`);
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel("パスワード").fill(passwordOf(loginId));
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.getByRole("heading", { name: /さん、ようこそ/ }).waitFor();
}

/** A cell of the budget-programs grid by its accessible name ("2行目 実績額"), also behind a dialog. */
export const gridCell = (page: Page, row: number, column: string) =>
  page.getByRole("textbox", { name: `${row}行目 ${column}`, exact: true, includeHidden: true });

/**
 * The input's value once it reads `expected`, or what it reads after `timeoutMs`: a form
 * redraws from the saved record just after the "saved" message, later on a busy machine.
 */
export async function settledValue(
  input: Locator,
  expected: string,
  timeoutMs = 10_000,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await input.inputValue();
    if (value === expected || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
