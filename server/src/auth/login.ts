import type { PrismaClient } from "../db/database";
import { apiError } from "../common/errors";
import { dummyPasswordHash, verifyPassword } from "./password";

/** After this many failures in a row, an account waits LOCK_MINUTES before the next try. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const invalid = () =>
  apiError(
    "UNAUTHENTICATED",
    "ログインIDまたはパスワードが正しくありません",
    "wrong login id or password",
  );

/** Checks a login; returns the user id. Unknown ids and wrong passwords look the same. */
export async function checkLogin(
  prisma: PrismaClient,
  loginId: string,
  password: string,
): Promise<number> {
  const user = await prisma.user.findUnique({
    where: { loginId },
    select: { id: true, passwordHash: true, isActive: true, lockedUntil: true, failedLogins: true },
  });
  if (!user) {
    await verifyPassword(password, await dummyPasswordHash());
    throw invalid();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000);
    throw apiError(
      "TOO_MANY_ATTEMPTS",
      `ログインの失敗が続いたため、${Math.ceil(seconds / 60)}分後まで受け付けません`,
      `too many failed logins; try again in ${seconds} s`,
      { retryAfterSeconds: seconds },
    );
  }
  const ok = (await verifyPassword(password, user.passwordHash)) && user.isActive;
  if (!ok) {
    const failed = user.failedLogins + 1;
    await prisma.user.update({
      where: { id: user.id },
      data: {
        failedLogins: failed,
        lockedUntil:
          failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null,
      },
    });
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
