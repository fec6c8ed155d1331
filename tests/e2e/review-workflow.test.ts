import type { Page } from "playwright-core";
import { keepScreenshot, step } from "./helpers/browser";
import { OFFICE_SCREEN } from "./helpers/layout";
import { adminSuite } from "./helpers/suite";

/** The review workflow in chromium: evaluator, finance and manager on one report, then the public. */
jest.setTimeout(240_000);
const e2e = adminSuite("DRAFT");

const region = (page: Page, name: string) => page.getByRole("region", { name });

/** A step that asks first: its button opens a dialog saying what will happen; confirming takes it. */
async function confirmed(page: Page, button: string, title: string, says: RegExp) {
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: title });
  expect(await dialog.innerText()).toMatch(says);
  await dialog.getByRole("button", { name: button }).click();
  await dialog.waitFor({ state: "detached" });
}

async function reportState(id: number) {
  const admin = await e2e.server.api.login("manager");
  const answer = await admin.query(
    `query($id: ID!) { Report(id: $id) { status version department evaluation { opinion } programs { actual } } }`,
    { id },
  );
  return answer.data.Report;
}

describe("review workflow", () => {
  it("an evaluator records the opinion; amounts are not offered, and the server refuses them when forced", async () => {
    const page = await e2e.as("evaluator");
    await step(page, "evaluation-queue", async () => {
      await page.getByRole("menuitem", { name: "評価待ち" }).click();
      await page.getByRole("cell", { name: /まちを支える産業人材/ }).click();
      await page.getByRole("heading", { name: "⑦ 外部有識者からの評価" }).waitFor();
    });
    await step(page, "amounts-not-offered", async () => {
      const programs = region(page, "④ 市予算事業");
      await programs.getByRole("table").waitFor();
      expect(await programs.getByRole("textbox").count()).toBe(0);
      expect(await programs.getByRole("button").count()).toBe(0);
      for (const name of ["③ 全体概要", "⑥ 事業効果", "⑧ 実績値を踏まえた事業の今後について"]) {
        expect(await region(page, name).getByRole("textbox").count()).toBe(0);
      }
    });
    await step(page, "evaluation-saved", async () => {
      const evaluation = region(page, "⑦ 外部有識者からの評価");
      await evaluation
        .getByRole("textbox", { name: "外部有識者からの意見" })
        .fill("人材確保の取組は有効であった。");
      await evaluation.getByRole("button", { name: "保存" }).click();
      await page.getByText("保存しました", { exact: true }).waitFor();
      expect((await reportState(2)).evaluation.opinion).toBe("人材確保の取組は有効であった。");
    });
    await step(page, "amounts-refused", async () => {
      const { version } = await reportState(2);
      const answer = await page.evaluate(async (v) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `mutation($v: Int!) { saveReportPrograms(reportId: 2, version: $v,
              programs: [{ name: "改ざん", budget: 1, expectedGrant: 1 }]) { id } }`,
            variables: { v },
          }),
        });
        return (await response.json()) as { errors?: { extensions: { code: string } }[] };
      }, version);
      expect(answer.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
      expect((await reportState(2)).programs).toHaveLength(9);
    });
  });

  it("finance submits, the manager returns with a reason, finance fixes and resubmits, the manager approves and publishes, and anyone then reads it", async () => {
    const finance = await e2e.as("finance");
    const manager = await e2e.as("manager");
    await manager.setViewportSize(OFFICE_SCREEN);
    await step(finance, "submit", async () => {
      await finance.goto(`${e2e.server.origin}/admin/reports/2`);
      // Cancelling the question takes no step.
      await finance.getByRole("button", { name: "確認に提出" }).click();
      await finance.getByRole("dialog", { name: "確認に提出しますか?" }).waitFor();
      await finance.getByRole("button", { name: "キャンセル" }).click();
      expect((await reportState(2)).status).toBe("DRAFT");
      await confirmed(finance, "確認に提出", "確認に提出しますか?", /管理職の確認待ちになります/);
      await finance.getByText("確認に提出しました").waitFor();
      expect((await reportState(2)).status).toBe("IN_REVIEW");
    });
    await step(manager, "return", async () => {
      await manager.getByRole("menuitem", { name: "確認待ち" }).click();
      await manager.getByRole("cell", { name: /まちを支える産業人材/ }).click();
      await manager.getByRole("heading", { name: "変更履歴" }).waitFor();
      await manager.getByRole("button", { name: "差し戻す" }).click();
      const dialog = manager.getByRole("dialog", { name: "差し戻す" });
      await dialog.getByRole("textbox", { name: "差戻しの理由" }).fill("担当課を記入してください");
      await dialog.getByRole("button", { name: "差し戻す" }).click();
      await manager.getByText("差し戻しました").waitFor();
      await region(manager, "コメント").getByText("担当課を記入してください").waitFor();
      expect((await reportState(2)).status).toBe("RETURNED");
    });
    await step(finance, "fix-and-resubmit", async () => {
      await finance.reload();
      await finance.getByText("差し戻されました (管理 次郎): 担当課を記入してください").waitFor();
      const header = region(finance, "報告書の基本情報");
      await header.getByRole("textbox", { name: "担当課" }).fill("経済部産業振興課");
      await header.getByRole("button", { name: "保存" }).click();
      await finance.getByText("保存しました", { exact: true }).waitFor();
      await confirmed(finance, "確認に提出", "確認に提出しますか?", /管理職の確認待ちになります/);
      await finance.getByText("確認に提出しました").waitFor();
    });
    await step(manager, "approve-and-publish", async () => {
      await manager.reload();
      // The history shows the fix field by field, with who made it.
      const history = region(manager, "変更履歴");
      await history.getByText("担当課: (なし) → 経済部産業振興課").waitFor();
      expect(await history.innerText()).toContain("財政 花子");
      await confirmed(manager, "承認する", "承認しますか?", /公表できる状態になります/);
      await manager.getByText("承認しました").waitFor();
      // Publishing says where the report will be public, with the link.
      const url = `${e2e.server.origin}/public/municipalities/012041/2020/2/`;
      await manager.getByRole("button", { name: "公表する" }).click();
      const publish = manager.getByRole("dialog", { name: "公表しますか?" });
      await publish.getByRole("link", { name: url }).waitFor();
      await keepScreenshot(manager, "confirm-publish");
      expect(await publish.innerText()).toMatch(/次のURLで誰でも閲覧できるようになります/);
      await publish.getByRole("button", { name: "公表する" }).click();
      await manager.getByText("公表しました").waitFor();
      expect((await reportState(2)).status).toBe("PUBLISHED");
    });
    await step(manager, "public", async () => {
      const answer = await e2e.server.api.anonymous.query(
        `{ allReports(filter: { ids: ["2"] }) { status department totals { actual { display } } } }`,
      );
      expect(answer.data.allReports).toEqual([
        {
          status: "PUBLISHED",
          department: "経済部産業振興課",
          totals: { actual: { display: "16,247" } },
        },
      ]);
    });
    await step(manager, "start-a-correction", async () => {
      await confirmed(
        manager,
        "訂正を始める",
        "訂正を始めますか?",
        /訂正版 \(次の版\) を作成します/,
      );
      await manager.getByText("訂正版を作成しました").waitFor();
      await manager.getByText("第2版", { exact: false }).first().waitFor();
    });
  });
});
