// Chromium for pnpm bench:admin: what the login page loads, and how long a signed-in user waits.
import zlib from "node:zlib";
import chromium from "./chromium.cjs";

export const launch = chromium.launchChromium;

/** The scripts the login page loads before it can be used, raw and gzipped. */
export async function loginPageScripts(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto(`${origin}/admin/`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "ログイン" }).waitFor();
  const rows = [];
  for (const response of scripts) {
    const body = await response.body();
    rows.push({
      file: new URL(response.url()).pathname,
      raw: body.length,
      gzip: zlib.gzipSync(body).length,
    });
  }
  await context.close();
  return rows;
}

/**
 * From pressing sign-in on the login page a link to `path` led to (a fresh context: no cookie,
 * an empty cache, as on a first visit) until each of `milestones` resolves on the page, in turn:
 * the milliseconds to each.
 */
export async function signInTo(browser, origin, path, user, milestones) {
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${origin}/admin/${path}`);
  await page.getByLabel("ログインID").fill(user.loginId);
  // Typed as a person types it (the screens the user is heading to load meanwhile).
  await page.getByLabel("パスワード").pressSequentially(user.password, { delay: 60 });
  const started = performance.now();
  await page.getByRole("button", { name: "ログイン" }).click();
  const times = [];
  for (const reached of milestones) {
    await reached(page);
    times.push(performance.now() - started);
  }
  return { times, page, context };
}

/** The report editor is usable when ④'s cells take input (①–③ are drawn before them). */
export const editorUsable = (page) =>
  page.getByRole("textbox", { name: "1行目 実績額", exact: true }).waitFor();

/** …and complete when ⑤–⑧, drawn right after, are there too. */
export const editorComplete = (page) =>
  page.getByRole("heading", { name: "⑧ 実績値を踏まえた事業の今後について" }).waitFor();

/** The review page is usable when the form, the history and the workflow's buttons are drawn. */
export async function reviewReady(page) {
  await page.getByRole("heading", { name: "④ 市予算事業" }).waitFor();
  await page.getByRole("region", { name: "変更履歴" }).getByRole("listitem").first().waitFor();
  await page.getByRole("button", { name: "承認する" }).waitFor();
}
