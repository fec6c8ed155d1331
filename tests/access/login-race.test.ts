/**
 * Sign-in throttling under parallel attempts: each attempt is claimed in the database before
 * its password is checked, so however many arrive at once, no more than the limit are checked
 * (an UNAUTHENTICATED answer means a password was checked; TOO_MANY_ATTEMPTS, that none was),
 * and every server of an installation (here two, on one database) counts together.
 */
import { serveDatabase, type RunningServer } from "../../server/src/app";
import type { Database } from "../../server/src/db/database";
import { backends } from "../helpers/databases";
import { LOGIN, configOf, demoPassword } from "./session-server";

const ENV = { SOSEI_TRUST_PROXY: "true", SOSEI_LOGIN_ADDRESS_LIMIT: "30" };

async function attempt(url: string, address: string, loginId: string, password: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { l: loginId, p: password } }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? "OK";
}

const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>(
    (all, code) => ({ ...all, [code]: (all[code] ?? 0) + 1 }),
    {},
  );

describe.each(backends().map((b) => [b.name, b] as const))("login race on %s", (_, backend) => {
  let db: Database;
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    db = await backend.open("seeded");
    // Two servers on one database, as a prefecture-wide installation scales out.
    const shared: Database = { ...db, close: async () => {} };
    a = await serveDatabase(shared, configOf(ENV), () => {});
    b = await serveDatabase(shared, configOf(ENV), () => {});
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await db.close();
  });

  it("50 parallel wrong passwords for one id, over two servers: at most 5 checked, then locked", async () => {
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt((i % 2 ? a : b).url, `192.0.2.${i}`, "evaluator", `wrong-${i}`),
      ),
    );
    const counts = tally(codes);
    expect(counts.UNAUTHENTICATED).toBeLessThanOrEqual(5);
    expect(counts.UNAUTHENTICATED! + counts.TOO_MANY_ATTEMPTS!).toBe(50);
    // The right password, on either server, now waits too.
    for (const server of [a, b]) {
      expect(await attempt(server.url, "192.0.2.200", "evaluator", demoPassword("evaluator"))).toBe(
        "TOO_MANY_ATTEMPTS",
      );
    }
  });

  it("a stranger's 50 parallel wrong passwords over two servers: at most 5 checked; the owner signs in", async () => {
    const home = "198.18.1.1";
    expect(await attempt(a.url, home, "admin", demoPassword("admin"))).toBe("OK");
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt((i % 2 ? a : b).url, "203.0.113.77", "admin", `wrong-${i}`),
      ),
    );
    const counts = tally(codes);
    expect(counts.UNAUTHENTICATED).toBeLessThanOrEqual(5);
    expect(counts.UNAUTHENTICATED! + counts.TOO_MANY_ATTEMPTS!).toBe(50);
    for (const server of [a, b]) {
      expect(await attempt(server.url, home, "admin", demoPassword("admin"))).toBe("OK");
    }
  });

  it("a login id that does not exist races and locks the same way", async () => {
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt((i % 2 ? a : b).url, `198.51.100.${i}`, "no-such-user", `wrong-${i}`),
      ),
    );
    const counts = tally(codes);
    expect(counts.UNAUTHENTICATED).toBeLessThanOrEqual(5);
    expect(counts.TOO_MANY_ATTEMPTS).toBeGreaterThanOrEqual(45);
  });

  it("60 parallel attempts from one address over many ids: at most 30 checked, on both servers", async () => {
    const attacker = "203.0.113.9";
    const codes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        attempt((i % 2 ? a : b).url, attacker, `sprayed-${i}`, "Winter2026!"),
      ),
    );
    const counts = tally(codes);
    expect(counts.UNAUTHENTICATED).toBeLessThanOrEqual(30);
    expect(counts.UNAUTHENTICATED! + counts.TOO_MANY_ATTEMPTS!).toBe(60);
    expect(await attempt(a.url, attacker, "finance", demoPassword("finance"))).toBe(
      "TOO_MANY_ATTEMPTS",
    );
    // Another address signs in meanwhile.
    expect(await attempt(b.url, "203.0.113.10", "finance", demoPassword("finance"))).toBe("OK");
  });

  it("a lock outlives the server that counted it: a restarted server still refuses", async () => {
    for (let i = 0; i < 5; i++) await attempt(a.url, "192.0.2.250", "manager", `wrong-${i}`);
    await a.close();
    a = await serveDatabase({ ...db, close: async () => {} }, configOf(ENV), () => {});
    expect(await attempt(a.url, "192.0.2.251", "manager", demoPassword("manager"))).toBe(
      "TOO_MANY_ATTEMPTS",
    );
  });
});
