/**
 * PDFs of the form, printed by headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) with the form's print CSS: A4, backgrounds, Japanese text as text.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../../browser/chromium";

/** Runs `work` with a fresh browser, closed afterwards. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
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
