import { hashPassword } from "../../server/src/auth/password";
import type { SqlDriver } from "../../server/src/db/sql-driver";
import { openApi, type Api, type Client, type GraphQLResult } from "../helpers/api";
import { capturing, type Backend } from "../helpers/databases";

/**
 * The seeded database (reports 1–5 of 旭川市 as DRAFT) served over HTTP, signed in as the
 * demo users, plus a user with every role in another municipality (札幌市) and direct SQL
 * access to the same database for set-up and for checking that nothing was written.
 */
export type DemoRole = "finance" | "evaluator" | "manager" | "admin";
export const DEMO_ROLES: readonly DemoRole[] = ["finance", "evaluator", "manager", "admin"];
export const OTHER = { loginId: "sapporo", password: "sapporo-password-1", name: "札幌 四郎" };
export const DEMO_NAMES: Record<DemoRole, string> = {
  finance: "財政 花子",
  evaluator: "評価 太郎",
  manager: "管理 次郎",
  admin: "管理者 三郎",
};

export interface Fixture extends Record<DemoRole, Client> {
  api: Api;
  sql: SqlDriver;
  anonymous: Client;
  /** Every role, but in 札幌市. */
  other: Client;
  ids: Record<DemoRole, number>;
}

export async function openFixture(backend: Backend): Promise<Fixture> {
  let sql: SqlDriver | undefined;
  const api = await openApi(
    capturing(backend, (db) => (sql = db.sql)),
    "seeded",
    {
      async prepare(prisma) {
        const city = await prisma.municipality.create({
          data: { code: "011002", name: "札幌市", prefecture: "北海道" },
        });
        await prisma.user.create({
          data: {
            loginId: OTHER.loginId,
            name: OTHER.name,
            email: "sapporo@test.sosei.invalid",
            roles: ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"],
            municipalityId: city.id,
            passwordHash: await hashPassword(OTHER.password),
          },
        });
      },
    },
  );
  const users = await sql!.query<{ loginId: DemoRole; id: number }>(
    `SELECT "loginId", id FROM "User" WHERE "loginId" = ANY($1)`,
    [[...DEMO_ROLES]],
  );
  const [finance, evaluator, manager, admin, other] = await Promise.all([
    ...DEMO_ROLES.map((role) => api.login(role)),
    api.login(OTHER.loginId, OTHER.password),
  ]);
  return {
    api,
    sql: sql!,
    anonymous: api.anonymous,
    finance: finance!,
    evaluator: evaluator!,
    manager: manager!,
    admin: admin!,
    other: other!,
    ids: Object.fromEntries(users.map((u) => [u.loginId, u.id])) as Record<DemoRole, number>,
  };
}

export function data<D>(result: GraphQLResult<D>): D {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

export function codeOf(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

export interface Snapshot {
  status: string;
  version: number;
  revision: number;
  publishedAt: Date | null;
  reports: number;
  comments: number;
  audit: number;
}

/** What a denied or rejected write must leave exactly as it was. */
export async function snapshot(sql: SqlDriver, reportId: number): Promise<Snapshot> {
  const [row] = await sql.query<Snapshot>(
    `SELECT status::text AS status, version, revision, ("publishedAt" AT TIME ZONE 'UTC') AS "publishedAt",
       (SELECT count(*)::int FROM "Report") AS reports,
       (SELECT count(*)::int FROM "ReviewComment") AS comments,
       (SELECT count(*)::int FROM "AuditLog") AS audit
     FROM "Report" WHERE id = $1`,
    [reportId],
  );
  return row!;
}

/** Runs `write` and expects it to fail with `code` and to leave everything unchanged. */
export async function expectRejected(
  sql: SqlDriver,
  reportId: number,
  code: string,
  write: () => Promise<GraphQLResult>,
): Promise<GraphQLResult> {
  const before = await snapshot(sql, reportId);
  const result = await write();
  expect({ code: codeOf(result), data: result.data?.[Object.keys(result.data ?? {})[0]!] }).toEqual(
    { code, data: undefined },
  );
  expect(await snapshot(sql, reportId)).toEqual(before);
  return result;
}

/** Sudo set-up: puts a report into a status directly in the database. */
export async function setStatus(sql: SqlDriver, reportId: number, status: string): Promise<void> {
  await sql.query(`UPDATE "Report" SET status = $1::"ReportStatus" WHERE id = $2`, [
    status,
    reportId,
  ]);
}
