/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

// Debian's chromium, launched as the PDFs and pnpm bench:admin launch it (one module for all).
export { launchChromium } from "../../../server/src/browser/chromium";

const ARTIFACTS = path.join(__dirname, "..", "artifacts");

/**
 * Runs one step of a test; when it fails, a screenshot of the page goes to
 * tests/e2e/artifacts/<name>.png (git-ignored) before the failure is passed on.
 */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name.replace(/[^\w-]+/g, "-")}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`step "${name}" failed (screenshot: ${file})`, { cause: error });
  }
}

/** A screenshot of the window as it is now, kept as tests/e2e/artifacts/<name>.png. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // Once a dialog's fade-in and the like have ended: the picture shows the page at rest.
  // Endless ones (a spinner) are not waited for; a cancelled one is as good as ended.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** axe-core's serious and critical findings on the page as it is now, as "rule: target" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`));
}

/** Hiragana, katakana, CJK ideographs and full-width forms. */
export const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
/**
 * Words a Japanese screen uses as they are: abbreviations, file formats, the product's name.
 * Anything else written only in Latin letters on a Japanese screen is a label left in English.
 */
const AS_IS = /\b(?:KPI|ID|CSV|XLSX|PDF|URL|Excel|Sosei|No)\b/g;

/** A label in Latin letters only (no Japanese), once the words used as they are are left out. */
export const LATIN_ONLY = (text: string) =>
  !JAPANESE.test(text) && /[A-Za-z]{2,}/.test(text.replace(AS_IS, ""));

/** An i18n key shown as is: a translation is missing. */
export const RAW_KEY = /\b(?:ra|sosei|resources|errors)\.[\w-]+\.[\w.-]+/;

/**
 * The page's labels: headings, column headers, buttons, form labels and help, chips, alerts,
 * menu entries and accessible names. Names, texts and figures of the records are data, which
 * stay as they were written (in Japanese).
 */
export async function labelTexts(page: Page, ...data: string[]): Promise<string[]> {
  const found = await page.evaluate(() => {
    const selector = [
      "th",
      "label",
      "button",
      "legend",
      "h2",
      "h3",
      "figcaption",
      "[role=menuitem]",
      "[role=columnheader]",
      ".MuiChip-label",
      ".MuiFormHelperText-root",
      ".MuiAlert-message",
      ".MuiTablePagination-root",
    ].join(",");
    const texts = [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText);
    // A chart's legend icons are named after the data (recharts: "<series> legend icon").
    const names = [...document.querySelectorAll("[aria-label]")]
      .map((e) => e.getAttribute("aria-label") ?? "")
      .filter((name) => !name.endsWith(" legend icon"));
    return [...texts, ...names];
  });
  return found
    .map((text) => data.reduce((t, value) => t.split(value).join(""), text).trim())
    .filter(Boolean);
}
