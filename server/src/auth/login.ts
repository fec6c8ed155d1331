import { apiError } from "../common/errors";
import type { PrismaClient } from "../db/database";
import type { SqlSession } from "../db/sql-driver";
import {
  addressKey,
  attemptFailed,
  attemptSucceeded,
  claimAttempt,
  forgetOldAttempts,
  loginIdKey,
} from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

/** After this many failures within LOCK_MINUTES, a login id waits LOCK_MINUTES. */
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
  const id = loginIdKey(loginId, MAX_FAILED_LOGINS);
  const address = addressKey(clientAddress, settings.addressLimit);
  if (Date.now() - lastCleanup > 60_000) {
    lastCleanup = Date.now();
    await forgetOldAttempts(db);
  }
  const wait = await claimAttempt(db, [address, id]);
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
    await attemptFailed(db, [address, id]);
    throw invalid();
  }
  await attemptSucceeded(db, id, address);
  return user.id;
}
