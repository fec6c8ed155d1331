/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import type { Page } from "playwright-core";

/** A common office screen: the admin must be usable on it without scrolling sideways. */
export const OFFICE_SCREEN = { width: 1366, height: 768 };

/**
 * What does not fit the window: the page wider than it ("page overflows by 202px"), and each
 * amount ("36,240", in a cell or an input) cut by its cell or hidden by a scrolling box.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`page overflows by ${root.scrollWidth - root.clientWidth}px`);
    const AMOUNT = /\d,\d{3}/;
    const cells = [
      ...document.querySelectorAll<HTMLElement>("td, th, [role=cell], [role=gridcell]"),
    ].filter((cell) => AMOUNT.test(cell.innerText) && cell.children.length <= 1);
    const inputs = [...document.querySelectorAll<HTMLInputElement>("input")].filter((input) =>
      AMOUNT.test(input.value),
    );
    for (const element of [...cells, ...inputs]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const text = element instanceof HTMLInputElement ? element.value : element.innerText;
      const name = `"${text.trim().slice(0, 40)}"`;
      if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name} is cut (${element.scrollWidth}px in ${element.clientWidth}px)`);
        continue;
      }
      if (box.right > window.innerWidth + 1) {
        problems.push(`${name} is outside the window`);
        continue;
      }
      for (let up = element.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === "visible") continue;
        const clip = up.getBoundingClientRect();
        if (box.right > clip.right + 1 || box.left < clip.left - 1) {
          problems.push(`${name} is hidden by a scrolling box`);
          break;
        }
      }
    }
    return problems;
  });
}
