import { backends } from "../helpers/databases";
import { LOGIN, demoPassword, startServer, type TestServer } from "./session-server";

/**
 * Throttling over HTTP for what the User row cannot count: login ids that do not exist lock
 * exactly like real ones (so a lock reveals nothing), and one client address is locked out
 * after SOSEI_LOGIN_ADDRESS_LIMIT failures whatever ids it tries. The server trusts one
 * proxy here, so each test speaks as its own address through X-Forwarded-For.
 */
describe.each(backends().map((b) => [b.name, b] as const))(
  "login throttling on %s",
  (_, backend) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(backend, {
        env: { SOSEI_TRUST_PROXY: "true", SOSEI_LOGIN_ADDRESS_LIMIT: "8" },
      });
    });
    afterAll(() => server.close());

    const login = async (
      address: string,
      loginId: string,
      password: string,
      claimed = "10.9.9.9",
    ) => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          // The first entry is the client's own claim; the proxy appended the last one.
          "x-forwarded-for": `${claimed}, ${address}`,
        },
        body: JSON.stringify({ query: LOGIN, variables: { l: loginId, p: password } }),
      });
      const body = (await response.json()) as {
        errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[];
      };
      const error = body.errors?.[0];
      return error ? { code: error.extensions.code, message: error.message } : { code: "OK" };
    };

    it("locks a login id that does not exist after 5 failures, exactly like a real one", async () => {
      const real: unknown[] = [];
      const unknown: unknown[] = [];
      for (let i = 0; i < 7; i++) {
        real.push(await login(`192.0.2.${i}`, "evaluator", "wrong-password"));
        unknown.push(await login(`198.51.100.${i}`, "no-such-user", "wrong-password"));
      }
      expect(unknown).toEqual(real);
      expect(real.slice(4).map((r) => (r as { code: string }).code)).toEqual([
        "UNAUTHENTICATED",
        "TOO_MANY_ATTEMPTS",
        "TOO_MANY_ATTEMPTS",
      ]);
    });

    it("a stranger's failures lock the stranger, not the owner at an address they used before", async () => {
      const home = "198.18.0.1";
      expect(await login(home, "manager", demoPassword("manager"))).toEqual({ code: "OK" });
      const stranger = "203.0.113.50";
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) codes.push((await login(stranger, "manager", `guess-${i}`)).code);
      expect(codes).toEqual([
        ...Array(5).fill("UNAUTHENTICATED"),
        ...Array(3).fill("TOO_MANY_ATTEMPTS"),
      ]);
      // The owner at home signs in; a new address waits (the id's count over all addresses),
      // and the stranger, even with the right password, waits too.
      expect(await login(home, "manager", demoPassword("manager"))).toEqual({ code: "OK" });
      expect((await login("198.18.0.2", "manager", demoPassword("manager"))).code).toBe(
        "TOO_MANY_ATTEMPTS",
      );
      expect((await login(stranger, "manager", demoPassword("manager"))).code).toBe(
        "TOO_MANY_ATTEMPTS",
      );
      // Five wrong passwords at home lock home too: the owner's own failures still count.
      for (let i = 0; i < 5; i++) await login(home, "manager", `typo-${i}`);
      expect((await login(home, "manager", demoPassword("manager"))).code).toBe(
        "TOO_MANY_ATTEMPTS",
      );
    });

    it("locks out an address after 8 failures over any ids, and only that address", async () => {
      const attacker = "203.0.113.7";
      for (let i = 0; i < 8; i++) {
        expect(await login(attacker, `sprayed-${i}`, "Winter2026!")).toMatchObject({
          code: "UNAUTHENTICATED",
        });
      }
      // Now even a correct password from that address waits, while other addresses go on.
      expect(await login(attacker, "finance", demoPassword("finance"))).toEqual({
        code: "TOO_MANY_ATTEMPTS",
        message: "ログインの失敗が続いたため、15分後まで受け付けません",
      });
      expect(await login("203.0.113.8", "finance", demoPassword("finance"))).toEqual({
        code: "OK",
      });
      // The forged first entry is not the address: a client cannot pick a fresh one per try.
      expect(await login(attacker, "finance", "x", "1.2.3.4")).toMatchObject({
        code: "TOO_MANY_ATTEMPTS",
      });
    });
  },
);
