import { seriousA11yViolations, step } from "./helpers/browser";
import { adminSuite } from "./helpers/suite";

/**
 * The public site for everyone (JIS X 8341-3 AA, checked with axe-core): the index, a town,
 * its year as the form, one report, and the national and prefectural roll-ups have no serious
 * or critical violation. Then 「新年度の報告を作成」 in the admin: the dry run lists the continuing
 * projects of R3, and one click creates their reports.
 */
jest.setTimeout(300_000);
const e2e = adminSuite("PUBLISHED");

describe("public pages", () => {
  it("have no serious or critical accessibility violation", async () => {
    const page = await e2e.page();
    const index = await fetch(`${e2e.server.origin}/public/municipalities/012041.json`);
    const report = ((await index.json()) as { reports: { url: string }[] }).reports[0]!.url;
    const pages: [string, string][] = [
      ["/public/", "public-index"],
      ["/public/municipalities/012041/", "public-town"],
      ["/public/municipalities/012041/2020/", "public-year"],
      [report, "public-report"],
      ["/public/fiscal-years/2020/", "public-national-rollup"],
      ["/public/fiscal-years/2020/prefectures/01/", "public-prefecture-rollup"],
    ];
    for (const [path, name] of pages) {
      await step(page, name, async () => {
        const response = await page.goto(`${e2e.server.origin}${path}`);
        expect(response?.status()).toBe(200);
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }
  });
});

describe("新年度の報告を作成", () => {
  it("lists the continuing projects in a dry run, then creates their reports in one step", async () => {
    const page = await e2e.as("finance");
    await step(page, "new-year-dry-run", async () => {
      await page.goto(`${e2e.server.origin}/admin/new-year`);
      await page.getByRole("combobox", { name: "年度" }).click();
      await page.getByRole("option", { name: /^R3年度/ }).click();
      await page.getByRole("button", { name: "対象を確認" }).click();
      await page.getByRole("button", { name: "4件の報告を作成" }).waitFor();
      expect(await page.getByRole("row").count()).toBe(1 + 4);
      expect(await page.getByRole("cell", { name: "作成します" }).count()).toBe(4);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    await step(page, "new-year-create", async () => {
      await page.getByRole("button", { name: "4件の報告を作成" }).click();
      await page.getByText("4件の報告を作成しました").waitFor();
      expect(await page.getByRole("link", { name: "作成しました" }).count()).toBe(4);
    });
    const finance = await e2e.server.api.login("finance");
    const { data } = await finance.query(
      `{ _allReportsMeta(filter: { fiscalYear: [2021] }) { count } }`,
    );
    expect(data._allReportsMeta.count).toBe(4);
  });
});
