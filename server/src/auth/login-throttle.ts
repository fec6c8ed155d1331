import { createHash } from "node:crypto";
import type { SqlSession } from "../db/sql-driver";

/**
 * Failed sign-ins, counted in the database so that every server of an installation shares
 * them and a restart forgets nothing: per login id from one address (a stranger's failures
 * lock only the stranger), per login id over all addresses (whether it exists or not, so a
 * lock reveals nothing; it does not apply at an address the id signed in from before, so a
 * stranger cannot keep the owner out) and per client address (one password tried against
 * many ids). An attempt is claimed before its password is checked, in one atomic statement,
 * so N parallel attempts can never have more than the limit checked.
 */
export const LOCK_MINUTES = 15;
/** How long an address the id signed in from stays known. */
export const KNOWN_ADDRESS_DAYS = 30;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export interface ThrottleKey {
  key: string;
  limit: number;
}

/** A login id as a key: hashed, so any text an attacker sends fits and is not stored. */
export const loginIdKey = (loginId: string, limit: number): ThrottleKey => ({
  key: `id:${sha256(loginId)}`,
  limit,
});

/** A login id tried from one address. */
export const loginIdAtAddressKey = (loginId: string, address: string, limit: number) => ({
  key: `id-at:${sha256(`${loginId}\n${address}`)}`,
  limit,
});

// A row "known:…" marks an address the id signed in from; "lockedUntil" holds until when.
const knownKey = (loginId: string, address: string) => `known:${sha256(`${loginId}\n${address}`)}`;

/** Whether `loginId` signed in from `address` within KNOWN_ADDRESS_DAYS. */
export async function isKnownAddress(db: SqlSession, loginId: string, address: string) {
  const rows = await db.query(
    `SELECT 1 FROM "LoginThrottle" WHERE "key" = $1 AND "lockedUntil" > now()`,
    [knownKey(loginId, address)],
  );
  return rows.length > 0;
}

/** Remembers a successful sign-in's address for KNOWN_ADDRESS_DAYS. */
export async function rememberAddress(db: SqlSession, loginId: string, address: string) {
  await db.query(
    `INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
       VALUES ($1, 0, now(), now() + make_interval(days => $2))
     ON CONFLICT ("key") DO UPDATE SET "lockedUntil" = EXCLUDED."lockedUntil"`,
    [knownKey(loginId, address), KNOWN_ADDRESS_DAYS],
  );
}

export const addressKey = (address: string, limit: number): ThrottleKey => ({
  key: `address:${address}`.slice(0, 200),
  limit,
});

// One statement: a running lock stays; a lock that ran out, or failures older than the lock
// time, start afresh; otherwise one more attempt.
const CLAIM = `
  INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart") VALUES ($1, 1, now())
  ON CONFLICT ("key") DO UPDATE SET
    "failures" = CASE
      WHEN t."lockedUntil" > now() THEN t."failures"
      WHEN t."lockedUntil" IS NOT NULL OR t."windowStart" < now() - make_interval(mins => $2) THEN 1
      ELSE t."failures" + 1 END,
    "windowStart" = CASE
      WHEN t."lockedUntil" > now() THEN t."windowStart"
      WHEN t."lockedUntil" IS NOT NULL OR t."windowStart" < now() - make_interval(mins => $2)
        THEN now()
      ELSE t."windowStart" END,
    "lockedUntil" = CASE WHEN t."lockedUntil" > now() THEN t."lockedUntil" END
  RETURNING "failures",
    CEIL(EXTRACT(EPOCH FROM ("lockedUntil" - now())))::int AS "waitSeconds"`;

const LOCK = `UPDATE "LoginThrottle" SET "lockedUntil" = now() + make_interval(mins => $2)
  WHERE "key" = $1 AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())`;

/**
 * Claims one attempt on each key, in order. Returns the seconds to wait when a key is locked
 * or the claim goes beyond its limit (which locks it); null when the password may be checked.
 */
export async function claimAttempt(
  db: SqlSession,
  keys: readonly ThrottleKey[],
): Promise<number | null> {
  for (const { key, limit } of keys) {
    const [row] = await db.query<{ failures: number; waitSeconds: number | null }>(CLAIM, [
      key,
      LOCK_MINUTES,
    ]);
    if (row!.waitSeconds !== null && row!.waitSeconds > 0) return row!.waitSeconds;
    if (row!.failures > limit) {
      await db.query(LOCK, [key, LOCK_MINUTES]);
      return LOCK_MINUTES * 60;
    }
  }
  return null;
}

/** The checked attempt failed: a key at its limit is locked for LOCK_MINUTES. */
export async function attemptFailed(db: SqlSession, keys: readonly ThrottleKey[]): Promise<void> {
  for (const { key, limit } of keys) {
    await db.query(
      `UPDATE "LoginThrottle" SET "lockedUntil" = now() + make_interval(mins => $2)
        WHERE "key" = $1 AND "failures" >= $3 AND "lockedUntil" IS NULL`,
      [key, LOCK_MINUTES, limit],
    );
  }
}

/**
 * The checked attempt succeeded: the login id at this address starts afresh, and so does
 * its count over all addresses unless a stranger elsewhere has locked it (that lock stays
 * for addresses the owner never used); the address only takes this attempt back (its other
 * failures still count against password spraying).
 */
export async function attemptSucceeded(
  db: SqlSession,
  ids: { here: ThrottleKey; all: ThrottleKey },
  address: ThrottleKey,
): Promise<void> {
  await db.query(`DELETE FROM "LoginThrottle" WHERE "key" = $1`, [ids.here.key]);
  await db.query(
    `DELETE FROM "LoginThrottle" WHERE "key" = $1 AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())`,
    [ids.all.key],
  );
  await db.query(
    `UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0)
      WHERE "key" = $1 AND "lockedUntil" IS NULL`,
    [address.key],
  );
}

/** Rows no longer counting (quiet past the window, lock over); a server runs this now and then. */
export async function forgetOldAttempts(db: SqlSession): Promise<void> {
  await db.query(
    `DELETE FROM "LoginThrottle"
      WHERE "windowStart" < now() - make_interval(mins => $1)
        AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`,
    [LOCK_MINUTES],
  );
}
