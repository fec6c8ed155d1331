import { backends } from "../helpers/databases";
import { CREATE, UPDATE, useAccounts } from "./session-accounts";
import { codeOf } from "./session-server";

/**
 * Who may administer accounts: a municipality administrator only their own municipality's
 * users; other roles are FORBIDDEN, anonymous visitors UNAUTHENTICATED; refusals write nothing.
 */
describe.each(backends().map((b) => [b.name, b] as const))("accounts scope on %s", (_, backend) => {
  const { fx, input, userByLogin, written, refusal } = useAccounts(backend);

  it("a municipality administrator lists only their own municipality's users, whatever the filter", async () => {
    const own = (await fx.server.sudo.user.findMany({ where: { municipalityId: fx.asahikawa } }))
      .length;
    const list = (filter: string) =>
      fx.server.post(
        `{ allUsers${filter} { municipalityId } _allUsersMeta${filter} { count } }`,
        {},
        fx.cityAdmin,
      );
    const all = await list("");
    expect(all.data._allUsersMeta.count).toBe(own);
    expect(
      new Set(all.data.allUsers.map((u: { municipalityId: string }) => u.municipalityId)),
    ).toEqual(new Set([String(fx.asahikawa)]));
    // The scope is AND-ed into every filter: asking for another municipality finds no one.
    const foreign = await list(`(filter: { municipalityId: ${fx.sapporo} })`);
    expect(foreign.data).toEqual({ allUsers: [], _allUsersMeta: { count: 0 } });
  });

  it("a municipality administrator cannot read another municipality's user by id", async () => {
    const { id } = await userByLogin("sapporo.staff");
    const answer = await fx.server.post(
      `query ($id: ID!) { User(id: $id) { loginId email } }`,
      { id },
      fx.cityAdmin,
    );
    expect(refusal(answer).code).toBe("NOT_FOUND");
  });

  it("a municipality administrator cannot sign out another municipality's user", async () => {
    const cookie = await fx.server.login("sapporo.staff", "sapporo-password-1");
    const { id } = await userByLogin("sapporo.staff");
    const answer = await fx.server.post(
      "mutation ($id: ID!) { revokeUserSessions(id: $id) }",
      { id },
      fx.cityAdmin,
    );
    expect(refusal(answer).code).toBe("NOT_FOUND");
    expect((await fx.server.post("{ me { loginId } }", {}, cookie)).data.me).toEqual({
      loginId: "sapporo.staff",
    });
  });

  it("a municipality administrator changes and creates users only in their own municipality", async () => {
    const before = await written();
    const staff = await userByLogin("sapporo.staff");
    const foreign = await fx.server.post(
      UPDATE,
      { id: staff.id, version: staff.version, roles: ["ADMIN"] },
      fx.cityAdmin,
    );
    expect(refusal(foreign).code).toBe("NOT_FOUND");
    const self = await userByLogin("admin");
    const widen = await fx.server.post(
      UPDATE,
      { id: self.id, version: self.version, municipalityId: null },
      fx.cityAdmin,
    );
    expect(refusal(widen)).toMatchObject({ code: "FORBIDDEN", field: ["municipalityId"] });
    for (const municipalityId of [fx.sapporo, null]) {
      const created = await fx.server.post(
        CREATE,
        input({ loginId: "outsider", municipalityId }),
        fx.cityAdmin,
      );
      expect(refusal(created)).toEqual({
        code: "FORBIDDEN",
        field: ["municipalityId"],
        message:
          "自分の団体の利用者だけを管理できます (他の団体や全団体の利用者はシステム管理者が管理します)",
      });
    }
    expect(await written()).toEqual(before);
    const ok = await fx.server.post(
      CREATE,
      input({ loginId: "insider", email: "in@example.jp" }),
      fx.cityAdmin,
    );
    expect(ok.data.createUser).toMatchObject({
      loginId: "insider",
      municipalityId: String(fx.asahikawa),
    });
  });

  it("refuses every accounts operation to non-administrators (FORBIDDEN) and anonymous visitors (UNAUTHENTICATED)", async () => {
    const { id, version } = await userByLogin("finance");
    const operations: [string, Record<string, unknown>][] = [
      ["{ allUsers { id } }", {}],
      ["{ _allUsersMeta { count } }", {}],
      ["query ($id: ID!) { User(id: $id) { id } }", { id }],
      [CREATE, input({ loginId: "intruder" })],
      [UPDATE, { id, version, roles: ["ADMIN"] }],
      ["mutation ($id: ID!) { revokeUserSessions(id: $id) }", { id }],
    ];
    const before = await written();
    for (const loginId of ["finance", "evaluator", "manager"]) {
      const cookie = await fx.server.login(loginId);
      for (const [source, variables] of operations) {
        expect([loginId, source, codeOf(await fx.server.post(source, variables, cookie))]).toEqual([
          loginId,
          source,
          "FORBIDDEN",
        ]);
      }
    }
    for (const [source, variables] of operations) {
      expect([source, codeOf(await fx.server.post(source, variables))]).toEqual([
        source,
        "UNAUTHENTICATED",
      ]);
    }
    expect(await written()).toEqual(before);
  });
});
