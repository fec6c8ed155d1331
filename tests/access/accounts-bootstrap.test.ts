import { DEMO_USERS, ensureAccounts } from "../../server/src/auth/bootstrap";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient } from "../../server/src/db/database";
import { backends } from "../helpers/databases";
import { LOGIN, codeOf, demoPassword, startServer, type TestServer } from "./session-server";

/**
 * Accounts on start: demo users only in demo mode and never in production; on a database
 * without an administrator exactly one is created, with a one-time password printed once or
 * from SOSEI_ADMIN_LOGIN / SOSEI_ADMIN_PASSWORD (never printed); a second start creates nobody.
 */
const PRODUCTION = { NODE_ENV: "production" };
const ONE_TIME =
  /^created administrator "administrator" with one-time password: ([\w-]{24}) \(shown only now; change it after signing in\)$/;

const users = (server: TestServer) =>
  server.sudo.user.findMany({
    orderBy: { id: "asc" },
    select: { loginId: true, name: true, email: true, roles: true, municipalityId: true },
  });

it("never turns demo mode on in production, whatever SOSEI_DEMO says", () => {
  expect(loadConfig(PRODUCTION).demo).toBe(false);
  expect(loadConfig({ ...PRODUCTION, SOSEI_DEMO: "true" }).demo).toBe(false);
  expect(loadConfig({}).demo).toBe(true);
  expect(loadConfig({ SOSEI_DEMO: "false" }).demo).toBe(false);
});

