import type { PrismaClient } from "../db/database";
import { hashPassword, randomPassword } from "./password";
import type { Role } from "./roles";

/**
 * Accounts on start: the demo users (one per role, of the seeded 旭川市, documented in
 * the README) in demo mode only, and on a database without any administrator one administrator, from
 * SOSEI_ADMIN_LOGIN / SOSEI_ADMIN_PASSWORD / SOSEI_ADMIN_EMAIL or with a random password
 * printed once. No fixed password exists outside demo mode.
 */
export const DEMO_USERS: { loginId: string; name: string; role: Role; password: string }[] = [
  { loginId: "finance", name: "財政 花子", role: "FINANCE", password: "sosei-finance-demo" },
  { loginId: "evaluator", name: "評価 太郎", role: "EVALUATOR", password: "sosei-evaluator-demo" },
  { loginId: "manager", name: "管理 次郎", role: "MANAGER", password: "sosei-manager-demo" },
  { loginId: "admin", name: "管理者 三郎", role: "ADMIN", password: "sosei-admin-demo" },
];
export const DEMO_MUNICIPALITY_CODE = "012041";

export interface BootstrapOptions {
  demo: boolean;
  admin: { loginId?: string; password?: string; email?: string };
}

export async function ensureAccounts(
  prisma: PrismaClient,
  options: BootstrapOptions,
  log: (line: string) => void,
): Promise<void> {
  const city = options.demo
    ? await prisma.municipality.findUnique({ where: { code: DEMO_MUNICIPALITY_CODE } })
    : null;
  if (city) {
    for (const user of DEMO_USERS) {
      if (await prisma.user.findUnique({ where: { loginId: user.loginId } })) continue;
      await prisma.user.create({
        data: {
          loginId: user.loginId,
          name: user.name,
          email: `${user.loginId}@demo.sosei.invalid`,
          roles: [user.role],
          municipalityId: city.id,
          passwordHash: await hashPassword(user.password),
        },
      });
    }
    log(`demo mode: users ${DEMO_USERS.map((u) => u.loginId).join(", ")} (passwords in README)`);
  }
  // Filtered here: PGlite's adapter cannot bind an enum for `roles: { has }`.
  const active = await prisma.user.findMany({ where: { isActive: true }, select: { roles: true } });
  if (active.some((user) => user.roles.includes("ADMIN"))) return;
  const loginId = options.admin.loginId ?? "administrator";
  const password = options.admin.password ?? randomPassword();
  await prisma.user.create({
    data: {
      loginId,
      name: "システム管理者",
      email: options.admin.email ?? `${loginId}@localhost.invalid`,
      roles: ["ADMIN"],
      municipalityId: null,
      passwordHash: await hashPassword(password),
    },
  });
  log(
    options.admin.password
      ? `created administrator "${loginId}" from SOSEI_ADMIN_PASSWORD`
      : `created administrator "${loginId}" with one-time password: ${password} (shown only now; change it after signing in)`,
  );
}
