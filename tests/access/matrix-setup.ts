import { hashPassword } from "../../server/src/auth/password";
import type { Role } from "../../server/src/auth/roles";
import type { PrismaClient } from "../../server/src/db/database";
import { copyProjectIntoReports } from "../../server/src/domain/report/report-project-copy";
import type { ReportStatus } from "../../server/src/workflow/report-status";

/**
 * The matrix's world: the seeded 旭川市 (A) and a second municipality 札幌市 (B, code
 * 011002, check digit valid), each with a project of its own with one KPI, and a user of
 * every role in both, plus an administrator of all municipalities.
 */
export type Town = "A" | "B";
export const TOWNS: readonly Town[] = ["A", "B"];
export const ROLES: readonly Role[] = ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"];
export const MATRIX_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "RETURNED",
  "APPROVED",
  "PUBLISHED",
  "SUPERSEDED",
] as const;
export type MatrixStatus = (typeof MATRIX_STATUSES)[number];
export const MATRIX_PASSWORD = "matrix-password-1";
/** The matrix's reports live in this open year; CLOSED_YEAR is closed for entry. */
export const OPEN_YEAR = 2030;
export const CLOSED_YEAR = 2031;

/** Who acts: anonymous (home null), a user of A or B with one role, or an admin of all. */
export interface MatrixActor {
  name: string;
  loginId: string | null;
  role: Role | null;
  home: Town | "ALL" | null;
}

export const loginIdOf = (home: Town | "ALL", role: Role) =>
  `matrix-${home.toLowerCase()}-${role.toLowerCase()}`;

export const MATRIX_ACTORS: readonly MatrixActor[] = [
  { name: "anonymous", loginId: null, role: null, home: null },
  ...TOWNS.flatMap((home) =>
    ROLES.map((role) => ({
      name: `${role} of ${home}`,
      loginId: loginIdOf(home, role),
      role,
      home,
    })),
  ),
  { name: "ADMIN of all", loginId: loginIdOf("ALL", "ADMIN"), role: "ADMIN", home: "ALL" },
];

export interface MatrixReport {
  id: number;
  projectId: number;
  kpiId: number;
  revision: number;
  status: MatrixStatus;
  town: Town;
}

export interface MatrixFixture {
  municipalityId: Record<Town, number>;
  projectId: Record<Town, number>;
  kpiId: Record<Town, number>;
  userId: Map<string, number>;
}

export async function prepareMatrix(prisma: PrismaClient): Promise<MatrixFixture> {
  await prisma.fiscalYear.createMany({
    data: [
      { year: OPEN_YEAR, isOpen: true },
      { year: CLOSED_YEAR, isOpen: false },
    ],
  });
  const a = await prisma.municipality.findUniqueOrThrow({ where: { code: "012041" } });
  const b = await prisma.municipality.create({
    data: { code: "011002", name: "札幌市", prefecture: "北海道" },
  });
  const grantType = await prisma.grantType.findFirstOrThrow({ orderBy: { position: "asc" } });
  const fixture: MatrixFixture = {
    municipalityId: { A: a.id, B: b.id },
    projectId: { A: 0, B: 0 },
    kpiId: { A: 0, B: 0 },
    userId: new Map(),
  };
  for (const town of TOWNS) {
    const project = await prisma.project.create({
      data: {
        municipalityId: fixture.municipalityId[town],
        grantTypeId: grantType.id,
        number: 900,
        name: `権限試験事業${town}`,
        kpis: { create: { position: 1, name: "参加者数", target: 100, unit: "人" } },
      },
      include: { kpis: true },
    });
    fixture.projectId[town] = project.id;
    fixture.kpiId[town] = project.kpis[0]!.id;
  }
  const passwordHash = await hashPassword(MATRIX_PASSWORD);
  for (const actor of MATRIX_ACTORS) {
    if (!actor.loginId) continue;
    const user = await prisma.user.create({
      data: {
        loginId: actor.loginId,
        name: actor.name,
        email: `${actor.loginId}@test.sosei.invalid`,
        roles: [actor.role!],
        municipalityId: actor.home === "ALL" ? null : fixture.municipalityId[actor.home!],
        passwordHash,
      },
    });
    fixture.userId.set(actor.loginId, user.id);
  }
  return fixture;
}

let nextRevision = 1;

/**
 * A fresh report of `town`'s project in `status`. Revisions only grow, two apart, so a
 * revise of any cell's report finds no newer revision and has room for its own.
 */
export async function createCellReport(
  prisma: PrismaClient,
  fixture: MatrixFixture,
  town: Town,
  status: ReportStatus,
  fiscalYear = OPEN_YEAR,
): Promise<MatrixReport> {
  const revision = nextRevision;
  nextRevision += 2;
  const row = await prisma.report.create({
    data: {
      projectId: fixture.projectId[town],
      municipalityId: fixture.municipalityId[town],
      projectName: `権限試験事業${town}`,
      fiscalYear,
      revision,
      status,
      publishedAt: status === "PUBLISHED" || status === "SUPERSEDED" ? new Date() : null,
    },
  });
  await copyProjectIntoReports(prisma, { reportIds: [row.id] });
  return {
    id: row.id,
    projectId: row.projectId,
    kpiId: fixture.kpiId[town],
    revision,
    status: status as MatrixStatus,
    town,
  };
}

/** What a denial must leave untouched: the report's version and status, and the history. */
export async function snapshot(prisma: PrismaClient, reportId: number) {
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    select: { version: true, status: true },
  });
  const last = await prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return { report, auditLogs: await prisma.auditLog.count(), lastAuditId: last?.id ?? 0n };
}
