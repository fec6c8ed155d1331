// Chromium for pnpm bench:admin: what the login page loads, and how long a signed-in user waits.
/* global window, document -- the functions given to the page run there */
import zlib from "node:zlib";
// The server's launch, from the tools build (`pnpm bench:admin` compiles it before this runs).
import chromium from "../../tools/dist/server/src/browser/chromium.js";

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
 * an empty cache, as on a first visit) until the page shows what `reached` looks for: the
 * milliseconds to each of its milestones. Both ends are taken in the page's own clock (the click
 * event, then the first animation frame in which the milestone's elements are there), so the
 * figures leave out the time playwright takes to ask. `watch` is given the page first.
 */
export async function signInTo(browser, origin, path, user, reached, watch = () => {}) {
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  watch(page);
  await page.goto(`${origin}/admin/${path}`);
  await page.getByLabel("ログインID").fill(user.loginId);
  // Typed as a person types it (the screens the user is heading to load meanwhile).
  await page.getByLabel("パスワード").pressSequentially(user.password, { delay: 60 });
  await page.evaluate(() => {
    const at = (event) => (window.signedInAt ??= event.timeStamp);
    document.addEventListener("click", at, { capture: true, once: true });
  });
  await page.getByRole("button", { name: "ログイン" }).click();
  const answer = await page.waitForFunction(reached, undefined, {
    polling: "raf",
    timeout: 60_000,
  });
  return { times: await answer.jsonValue(), page, context };
}

// What each page looks for in every frame after sign-in (run in the page: self-contained). Each
// milestone is kept at the first frame it holds; the answer is their times once all hold.

/** The editor: usable when ④'s cells take input (①–③ are drawn before them), then ⑤–⑧ drawn. */
export function editorReached() {
  const seen = (window.milestones ??= {});
  const now = performance.now() - window.signedInAt;
  const heading = (text) =>
    [...document.querySelectorAll("h2")].some((h) => h.textContent === text);
  const cell = document.querySelector('input[aria-label="1行目 実績額"]');
  if (seen.usable === undefined && cell && !cell.disabled && cell.checkVisibility())
    seen.usable = now;
  if (seen.complete === undefined && heading("⑧ 実績値を踏まえた事業の今後について"))
    seen.complete = now;
  return seen.usable !== undefined && seen.complete !== undefined && [seen.usable, seen.complete];
}

/** The review page: the form, an entry of the history and the workflow's approve button. */
export function reviewReached() {
  const form = [...document.querySelectorAll("h2")].some((h) => h.textContent === "④ 市予算事業");
  const history = document.querySelector('section[aria-labelledby="history-title"] li');
  const approve = [...document.querySelectorAll("button")].some(
    (b) => b.textContent === "承認する",
  );
  return form && history && approve && [performance.now() - window.signedInAt];
}

/** The report list: its 25th row. */
export function listReached() {
  return (
    document.querySelectorAll("tbody tr").length >= 25 && [performance.now() - window.signedInAt]
  );
}
