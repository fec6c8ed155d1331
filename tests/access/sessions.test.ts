import { randomBytes } from "node:crypto";
import { loginIdAtAddressKey, loginIdKey } from "../../server/src/auth/login-throttle";
import { backends } from "../helpers/databases";
import {
  LOGIN,
  codeOf,
  cookieOf,
  demoPassword,
  sha256,
  startServer,
  tokenOf,
  type Answer,
  type TestServer,
} from "./session-server";

/**
 * Sessions over HTTP: the cookie, what the database keeps of it, login failures and the
 * lock-out, logout, expiry and forged cookies. Demo users of 旭川市 sign in (demo mode).
 */
const PROTECTED = "{ allFiscalYears { year } }";
const PUBLIC = "{ _allReportsMeta { count } }";
const WRONG = {
  message: "ログインIDまたはパスワードが正しくありません",
  path: ["login"],
  code: "UNAUTHENTICATED",
  messageEn: "wrong login id or password",
};
/** An error as the client sees it, without the stack trace that development mode adds. */
const shown = (answer: Answer) =>
  answer.errors?.map(({ message, path, extensions: { code, messageEn } }) => ({
    message,
    path,
    code,
    messageEn,
  }));

describe.each(backends().map((b) => [b.name, b] as const))("sessions on %s", (_, backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(backend);
  });
  afterAll(() => server.close());

  const userId = async (loginId: string) =>
    (await server.sudo.user.findUniqueOrThrow({ where: { loginId } })).id;
  const login = (loginId: string, password: string) =>
    server.post(LOGIN, { l: loginId, p: password });
  /** The failures counted against a login id (the database keeps them for every server). */
  const throttleOf = (loginId: string) =>
    server.sudo.loginThrottle.findUnique({ where: { key: loginIdKey(loginId, 0).key } });
  /** Its rows: over all addresses, and at this test's address (the server sees 127.0.0.1). */
  const rowsOf = (loginId: string) => ({
    key: { in: [loginIdKey(loginId, 0).key, loginIdAtAddressKey(loginId, "127.0.0.1", 0).key] },
  });
  const forget = (loginId: string) =>
    server.sudo.loginThrottle.deleteMany({ where: rowsOf(loginId) });
  /** As an anonymous visitor: me is null, protected fields refuse, public ones answer. */
  const expectAnonymous = async (cookie: string) => {
    const me = await server.post("{ me { id } }", undefined, cookie);
    expect({ status: me.status, data: me.data, errors: me.errors }).toEqual({
      status: 200,
      data: { me: null },
      errors: undefined,
    });
    const denied = await server.post(PROTECTED, undefined, cookie);
    expect(denied.errors?.map((e) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(denied.data).toBeNull();
    const open = await server.post(PUBLIC, undefined, cookie);
    expect(open.errors).toBeUndefined();
    expect(open.data).toEqual({ _allReportsMeta: { count: 5 } });
  };

  it("sets an HttpOnly, SameSite=Strict session cookie and stores only the token's SHA-256", async () => {
    const answer = await login("finance", demoPassword("finance"));
    expect(answer.errors).toBeUndefined();
    expect(answer.setCookie).toMatch(
      /^sosei_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/,
    );
    const cookie = cookieOf(answer.setCookie);
    const token = tokenOf(cookie);
    const sessions = await server.sudo.session.findMany({
      where: { userId: await userId("finance") },
    });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0].id).toBe(sha256(token));
    expect(sessions[0].id).not.toContain(token);
    expect(sessions[0].revokedAt).toBeNull();
    const hours = (sessions[0].expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.99);
    expect(hours).toBeLessThanOrEqual(8);
    // No column of any session holds the token itself.
    const raw = await server.sudo.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(s)::text AS row FROM "Session" s`;
    expect(raw.some((r) => r.row.includes(token))).toBe(false);

    const me = await server.post(
      "{ me { loginId name roles municipalityId isActive } }",
      {},
      cookie,
    );
    expect(me.data.me).toEqual({
      loginId: "finance",
      name: "財政 花子",
      roles: ["FINANCE"],
      municipalityId: expect.stringMatching(/^\d+$/),
      isActive: true,
    });
    expect((await server.post(PROTECTED, {}, cookie)).errors).toBeUndefined();
  });

  it("exposes no password hash or login counters on the User type", async () => {
    const admin = await server.login("admin");
    const type = await server.post(`{ __type(name: "User") { fields { name } } }`, {}, admin);
    expect(type.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      [
        "email",
        "id",
        "isActive",
        "loginId",
        "municipality",
        "municipalityId",
        "name",
        "roles",
        "version",
      ].sort(),
    );
    const asked = await server.post("{ me { passwordHash } }", {}, admin);
    expect(codeOf(asked)).toBe("GRAPHQL_VALIDATION_FAILED");
    const login = await server.post(
      `mutation { login(loginId: "admin", password: "${demoPassword("admin")}") { passwordHash } }`,
    );
    expect(codeOf(login)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(login.setCookie).toBeNull();
  });

  it("answers a wrong password and an unknown login id with the same error, and no cookie", async () => {
    const wrong = await login("evaluator", "not-the-password");
    const unknown = await login("nobody-here", "not-the-password");
    for (const answer of [wrong, unknown]) {
      expect(shown(answer)).toEqual([WRONG]);
      expect(answer.data).toBeNull();
      expect(answer.setCookie).toBeNull();
    }
    // Both count alike, in the database: a lock reveals nothing about which ids exist.
    expect((await throttleOf("evaluator"))?.failures).toBe(1);
    expect((await throttleOf("nobody-here"))?.failures).toBe(1);
    await forget("evaluator");
  });

  it("locks an account after 5 failures in a row, even against the right password, until lockedUntil passes", async () => {
    for (let i = 1; i <= 5; i++) {
      expect(shown(await login("manager", `wrong-password-${i}`))).toEqual([WRONG]);
    }
    const locked = await login("manager", demoPassword("manager"));
    expect(locked.setCookie).toBeNull();
    expect(locked.errors).toHaveLength(1);
    const error = locked.errors![0];
    expect(error.extensions.code).toBe("TOO_MANY_ATTEMPTS");
    expect(error.message).toBe("ログインの失敗が続いたため、15分後まで受け付けません");
    const seconds = error.extensions.retryAfterSeconds as number;
    expect(Number.isInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThan(890);
    expect(seconds).toBeLessThanOrEqual(900);
    const row = await throttleOf("manager");
    expect(row!.failures).toBe(5);
    expect(row!.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(890_000);

    // The lock runs out: the right password signs in, and the id starts afresh.
    await server.sudo.loginThrottle.updateMany({
      where: rowsOf("manager"),
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    const ok = await login("manager", demoPassword("manager"));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.loginId).toBe("manager");
    expect(await throttleOf("manager")).toBeNull();
  });

  it("counts only consecutive failures: a success in between resets the counter", async () => {
    for (let i = 0; i < 4; i++) await login("evaluator", "wrong-password");
    expect((await login("evaluator", demoPassword("evaluator"))).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await login("evaluator", "wrong-password");
    const ok = await login("evaluator", demoPassword("evaluator"));
    expect(ok.errors).toBeUndefined();
    expect(await throttleOf("evaluator")).toBeNull();
  });

  it("logout revokes the session on the server and clears the cookie; a replayed cookie is anonymous", async () => {
    const cookie = await server.login("finance");
    const other = await server.login("finance");
    expect((await server.post("{ me { loginId } }", {}, cookie)).data.me.loginId).toBe("finance");
    const out = await server.post("mutation { logout }", {}, cookie);
    expect(out.data).toEqual({ logout: true });
    expect(out.setCookie).toBe("sosei_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    const row = await server.sudo.session.findUniqueOrThrow({
      where: { id: sha256(tokenOf(cookie)) },
    });
    expect(row.revokedAt).not.toBeNull();
    await expectAnonymous(cookie);
    // Only that session ended; the same user's other browser stays signed in.
    expect((await server.post("{ me { loginId } }", {}, other)).data.me.loginId).toBe("finance");
    // Logging out without a session is harmless.
    const anonymous = await server.post("mutation { logout }");
    expect(anonymous.data).toEqual({ logout: true });
  });

  it("treats an expired session as anonymous", async () => {
    const cookie = await server.login("evaluator");
    const id = sha256(tokenOf(cookie));
    await server.sudo.session.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() + 120_000) },
    });
    expect((await server.post("{ me { loginId } }", {}, cookie)).data.me.loginId).toBe("evaluator");
    await server.sudo.session.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    await expectAnonymous(cookie);
    // The next sign-in of the same user clears the expired session from the table.
    const mine = { userId: await userId("evaluator") };
    const live = await server.sudo.session.count({
      where: { ...mine, expiresAt: { gte: new Date() } },
    });
    await server.login("evaluator");
    expect(await server.sudo.session.findUnique({ where: { id } })).toBeNull();
    expect(await server.sudo.session.count({ where: mine })).toBe(live + 1);
  });

  it("treats forged cookies as anonymous", async () => {
    const real = tokenOf(await server.login("admin"));
    const flipped = real.slice(0, -1) + (real.endsWith("A") ? "B" : "A");
    const forged = [
      randomBytes(32).toString("base64url"),
      flipped,
      sha256(real),
      "' OR '1'='1",
      'x\'); DELETE FROM "Session"; --',
      "a".repeat(10_240),
      "",
    ];
    for (const token of forged) {
      await expectAnonymous(`sosei_session=${token}`);
    }
    expect(await server.sudo.session.count()).toBeGreaterThan(0);
    // The real token still works.
    expect(
      (await server.post("{ me { loginId } }", {}, `sosei_session=${real}`)).data.me.loginId,
    ).toBe("admin");
  });

  it("treats a cookie with a malformed percent-encoding as anonymous, not as a server error", async () => {
    await expectAnonymous("sosei_session=%E0%A4%A");
  });
});
