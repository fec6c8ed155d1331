/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import type { Page } from "playwright-core";

export interface Focused {
  /** The focused element's accessible name as a user hears it (aria-label, label or text). */
  name: string;
  /** The focus is drawn: an outline (the browser's or the app's), or MUI's focused state. */
  visible: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: "", visible: false };
    const input = element as HTMLInputElement;
    const name =
      element.getAttribute("aria-label") ?? input.labels?.[0]?.innerText ?? element.innerText ?? "";
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const muiFocus = Boolean(element.closest(".Mui-focused, .Mui-focusVisible"));
    return { name: name.trim(), visible: outline || muiFocus };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on the element named `name`, at most `limit`
 * times; fails if it never gets there or if on the way the focus was ever not drawn.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  { backwards = false, limit = 120 } = {},
): Promise<void> {
  const unseen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (now.name && !now.visible) unseen.push(now.name);
    const found = typeof name === "string" ? now.name === name : name.test(now.name);
    if (found) {
      if (unseen.length > 0) throw new Error(`focus not drawn on: ${unseen.join(" | ")}`);
      return;
    }
  }
  throw new Error(`"${String(name)}" not reached in ${limit} presses of Tab`);
}
