import type { PrismaClient } from "../db/database";
import { apiError } from "../common/errors";
import { FailureCounter } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

/** After this many failures in a row, an account waits LOCK_MINUTES before the next try. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const LOCK_MS = LOCK_MINUTES * 60_000;

/** Per server: failures of login ids that do not exist, and of client addresses. */
export interface LoginThrottle {
  unknownIds: FailureCounter;
  addresses: FailureCounter;
}

/** `addressLimit` failures from one address within LOCK_MINUTES lock that address. */
export function createLoginThrottle(addressLimit: number): LoginThrottle {
  return {
    unknownIds: new FailureCounter({ limit: MAX_FAILED_LOGINS, lockMs: LOCK_MS }),
    addresses: new FailureCounter({ limit: addressLimit, lockMs: LOCK_MS, forgetMs: LOCK_MS }),
  };
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

/**
 * Checks a login; returns the user id. Unknown ids and wrong passwords look the same, and
 * unknown ids lock after the same number of failures as real ones.
 */
export async function checkLogin(
  prisma: PrismaClient,
  throttle: LoginThrottle,
  clientAddress: string,
  loginId: string,
  password: string,
): Promise<number> {
  const addressWait = throttle.addresses.retryAfterSeconds(clientAddress);
  if (addressWait !== null) throw tooManyAttempts(addressWait);
  const user = await prisma.user.findUnique({
    where: { loginId },
    select: { id: true, passwordHash: true, isActive: true, lockedUntil: true, failedLogins: true },
  });
  if (!user) {
    const wait = throttle.unknownIds.retryAfterSeconds(loginId);
    if (wait !== null) throw tooManyAttempts(wait);
    await verifyPassword(password, await dummyPasswordHash());
    throttle.unknownIds.fail(loginId);
    throttle.addresses.fail(clientAddress);
    throw invalid();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw tooManyAttempts(Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000));
  }
  const ok = (await verifyPassword(password, user.passwordHash)) && user.isActive;
  if (!ok) {
    const failed = user.failedLogins + 1;
    await prisma.user.update({
      where: { id: user.id },
      data: {
        failedLogins: failed,
        lockedUntil: failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MS) : null,
      },
    });
    throttle.addresses.fail(clientAddress);
    throw invalid();
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await prisma.user.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null },
    });
  }
  return user.id;
}
