import { backends } from "../helpers/databases";
import { CREATE, UPDATE, USER, useAccounts } from "./session-accounts";

/**
 * Accounts administration over HTTP: createUser / updateUser / allUsers / _allUsersMeta /
 * User and their validation, by an administrator of every municipality.
 */
describe.each(backends().map((b) => [b.name, b] as const))("accounts on %s", (_, backend) => {
  const { fx, input, userByLogin, written, refusal } = useAccounts(backend);

  it("createUser stores a user that reads back the same, signs in, and is audited without the hash", async () => {
    const created = await fx.server.post(
      CREATE,
      input({ loginId: "kato", roles: ["FINANCE", "MANAGER", "FINANCE"] }),
      fx.root,
    );
    expect(created.errors).toBeUndefined();
    const user = created.data.createUser;
    expect(user).toEqual({
      id: expect.any(String),
      loginId: "kato",
      name: "新規 利用者",
      email: "new.user@example.jp",
      roles: ["FINANCE", "MANAGER"],
      municipalityId: String(fx.asahikawa),
      isActive: true,
      version: 1,
    });
    expect(
      (
        await fx.server.post(
          `query ($id: ID!) { User(id: $id) { ${USER} } }`,
          { id: user.id },
          fx.root,
        )
      ).data.User,
    ).toEqual(user);
    const listed = await fx.server.post(
      `{ allUsers(filter: { q: "kat" }) { ${USER} } }`,
      {},
      fx.root,
    );
    expect(listed.data.allUsers).toEqual([user]);
    const stored = await userByLogin("kato");
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await fx.server.login("kato", "twelve-chars");
    const audit = await fx.server.sudo.auditLog.findFirstOrThrow({
      where: { entity: "User", entityId: user.id, action: "INSERT" },
    });
    expect(audit.actorId).toBe((await userByLogin("root")).id);
    expect((audit.changes as Record<string, unknown>).passwordHash).toEqual({
      before: "(hidden)",
      after: "(hidden)",
    });
    const logs = await fx.server.sudo.auditLog.findMany({ where: { entity: "User" } });
    expect(JSON.stringify(logs.map((l) => l.changes))).not.toContain("scrypt$");
  });

  it.each([
    [
      "a login id shorter than 3",
      { loginId: "ab" },
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
    ],
    [
      "a login id with a space",
      { loginId: "has space" },
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
    ],
    [
      "a login id in kanji",
      { loginId: "山田太郎" },
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
    ],
    [
      "a login id of 65 characters",
      { loginId: "a".repeat(65) },
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
    ],
    ["a blank name", { name: "  " }, ["name"], "氏名を入力してください"],
    [
      "an e-mail without @",
      { email: "user.example.jp" },
      ["email"],
      "メールアドレスの形式が正しくありません",
    ],
    [
      "an e-mail without a domain dot",
      { email: "user@localhost" },
      ["email"],
      "メールアドレスの形式が正しくありません",
    ],
    [
      "a password of 11 characters",
      { password: "eleven-char" },
      ["password"],
      "パスワードは12〜200文字にしてください",
    ],
    ["no role", { roles: [] }, ["roles"], "役割を1つ以上選んでください"],
  ])("createUser refuses %s and writes nothing", async (_case, overrides, field, message) => {
    const before = await written();
    const answer = await fx.server.post(
      CREATE,
      input({ loginId: "valid.id", ...overrides }),
      fx.root,
    );
    expect(refusal(answer)).toEqual({ code: "BAD_USER_INPUT", field, message });
    expect(await written()).toEqual(before);
  });

  it("refuses a duplicate login id or e-mail with CONFLICT and writes nothing", async () => {
    const before = await written();
    const byLogin = await fx.server.post(
      CREATE,
      input({ loginId: "finance", email: "x@y.jp" }),
      fx.root,
    );
    expect(refusal(byLogin).code).toBe("CONFLICT");
    const byEmail = await fx.server.post(
      CREATE,
      input({ loginId: "other", email: "finance@demo.sosei.invalid" }),
      fx.root,
    );
    expect(refusal(byEmail).code).toBe("CONFLICT");
    expect(await written()).toEqual(before);
  });

  it("updateUser changes only the given fields; a stale version is a CONFLICT that writes nothing", async () => {
    const row = await userByLogin("evaluator");
    const updated = await fx.server.post(
      UPDATE,
      { id: row.id, version: row.version, name: "評価 次郎" },
      fx.root,
    );
    expect(updated.data.updateUser).toEqual({
      id: String(row.id),
      loginId: "evaluator",
      name: "評価 次郎",
      email: row.email,
      roles: ["EVALUATOR"],
      municipalityId: String(fx.asahikawa),
      isActive: true,
      version: row.version + 1,
    });
    const before = await written();
    const stale = await fx.server.post(
      UPDATE,
      { id: row.id, version: row.version, name: "古い 版" },
      fx.root,
    );
    expect(refusal(stale).code).toBe("CONFLICT");
    expect(stale.errors![0].extensions.current).toMatchObject({
      name: "評価 次郎",
      version: row.version + 1,
    });
    const invalid = await fx.server.post(
      UPDATE,
      { id: row.id, version: row.version + 1, roles: [] },
      fx.root,
    );
    expect(refusal(invalid)).toMatchObject({ code: "BAD_USER_INPUT", field: ["roles"] });
    expect(await written()).toEqual(before);
  });

  it("an administrator of all municipalities lists and filters every user", async () => {
    const all = await fx.server.post(
      `{ allUsers(sortField: "loginId") { loginId } _allUsersMeta { count } }`,
      {},
      fx.root,
    );
    expect(all.data._allUsersMeta.count).toBe(await fx.server.sudo.user.count());
    const other = await fx.server.post(
      `query ($m: [ID!]) { allUsers(filter: { municipalityId: $m }) { loginId } _allUsersMeta(filter: { municipalityId: $m }) { count } }`,
      { m: fx.sapporo },
      fx.root,
    );
    expect(other.data).toEqual({
      allUsers: [{ loginId: "sapporo.staff" }],
      _allUsersMeta: { count: 1 },
    });
  });
});
