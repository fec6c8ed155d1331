import { apiError } from "../errors/api-errors";
import type { PrismaClient } from "../db/database";
import type { SqlSession } from "../db/sql-driver";
import {
  addressKey,
  attemptFailed,
  attemptSucceeded,
  claimAttempt,
  forgetOldAttempts,
  isKnownAddress,
  loginIdAtAddressKey,
  loginIdKey,
  rememberAddress,
} from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

/**
 * After this many failures within LOCK_MINUTES, a login id waits LOCK_MINUTES: at the address
 * that failed, and at every address it never signed in from.
 */
export const MAX_FAILED_LOGINS = 5;

export interface LoginSettings {
  /** Failures from one client address, over any login ids, before it waits. */
  addressLimit: number;
}

const tooManyAttempts = (seconds: number) =>
  apiError(
    "TOO_MANY_ATTEMPTS",
    `ログインの失敗が続いたため、${Math.ceil(seconds / 60)}分後まで受け付けません`,
    `too many failed logins; try again in ${seconds} s`,
    { retryAfterSeconds: seconds },
  );

const invalid = () =>
  apiError(
    "UNAUTHENTICATED",
    "ログインIDまたはパスワードが正しくありません",
    "wrong login id or password",
  );

let lastCleanup = 0;

/**
 * Checks a login; returns the user id. The attempt is claimed for the login id and the
 * client address before the (slow) password check, so parallel attempts cannot outrun the
 * limits; unknown ids and wrong passwords look the same and lock the same.
 */
export async function checkLogin(
  prisma: PrismaClient,
  db: SqlSession,
  settings: LoginSettings,
  clientAddress: string,
  loginId: string,
  password: string,
): Promise<number> {
  const address = addressKey(clientAddress, settings.addressLimit);
  const idHere = loginIdAtAddressKey(loginId, clientAddress, MAX_FAILED_LOGINS);
  if (Date.now() - lastCleanup > 60_000) {
    lastCleanup = Date.now();
    await forgetOldAttempts(db);
  }
  // Where the owner signed in before, only failures there count: a stranger elsewhere who
  // locked the id does not keep the owner out.
  const all = loginIdKey(loginId, MAX_FAILED_LOGINS);
  const keys = (await isKnownAddress(db, loginId, clientAddress))
    ? [address, idHere]
    : [address, idHere, all];
  const wait = await claimAttempt(db, keys);
  if (wait !== null) throw tooManyAttempts(wait);
  const user = await prisma.user.findUnique({
    where: { loginId },
    select: { id: true, passwordHash: true, isActive: true },
  });
  // An unknown id costs the same hash as a known one, so timing reveals nothing either.
  const ok =
    (await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()))) &&
    user !== null &&
    user.isActive;
  if (!ok) {
    await attemptFailed(db, keys);
    throw invalid();
  }
  await attemptSucceeded(db, { here: idHere, all }, address);
  await rememberAddress(db, loginId, clientAddress);
  return user.id;
}
