import { hashPassword } from "../../server/src/auth/password";
import type { Backend } from "../helpers/databases";
import { startServer, type Answer, type TestServer } from "./session-server";

/**
 * The accounts fixture: 旭川市 has the four demo users (its admin administers that
 * municipality only); 札幌市 has one user; "root" administers every municipality.
 */
export const USER = "id loginId name email roles municipalityId isActive version";
export const CREATE = `mutation ($loginId: String!, $name: String!, $email: String!, $roles: [Role!]!,
  $municipalityId: ID, $password: String!, $isActive: Boolean) {
  createUser(loginId: $loginId, name: $name, email: $email, roles: $roles,
    municipalityId: $municipalityId, password: $password, isActive: $isActive) { ${USER} } }`;
export const UPDATE = `mutation ($id: ID!, $version: Int!, $name: String, $email: String, $roles: [Role!],
  $municipalityId: ID, $password: String, $isActive: Boolean) {
  updateUser(id: $id, version: $version, name: $name, email: $email, roles: $roles,
    municipalityId: $municipalityId, password: $password, isActive: $isActive) { ${USER} } }`;
export const ROOT = { loginId: "root", password: "root-password-2026" };

export interface AccountsFixture {
  server: TestServer;
  /** Session cookies of "root" and of 旭川市's demo admin. */
  root: string;
  cityAdmin: string;
  asahikawa: number;
  sapporo: number;
}

/** Registers beforeAll/afterAll; the fixture's fields are set once beforeAll ran. */
export function useAccounts(backend: Backend) {
  const fx = {} as AccountsFixture;
  let sapporo = 0;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(backend, {
      prepare: async (prisma) => {
        sapporo = (
          await prisma.municipality.create({
            data: { code: "011002", name: "札幌市", prefecture: "北海道" },
          })
        ).id;
        const passwordHash = await hashPassword("sapporo-password-1");
        await prisma.user.create({
          data: {
            loginId: "sapporo.staff",
            name: "札幌 職員",
            email: "staff@sapporo.invalid",
            roles: ["FINANCE"],
            municipalityId: sapporo,
            passwordHash,
          },
        });
        await prisma.user.create({
          data: {
            loginId: ROOT.loginId,
            name: "全体 管理者",
            email: "root@test.invalid",
            roles: ["ADMIN"],
            municipalityId: null,
            passwordHash: await hashPassword(ROOT.password),
          },
        });
      },
    });
    const asahikawa = (
      await server.sudo.municipality.findUniqueOrThrow({ where: { code: "012041" } })
    ).id;
    const root = await server.login(ROOT.loginId, ROOT.password);
    const cityAdmin = await server.login("admin");
    Object.assign(fx, { server, root, cityAdmin, asahikawa, sapporo });
  });
  afterAll(() => server.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    loginId: "new.user_1",
    name: "新規 利用者",
    email: "new.user@example.jp",
    roles: ["EVALUATOR"],
    municipalityId: fx.asahikawa,
    password: "twelve-chars",
    ...overrides,
  });
  const userByLogin = (loginId: string) =>
    fx.server.sudo.user.findUniqueOrThrow({ where: { loginId } });
  /** Row counts that a refused request must leave as they were. */
  const written = async () => ({
    users: await fx.server.sudo.user.count(),
    audit: await fx.server.sudo.auditLog.count(),
    versions: (await fx.server.sudo.user.findMany({ orderBy: { id: "asc" } })).map(
      (u) => u.version,
    ),
  });
  const refusal = (answer: Answer) => {
    expect(answer.data ?? null).toBeNull();
    const e = answer.errors![0];
    return { code: e.extensions.code, field: e.extensions.field, message: e.message };
  };
  return { fx, input, userByLogin, written, refusal };
}
