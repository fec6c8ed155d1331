import type { PrismaClient } from "../db/database";
import { hashPassword, randomPassword } from "./password";
import type { Role } from "./roles";

/**
 * Accounts on start: in demo mode only, the demo users (one per role of the seeded 旭川市,
 * and a system administrator, documented in the README); then the system administrator named
 * by SOSEI_ADMIN_LOGIN / SOSEI_ADMIN_PASSWORD / SOSEI_ADMIN_EMAIL when it does not exist yet,
 * or, on a database without any system administrator, one with a random password printed
 * once. No fixed password exists outside demo mode.
 */
export const DEMO_USERS: {
  loginId: string;
  name: string;
  role: Role;
  password: string;
  /** A system administrator: of no municipality. */
  system?: boolean;
}[] = [
  { loginId: "finance", name: "財政 花子", role: "FINANCE", password: "sosei-finance-demo" },
  { loginId: "evaluator", name: "評価 太郎", role: "EVALUATOR", password: "sosei-evaluator-demo" },
  { loginId: "manager", name: "管理 次郎", role: "MANAGER", password: "sosei-manager-demo" },
  { loginId: "admin", name: "管理者 三郎", role: "ADMIN", password: "sosei-admin-demo" },
  {
    loginId: "system",
    name: "システム管理者 四郎",
    role: "ADMIN",
    password: "sosei-system-demo",
    system: true,
  },
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
          municipalityId: user.system ? null : city.id,
          passwordHash: await hashPassword(user.password),
        },
      });
    }
    log(`demo mode: users ${DEMO_USERS.map((u) => u.loginId).join(", ")} (passwords in README)`);
  }
  const named = options.admin.loginId;
  if (named && (await prisma.user.findUnique({ where: { loginId: named } }))) return;
  if (!named) {
    const systemAdmins = await prisma.user.findMany({
      where: { isActive: true, municipalityId: null },
      select: { roles: true },
    });
    if (systemAdmins.some((user) => user.roles.includes("ADMIN"))) return;
  }
  const loginId = named ?? "administrator";
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
