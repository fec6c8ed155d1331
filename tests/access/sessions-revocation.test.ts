import { backends } from "../helpers/databases";
import {
  LOGIN,
  codeOf,
  cookieOf,
  demoPassword,
  sha256,
  startServer,
  tokenOf,
  type TestServer,
} from "./session-server";

/**
 * What an administrator's change to a user does to that user's open sessions: deactivation
 * and a password reset end them at once; a role change applies to the next request. Also the
 * cookie's lifetime and Secure flag from the configuration.
 */
const ME = "{ me { loginId roles isActive } }";
const UPDATE = `mutation ($id: ID!, $v: Int!, $active: Boolean, $roles: [Role!], $password: String) {
  updateUser(id: $id, version: $v, isActive: $active, roles: $roles, password: $password) { id roles isActive version } }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "an administrator's changes to signed-in users on %s",
  (_, backend) => {
    let server: TestServer;
    let admin: string;
    beforeAll(async () => {
      server = await startServer(backend);
      admin = await server.login("admin");
    });
    afterAll(() => server.close());

    const user = (loginId: string) => server.sudo.user.findUniqueOrThrow({ where: { loginId } });
    const update = async (loginId: string, changes: Record<string, unknown>) => {
      const row = await user(loginId);
      const answer = await server.post(UPDATE, { id: row.id, v: row.version, ...changes }, admin);
      expect(answer.errors).toBeUndefined();
      return answer.data.updateUser;
    };
    const openSessions = async (loginId: string) =>
      server.sudo.session.count({
        where: { userId: (await user(loginId)).id, revokedAt: null },
      });

    it("deactivating a user ends all their sessions and refuses their login", async () => {
      const first = await server.login("evaluator");
      const second = await server.login("evaluator");
      expect(await openSessions("evaluator")).toBe(2);
      expect(await update("evaluator", { active: false })).toMatchObject({ isActive: false });
      expect(await openSessions("evaluator")).toBe(0);
      for (const cookie of [first, second]) {
        expect((await server.post(ME, {}, cookie)).data).toEqual({ me: null });
        expect(codeOf(await server.post("{ allFiscalYears { year } }", {}, cookie))).toBe(
          "UNAUTHENTICATED",
        );
      }
      const refused = await server.post(LOGIN, { l: "evaluator", p: demoPassword("evaluator") });
      expect(refused.setCookie).toBeNull();
      expect(refused.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
        ["UNAUTHENTICATED", "ログインIDまたはパスワードが正しくありません"],
      ]);
      // Reactivated, the old cookies stay dead; a new login works.
      await update("evaluator", { active: true });
      expect((await server.post(ME, {}, first)).data).toEqual({ me: null });
      const again = await server.login("evaluator");
      expect((await server.post(ME, {}, again)).data.me).toEqual({
        loginId: "evaluator",
        roles: ["EVALUATOR"],
        isActive: true,
      });
    });

    it("a password reset by an administrator ends the user's sessions; only the new password works", async () => {
      const cookie = await server.login("manager");
      const newPassword = "a-brand-new-password-2026";
      await update("manager", { password: newPassword });
      expect(await openSessions("manager")).toBe(0);
      expect((await server.post(ME, {}, cookie)).data).toEqual({ me: null });
      const old = await server.post(LOGIN, { l: "manager", p: demoPassword("manager") });
      expect(codeOf(old)).toBe("UNAUTHENTICATED");
      const fresh = await server.login("manager", newPassword);
      expect((await server.post(ME, {}, fresh)).data.me.loginId).toBe("manager");
      const stored = (await user("manager")).passwordHash;
      expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(stored).not.toContain(newPassword);
    });

    it("other changes (name, roles) keep the sessions; role changes apply to the next request", async () => {
      const cookie = await server.login("finance");
      expect(codeOf(await server.post("{ allUsers { id } }", {}, cookie))).toBe("FORBIDDEN");
      expect(await update("finance", { roles: ["FINANCE", "ADMIN"] })).toMatchObject({
        roles: ["FINANCE", "ADMIN"],
      });
      expect(await openSessions("finance")).toBe(1);
      expect((await server.post(ME, {}, cookie)).data.me.roles).toEqual(["FINANCE", "ADMIN"]);
      const listed = await server.post("{ _allUsersMeta { count } }", {}, cookie);
      expect(listed.errors).toBeUndefined();
      expect(listed.data._allUsersMeta.count).toBe(4);

      await update("finance", { roles: ["EVALUATOR"] });
      expect((await server.post(ME, {}, cookie)).data.me.roles).toEqual(["EVALUATOR"]);
      expect(codeOf(await server.post("{ allUsers { id } }", {}, cookie))).toBe("FORBIDDEN");
      // Still signed in: the session was not touched.
      const session = await server.sudo.session.findUniqueOrThrow({
        where: { id: sha256(tokenOf(cookie)) },
      });
      expect(session.revokedAt).toBeNull();
    });

    it("revokeUserSessions signs a user out everywhere and says how many sessions ended", async () => {
      const cookies = [await server.login("finance"), await server.login("finance")];
      const before = await openSessions("finance");
      const { id } = await user("finance");
      const answer = await server.post(
        "mutation ($id: ID!) { revokeUserSessions(id: $id) }",
        { id },
        admin,
      );
      expect(answer.data).toEqual({ revokeUserSessions: before });
      for (const cookie of cookies) {
        expect((await server.post(ME, {}, cookie)).data).toEqual({ me: null });
      }
      // The administrator's own session is untouched.
      expect((await server.post(ME, {}, admin)).data.me.loginId).toBe("admin");
    });
  },
);

describe.each(backends().map((b) => [b.name, b] as const))(
  "session cookie settings on %s",
  (_, backend) => {
    it("uses SOSEI_SESSION_HOURS for Max-Age and expiry, and adds Secure only when configured", async () => {
      const server = await startServer(backend, {
        env: { SOSEI_SESSION_HOURS: "2", SOSEI_SECURE_COOKIE: "true" },
      });
      try {
        const answer = await server.post(LOGIN, { l: "finance", p: demoPassword("finance") });
        expect(answer.setCookie).toMatch(
          /^sosei_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=7200; Secure$/,
        );
        const session = await server.sudo.session.findUniqueOrThrow({
          where: { id: sha256(tokenOf(cookieOf(answer.setCookie))) },
        });
        const hours = (session.expiresAt.getTime() - Date.now()) / 3_600_000;
        expect(hours).toBeGreaterThan(1.99);
        expect(hours).toBeLessThanOrEqual(2);
        const out = await server.post("mutation { logout }", {}, cookieOf(answer.setCookie));
        expect(out.setCookie).toBe(
          "sosei_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure",
        );
      } finally {
        await server.close();
      }
    });
  },
);