describe.each(backends().map((b) => [b.name, b] as const))(
  "accounts on start on %s",
  (_, backend) => {
    const withServer = async (
      env: NodeJS.ProcessEnv,
      test: (server: TestServer) => Promise<void>,
    ) => {
      const server = await startServer(backend, { env });
      try {
        await test(server);
      } finally {
        await server.close();
      }
    };

    it("creates the demo users of 旭川市 and the system administrator in demo mode, each signing in with the README's password", () =>
      withServer({}, async (server) => {
        const city = await server.sudo.municipality.findUniqueOrThrow({
          where: { code: "012041" },
        });
        expect(await users(server)).toEqual(
          DEMO_USERS.map((u) => ({
            loginId: u.loginId,
            name: u.name,
            email: `${u.loginId}@demo.sosei.invalid`,
            roles: [u.role],
            municipalityId: u.loginId === "system" ? null : city.id,
          })),
        );
        expect(server.lines).toContain(
          "demo mode: users finance, evaluator, manager, admin, system (passwords in README)",
        );
        // The demo system administrator is one: no other one is created.
        expect(server.lines.filter((l) => l.startsWith("created administrator"))).toEqual([]);
        for (const { loginId } of DEMO_USERS) {
          const answer = await server.post(LOGIN, { l: loginId, p: demoPassword(loginId) });
          expect(answer.data.login.loginId).toBe(loginId);
        }
      }));

    it.each([
      ["NODE_ENV=production", PRODUCTION],
      ["NODE_ENV=production with SOSEI_DEMO=true", { ...PRODUCTION, SOSEI_DEMO: "true" }],
      ["SOSEI_DEMO=false", { SOSEI_DEMO: "false" }],
    ])("creates no demo user with %s", (_name, env) =>
      withServer(env, async (server) => {
        expect((await users(server)).map((u) => u.loginId)).toEqual(["administrator"]);
        expect(server.lines.some((l) => l.startsWith("demo mode"))).toBe(false);
        const demo = await server.post(LOGIN, { l: "admin", p: demoPassword("admin") });
        expect(codeOf(demo)).toBe("UNAUTHENTICATED");
      }),
    );

    it("creates one administrator with a one-time password printed once, which signs in; a second start creates nobody", () =>
      withServer(PRODUCTION, async (server) => {
        expect(await users(server)).toEqual([
          {
            loginId: "administrator",
            name: "システム管理者",
            email: "administrator@localhost.invalid",
            roles: ["ADMIN"],
            municipalityId: null,
          },
        ]);
        const printed = server.lines.filter((l) => l.startsWith("created administrator"));
        expect(printed).toHaveLength(1);
        const password = ONE_TIME.exec(printed[0])![1];
        expect(server.lines.filter((l) => l.includes(password))).toHaveLength(1);
        const stored = await server.sudo.user.findUniqueOrThrow({
          where: { loginId: "administrator" },
        });
        expect(stored.passwordHash).not.toContain(password);

        const cookie = await server.login("administrator", password);
        expect(cookie).toMatch(/^sosei_session=[\w-]{43}$/);
        const me = await server.post("{ me { loginId roles municipalityId } }", {}, cookie);
        expect(me.data.me).toEqual({
          loginId: "administrator",
          roles: ["ADMIN"],
          municipalityId: null,
        });

        const printedBefore = server.lines.length;
        await server.restart(PRODUCTION);
        const again = server.lines.slice(printedBefore);
        expect(again.filter((l) => l.startsWith("created administrator"))).toEqual([]);
        expect(again.some((l) => l.includes(password))).toBe(false);
        expect(await server.sudo.user.count()).toBe(1);
        // The first password still works after the restart.
        await server.login("administrator", password);
      }));

    it("uses SOSEI_ADMIN_LOGIN / SOSEI_ADMIN_PASSWORD / SOSEI_ADMIN_EMAIL and never prints the password", async () => {
      const env = {
        ...PRODUCTION,
        SOSEI_ADMIN_LOGIN: "chief",
        SOSEI_ADMIN_PASSWORD: "chief-secret-passphrase",
        SOSEI_ADMIN_EMAIL: "chief@city.example.jp",
      };
      await withServer(env, async (server) => {
        expect(await users(server)).toEqual([
          {
            loginId: "chief",
            name: "システム管理者",
            email: "chief@city.example.jp",
            roles: ["ADMIN"],
            municipalityId: null,
          },
        ]);
        expect(server.lines).toContain('created administrator "chief" from SOSEI_ADMIN_PASSWORD');
        expect(server.lines.some((l) => l.includes("chief-secret-passphrase"))).toBe(false);
        await server.login("chief", "chief-secret-passphrase");
        // A second start with other settings creates nobody: an administrator exists.
        const before = server.lines.length;
        await server.restart({ ...env, SOSEI_ADMIN_LOGIN: "deputy" });
        expect(server.lines.slice(before).some((l) => l.startsWith("created administrator"))).toBe(
          false,
        );
        expect((await users(server)).map((u) => u.loginId)).toEqual(["chief"]);
      });
    });

    it("honours SOSEI_ADMIN_LOGIN in demo mode too, beside the demo users", () =>
      withServer(
        { SOSEI_ADMIN_LOGIN: "chief", SOSEI_ADMIN_PASSWORD: "chief-secret-passphrase" },
        async (server) => {
          expect((await users(server)).map((u) => [u.loginId, u.municipalityId])).toEqual(
            expect.arrayContaining([
              ["chief", null],
              ["system", null],
            ]),
          );
          const cookie = await server.login("chief", "chief-secret-passphrase");
          const me = await server.post("{ me { roles municipalityId } }", {}, cookie);
          expect(me.data.me).toEqual({ roles: ["ADMIN"], municipalityId: null });
        },
      ));

    it("ensureAccounts: no demo users without 旭川市, an administrator only while none is active", async () => {
      const db = await backend.open("empty");
      const prisma = createPrismaClient(db);
      try {
        const lines: string[] = [];
        const options = { demo: true, admin: {} };
        await ensureAccounts(prisma, options, (l) => lines.push(l));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(ONE_TIME);
        expect((await prisma.user.findMany()).map((u) => u.loginId)).toEqual(["administrator"]);
        await ensureAccounts(prisma, options, (l) => lines.push(l));
        expect(lines).toHaveLength(1);
        expect(await prisma.user.count()).toBe(1);
        // A deactivated administrator does not count: the next start creates an active one.
        await prisma.user.update({
          where: { loginId: "administrator" },
          data: { isActive: false },
        });
        await ensureAccounts(prisma, { demo: false, admin: { loginId: "second" } }, (l) =>
          lines.push(l),
        );
        expect(lines[1]).toMatch(
          /^created administrator "second" with one-time password: [\w-]{24} /,
        );
        expect(
          (await prisma.user.findMany({ orderBy: { id: "asc" } })).map((u) => [
            u.loginId,
            u.isActive,
          ]),
        ).toEqual([
          ["administrator", false],
          ["second", true],
        ]);
      } finally {
        await prisma.$disconnect();
        await db.close();
      }
    });
  },
);
