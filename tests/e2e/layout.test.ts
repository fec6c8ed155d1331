import { keepScreenshot, step } from "./helpers/browser";
import { layoutProblems, OFFICE_SCREEN } from "./helpers/layout";
import { SCREENS } from "./helpers/screens";
import { signIn } from "./helpers/session";
import { adminSuite } from "./helpers/suite";

/**
 * Every screen on a common office screen (1366×768): the page never scrolls sideways and
 * every amount is shown whole. A screenshot of each goes to tests/e2e/artifacts/layout-*.png.
 */
jest.setTimeout(300_000);
const e2e = adminSuite("DRAFT");

describe("every screen at 1366×768", () => {
  it("fits the width and shows every amount whole", async () => {
    const page = await e2e.page();
    await page.setViewportSize(OFFICE_SCREEN);
    const found: Record<string, string[]> = {};
    // The ways in, before signing in: the landing page and the login page.
    for (const [url, ready, name] of [
      ["/", "公表資料を見る", "landing"],
      ["/admin/login", "ログイン", "login"],
    ]) {
      await page.goto(`${e2e.server.origin}${url}`);
      await page.getByText(ready).first().waitFor();
      await keepScreenshot(page, `layout-${name}`);
      const problems = await layoutProblems(page);
      if (problems.length > 0) found[name] = problems;
    }
    await signIn(page, e2e.server.origin, "tester");
    for (const screen of SCREENS) {
      await step(page, `layout-${screen.name}`, async () => {
        await page.goto(`${e2e.server.origin}/admin/${screen.path}`);
        await page.getByText(screen.ja, { exact: true }).first().waitFor();
        await page.waitForLoadState("networkidle");
        await keepScreenshot(page, `layout-${screen.name}`);
        const problems = await layoutProblems(page);
        if (problems.length > 0) found[screen.name] = problems;
      });
    }
    expect(found).toEqual({});
  });
});
