/**
 * PDFs of the form, printed by headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) with the form's print CSS: A4, backgrounds, Japanese text as text.
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.SOSEI_CHROMIUM ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Runs `work` with a fresh browser (playwright gives it a fresh temporary profile), closed afterwards. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set SOSEI_CHROMIUM)`,
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** One HTML page (self-contained: inline styles, no external resources) as an A4 PDF. */
export async function htmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // Nothing may be fetched: the page is complete, and the machine talks to loopback only.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}
