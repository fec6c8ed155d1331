import {
  JAPANESE,
  LATIN_ONLY,
  RAW_KEY,
  labelTexts,
  seriousA11yViolations,
  step,
} from "./helpers/browser";
import { SCREENS } from "./helpers/screens";
import { adminSuite } from "./helpers/suite";
import { signIn } from "./helpers/session";

/**
 * Every screen, as a user who sees them all (every role, every municipality): accessible to
 * axe-core, in Japanese without a label left in English, and in English without a
 * Japanese-only label or an untranslated key.
 */
jest.setTimeout(300_000);
const e2e = adminSuite("DRAFT");

describe("every screen", () => {
  it("has no serious or critical accessibility violation on the login, list, editor, review, dashboard and import pages", async () => {
    const page = await e2e.page();
    await step(page, "a11y-login", async () => {
      await page.goto(`${e2e.server.origin}/admin/login`);
      await page.getByRole("button", { name: "ログイン" }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    await signIn(page, e2e.server.origin, "finance");
    const pages: [string, string, string][] = [
      ["", "状態ごとの報告書", "a11y-dashboard"],
      ["reports", "執行率", "a11y-list"],
      ["reports/3", "④ 市予算事業", "a11y-editor"],
      ["reports/3/show", "変更履歴", "a11y-review"],
      ["imports", "ファイルに記載のない項目", "a11y-imports"],
    ];
    for (const [path, ready, name] of pages) {
      await step(page, name, async () => {
        await page.goto(`${e2e.server.origin}/admin/${path}`);
        await page.getByText(ready, { exact: true }).first().waitFor();
        await page.waitForLoadState("networkidle");
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }
  });

  it("in English shows no Japanese-only label and no untranslated key anywhere", async () => {
    const page = await e2e.page();
    await signIn(page, e2e.server.origin, "tester");
    await step(page, "switch-to-english", async () => {
      await page.getByRole("button", { name: "日本語" }).click();
      await page.getByRole("menuitem", { name: "English" }).click();
      await page.getByRole("heading", { name: "Welcome, 試験 利用者" }).waitFor();
    });
    for (const { path, en, name } of SCREENS) {
      await step(page, `english-${name}`, async () => {
        await page.goto(`${e2e.server.origin}/admin/${path}`);
        await page.getByText(en, { exact: true }).first().waitFor();
        await page.waitForLoadState("networkidle");
        // Data in labels: the user's name, and the KPI header's note as the form states it.
        const data = ["試験 利用者", "旭川市関係分"];
        const japanese = (await labelTexts(page, ...data)).filter((text) => JAPANESE.test(text));
        expect(japanese).toEqual([]);
        expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
      });
    }
  });

  it("in Japanese shows no label left in English anywhere", async () => {
    const page = await e2e.page();
    await signIn(page, e2e.server.origin, "tester");
    const found: Record<string, string[]> = {};
    for (const { path, ja, name } of SCREENS) {
      await step(page, `japanese-${name}`, async () => {
        await page.goto(`${e2e.server.origin}/admin/${path}`);
        await page.getByText(ja, { exact: true }).first().waitFor();
        await page.waitForLoadState("networkidle");
        const latin = (await labelTexts(page)).filter((text) => LATIN_ONLY(text));
        if (latin.length > 0) found[name] = latin;
      });
    }
    expect(found).toEqual({});
  });
});
