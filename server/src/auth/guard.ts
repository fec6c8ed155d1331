import { apiError, notFound } from "../common/errors";
import type { Context } from "../context";
import type { Prisma } from "../generated/prisma/client";
import {
  REPORT_PERMISSIONS,
  canOnReport,
  canReadReport,
  inScope,
  type Actor,
  type ReportOperation,
} from "./permissions";
import type { Role } from "./roles";
import { STATUS_LABELS, type ReportStatus } from "../workflow/report-status";

/** Denials, checked in the server on every request whatever the UI shows. */
export function requireActor(ctx: Pick<Context, "actor">): Actor {
  if (!ctx.actor) throw apiError("UNAUTHENTICATED", "ログインしてください", "sign in first");
  return ctx.actor;
}

export function requireRole(ctx: Pick<Context, "actor">, roles: readonly Role[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.some((role) => actor.roles.includes(role))) {
    throw apiError(
      "FORBIDDEN",
      "この操作を行う権限がありません",
      "you are not allowed to do this",
      { roles },
    );
  }
  return actor;
}

/** Reports a user may see, as Prisma's where: published ones, and all of their own municipality's. */
export function visibleReports(actor: Actor | null): Prisma.ReportWhereInput {
  if (actor?.municipalityId === null) return {};
  if (!actor) return { status: "PUBLISHED" };
  return { OR: [{ status: "PUBLISHED" }, { municipalityId: actor.municipalityId }] };
}

export interface GuardedReport {
  id: number;
  status: ReportStatus;
  fiscalYear: number;
  municipalityId: number;
}

/**
 * Loads a report for `operation` and refuses: NOT_FOUND when the user may not even see it
 * (a denial never reveals that it exists), FORBIDDEN when the user's roles never allow
 * the operation, CONFLICT when they would in another status (e.g. a published report).
 */
export async function authorizeReport(
  ctx: Pick<Context, "actor">,
  db: Pick<Prisma.TransactionClient, "report">,
  reportId: number,
  operation: ReportOperation,
): Promise<GuardedReport> {
  const actor = requireActor(ctx);
  const row = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, status: true, fiscalYear: true, municipalityId: true },
  });
  const report = row && { ...row, status: row.status as ReportStatus };
  if (!report || !canReadReport(actor, report)) throw notFound("Report", reportId);
  if (canOnReport(actor, operation, report)) return report;
  const rule = REPORT_PERMISSIONS[operation];
  if (
    inScope(actor, report.municipalityId) &&
    rule.roles.some((role) => actor.roles.includes(role))
  ) {
    throw apiError(
      "CONFLICT",
      `「${STATUS_LABELS[report.status]}」の報告にはこの操作はできません`,
      `not possible while the report is ${report.status}`,
      { entity: "Report", id: reportId, status: report.status, operation },
    );
  }
  throw apiError("FORBIDDEN", "この操作を行う権限がありません", "you are not allowed to do this", {
    operation,
  });
}

/**
 * Master data of a municipality (its projects and KPIs) is changed only by administrators
 * of that municipality or of all. Unknown ids pass here and fail validation later.
 */
export async function assertMunicipalityScope(
  ctx: Pick<Context, "actor" | "prisma">,
  where: { municipalityId?: string | number | null; projectId?: number; kpiId?: number },
): Promise<void> {
  const actor = requireActor(ctx);
  if (actor.municipalityId === null) return;
  const given = Number(where.municipalityId ?? NaN);
  let municipalityId = Number.isSafeInteger(given) ? given : null;
  if (where.kpiId !== undefined) {
    const kpi = await ctx.prisma.kpi.findUnique({
      where: { id: where.kpiId },
      select: { projectId: true },
    });
    where = { projectId: kpi?.projectId };
  }
  if (where.projectId !== undefined && Number.isSafeInteger(where.projectId)) {
    const project = await ctx.prisma.project.findUnique({
      where: { id: where.projectId },
      select: { municipalityId: true },
    });
    municipalityId = project?.municipalityId ?? null;
  }
  if (municipalityId !== null && !inScope(actor, municipalityId)) {
    throw apiError(
      "FORBIDDEN",
      "他の団体のデータは変更できません",
      "you cannot change another municipality's data",
    );
  }
}
