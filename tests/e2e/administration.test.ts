import { step } from "./helpers/browser";
import { adminSuite } from "./helpers/suite";
import { signIn } from "./helpers/session";

/** The system administrator onboards a municipality from the UI; its first users then work. */
jest.setTimeout(180_000);
const e2e = adminSuite();

describe("administration", () => {
  it("a municipal administrator is not offered onboarding or the shared lists' writes", async () => {
    const admin = await e2e.page();
    await signIn(admin, e2e.server.origin, "admin");
    await step(admin, "municipal-admin", async () => {
      await admin.getByRole("menuitem", { name: "利用者" }).waitFor();
      expect(await admin.getByRole("menuitem", { name: "自治体の追加" }).count()).toBe(0);
      await admin.getByRole("menuitem", { name: "交付金の種類" }).click();
      await admin.locator("tbody tr").first().waitFor();
      expect(await admin.getByRole("link", { name: "作成" }).count()).toBe(0);
    });
  });

  it("the system administrator adds a municipality with its first users, fixing a refused login id on the way", async () => {
    const system = await e2e.page();
    await signIn(system, e2e.server.origin, "system");
    const passwords: string[] = [];
    await step(system, "fill-in", async () => {
      await system.getByRole("menuitem", { name: "自治体の追加" }).click();
      await system.getByRole("textbox", { name: "団体コード" }).fill("011002");
      await system.getByRole("textbox", { name: "名称" }).fill("札幌市");
      await system.getByRole("textbox", { name: "都道府県" }).fill("北海道");
      const rows: [string, string, string][] = [
        ["sapporo-admin", "札幌 管理者", "admin@sapporo.example.jp"],
        // "finance" is taken (the demo user of 旭川市): the server refuses it.
        ["finance", "札幌 財政", "finance@sapporo.example.jp"],
      ];
      for (const [i, [loginId, name, email]] of rows.entries()) {
        await system.getByRole("textbox", { name: `${i + 1}: ログインID` }).fill(loginId);
        await system.getByRole("textbox", { name: `${i + 1}: 氏名` }).fill(name);
        await system.getByRole("textbox", { name: `${i + 1}: メールアドレス` }).fill(email);
        passwords.push(
          await system.getByRole("textbox", { name: `${i + 1}: パスワード` }).inputValue(),
        );
      }
      expect(passwords.every((p) => p.length >= 12)).toBe(true);
    });
    await step(system, "refused-login-id", async () => {
      await system.getByRole("button", { name: "作成" }).click();
      const loginId = system.getByRole("textbox", { name: "2: ログインID" });
      await system.locator('[aria-invalid="true"]').first().waitFor();
      expect(await loginId.getAttribute("aria-invalid")).toBe("true");
      // The municipality and the first user exist; their inputs are done.
      expect(await system.getByRole("textbox", { name: "団体コード" }).isDisabled()).toBe(true);
      expect(await system.getByRole("textbox", { name: "1: ログインID" }).isDisabled()).toBe(true);
    });
    await step(system, "continue", async () => {
      await system.getByRole("textbox", { name: "2: ログインID" }).fill("sapporo-finance");
      await system.getByRole("button", { name: "作成" }).click();
      await system.getByText("自治体と利用者を作成しました").first().waitFor();
    });
    const finance = await e2e.page();
    await step(finance, "new-user-signs-in", async () => {
      await finance.goto(`${e2e.server.origin}/admin/login`);
      await finance.getByLabel("ログインID").fill("sapporo-finance");
      await finance.getByLabel("パスワード").fill(passwords[1]!);
      await finance.getByRole("button", { name: "ログイン" }).click();
      await finance.getByRole("heading", { name: "札幌 財政 さん、ようこそ" }).waitFor();
      await finance.getByText("財政担当", { exact: true }).waitFor();
      const me = await e2e.server.api.login("sapporo-finance", passwords[1]!);
      const answer = await me.query(`{ me { municipality { name code } roles } }`);
      expect(answer.data.me).toEqual({
        municipality: { name: "札幌市", code: "011002" },
        roles: ["FINANCE"],
      });
    });
  });
});
