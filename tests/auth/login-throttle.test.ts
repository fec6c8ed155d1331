/**
 * The sign-in throttle's counting, on the database itself (time moved by ageing the rows):
 * claims up to the limit pass, one more locks; a failure at the limit locks; a lock or a
 * quiet window runs out; a success resets the login id and takes one attempt back from the
 * address; stale rows are forgotten.
 */
import {
  LOCK_MINUTES,
  addressKey,
  attemptFailed,
  attemptSucceeded,
  claimAttempt,
  forgetOldAttempts,
  loginIdKey,
} from "../../server/src/auth/login-throttle";
import type { Database } from "../../server/src/db/database";
import { backends } from "../helpers/databases";

describe.each(backends().map((b) => [b.name, b] as const))("login throttle on %s", (_, backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open("empty");
  });
  afterAll(() => db.close());

  const row = async (key: string) =>
    (
      await db.sql.query<{ failures: number; locked: boolean }>(
        `SELECT "failures", COALESCE("lockedUntil" > now(), false) AS "locked"
           FROM "LoginThrottle" WHERE "key" = $1`,
        [key],
      )
    )[0] ?? null;
  const age = (key: string, column: "windowStart" | "lockedUntil", minutes: number) =>
    db.sql.query(
      `UPDATE "LoginThrottle" SET "${column}" = now() - make_interval(mins => $2) WHERE "key" = $1`,
      [key, minutes],
    );

  it("lets the limit's attempts be checked; one more waits the lock time and locks", async () => {
    const id = loginIdKey("alice", 3);
    for (let i = 0; i < 3; i++) expect(await claimAttempt(db.sql, [id])).toBeNull();
    expect(await claimAttempt(db.sql, [id])).toBe(LOCK_MINUTES * 60);
    expect(await row(id.key)).toEqual({ failures: 4, locked: true });
    // Locked: nothing more is counted, and the wait is what is left of the lock.
    const wait = await claimAttempt(db.sql, [id]);
    expect(wait).toBeGreaterThan(LOCK_MINUTES * 60 - 5);
    expect((await row(id.key))!.failures).toBe(4);
  });

  it("locks at the limit's failure, and starts afresh once the lock has run out", async () => {
    const id = loginIdKey("bob", 2);
    for (let i = 0; i < 2; i++) {
      expect(await claimAttempt(db.sql, [id])).toBeNull();
      await attemptFailed(db.sql, [id]);
    }
    expect(await row(id.key)).toEqual({ failures: 2, locked: true });
    await age(id.key, "lockedUntil", 1);
    expect(await claimAttempt(db.sql, [id])).toBeNull();
    expect(await row(id.key)).toEqual({ failures: 1, locked: false });
  });

  it("forgets failures older than the lock time", async () => {
    const id = loginIdKey("carol", 2);
    await claimAttempt(db.sql, [id]);
    await attemptFailed(db.sql, [id]);
    await age(id.key, "windowStart", LOCK_MINUTES + 1);
    expect(await claimAttempt(db.sql, [id])).toBeNull();
    expect((await row(id.key))!.failures).toBe(1);
  });

  it("a success resets the login id and takes one attempt back from the address", async () => {
    const id = loginIdKey("dave", 5);
    const address = addressKey("192.0.2.1", 30);
    for (let i = 0; i < 3; i++) {
      await claimAttempt(db.sql, [address, id]);
      await attemptFailed(db.sql, [address, id]);
    }
    await claimAttempt(db.sql, [address, id]);
    await attemptSucceeded(db.sql, { here: id, all: loginIdKey("dave-anywhere", 5) }, address);
    expect(await row(id.key)).toBeNull();
    expect((await row(address.key))!.failures).toBe(3);
  });

  it("checks the address first: a locked address counts nothing against the id", async () => {
    const id = loginIdKey("erin", 5);
    const address = addressKey("192.0.2.2", 1);
    expect(await claimAttempt(db.sql, [address, id])).toBeNull();
    expect(await claimAttempt(db.sql, [address, id])).toBe(LOCK_MINUTES * 60);
    expect((await row(id.key))!.failures).toBe(1);
  });

  it("keys never hold the login id as sent, and fit whatever an attacker sends", async () => {
    const long = "x".repeat(10_000);
    expect(loginIdKey(long, 5).key).toMatch(/^id:[0-9a-f]{64}$/);
    expect(await claimAttempt(db.sql, [loginIdKey(long, 5), addressKey(long, 30)])).toBeNull();
  });

  it("forgets rows that no longer count", async () => {
    const stale = loginIdKey("frank", 5);
    const locked = loginIdKey("grace", 1);
    await claimAttempt(db.sql, [stale]);
    await age(stale.key, "windowStart", LOCK_MINUTES + 1);
    await claimAttempt(db.sql, [locked]);
    await claimAttempt(db.sql, [locked]);
    await age(locked.key, "windowStart", LOCK_MINUTES + 1);
    await forgetOldAttempts(db.sql);
    expect(await row(stale.key)).toBeNull();
    expect(await row(locked.key)).toEqual({ failures: 2, locked: true });
  });
});
