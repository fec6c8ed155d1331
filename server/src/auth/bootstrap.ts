import type { PrismaClient } from "../db/database";
import { hashPassword, randomPassword } from "./password";
import type { Role } from "./roles";

/**
 * Accounts on start. On a database without an active system administrator, one is created
 * from SOSEI_ADMIN_LOGIN / SOSEI_ADMIN_PASSWORD / SOSEI_ADMIN_EMAIL, or (outside demo mode)
 * as `administrator` with a random password printed once. In demo mode only, the demo users:
 * one per role of the seeded 旭川市 and the system administrator `system`, documented in the
 * README. No fixed password exists outside demo mode.
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
  // Before the demo users: a named administrator is honoured in demo mode too, and demo mode
  // needs no random one (its `system` user is the system administrator).
  if ((options.admin.loginId || !city) && !(await hasSystemAdministrator(prisma))) {
    await createSystemAdministrator(prisma, options.admin, log);
  }
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
}

async function hasSystemAdministrator(prisma: PrismaClient): Promise<boolean> {
  const systemUsers = await prisma.user.findMany({
    where: { isActive: true, municipalityId: null },
    select: { roles: true },
  });
  return systemUsers.some((user) => user.roles.includes("ADMIN"));
}

async function createSystemAdministrator(
  prisma: PrismaClient,
  admin: BootstrapOptions["admin"],
  log: (line: string) => void,
): Promise<void> {
  const loginId = admin.loginId ?? "administrator";
  const password = admin.password ?? randomPassword();
  await prisma.user.create({
    data: {
      loginId,
      name: "システム管理者",
      email: admin.email ?? `${loginId}@localhost.invalid`,
      roles: ["ADMIN"],
      municipalityId: null,
      passwordHash: await hashPassword(password),
    },
  });
  log(
    admin.password
      ? `created administrator "${loginId}" from SOSEI_ADMIN_PASSWORD`
      : `created administrator "${loginId}" with one-time password: ${password} (shown only now; change it after signing in)`,
  );
}
