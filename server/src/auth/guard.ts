import { apiError, notFound } from "../errors/api-errors";
import type { Context } from "../context";
import type { Prisma } from "../generated/prisma/client";
import { canReadReport } from "./report-visibility";
import {
  FOUR_EYES,
  REPORT_PERMISSIONS,
  canOnReport,
  inScope,
  isSystemAdmin,
  ownWork,
  roleAndStatusAllow,
  type Actor,
  type ReportFacts,
  type ReportOperation,
} from "./permissions";
import { ROLE_LABELS, ROLE_LABELS_EN, type Role } from "./roles";
import { STATUS_LABELS } from "../workflow/report-status";

/** Denials, checked in the server on every request whatever the UI shows. */
export function requireActor(ctx: Pick<Context, "actor">): Actor {
  if (!ctx.actor) throw apiError("UNAUTHENTICATED", "ログインしてください", "sign in first");
  return ctx.actor;
}

/** FORBIDDEN that says which role the operation needs. */
export function needsRole(roles: readonly Role[], extensions: Record<string, unknown> = {}) {
  return apiError(
    "FORBIDDEN",
    `この操作には次の役割が必要です: ${roles.map((r) => ROLE_LABELS[r]).join("・")}`,
    `this needs the role ${roles.map((r) => ROLE_LABELS_EN[r]).join(" or ")}`,
    { requiredRoles: roles, ...extensions },
  );
}

export function requireRole(ctx: Pick<Context, "actor">, roles: readonly Role[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.some((role) => actor.roles.includes(role))) throw needsRole(roles);
  return actor;
}

/** What every municipality shares (municipalities, fiscal years, grant types, category lists). */
export function requireSystemAdmin(ctx: Pick<Context, "actor">): Actor {
  const actor = requireRole(ctx, ["ADMIN"]);
  if (!isSystemAdmin(actor)) {
    throw apiError(
      "FORBIDDEN",
      "全団体で共有するデータは、システム管理者 (団体に属さない管理者) だけが変更できます",
      "only the system administrator (an administrator of no municipality) changes data every municipality shares",
      { requiredScope: "SYSTEM" },
    );
  }
  return actor;
}

export interface GuardedReport extends ReportFacts {
  id: number;
  fiscalYear: number;
  /** The four-eyes rule was relaxed for it (see FOUR_EYES): the use is to be recorded. */
  selfApproval: boolean;
}

/**
 * The report as the permission matrix sees it. Its municipality's four-eyes setting matters
 * only to approving and publishing (see FOUR_EYES), so only they pay a second statement for it.
 */
export async function reportFacts(
  db: Pick<Prisma.TransactionClient, "report">,
  reportId: number,
  withFourEyes = true,
): Promise<(ReportFacts & { id: number; fiscalYear: number }) | null> {
  const row = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      fiscalYear: true,
      municipalityId: true,
      submittedById: true,
      amountsEditedById: true,
      ...(withFourEyes ? { municipality: { select: { allowSelfApproval: true } } } : {}),
    },
  });
  if (!row) return null;
  const { municipality, ...facts } = row as typeof row & {
    municipality?: { allowSelfApproval: boolean };
  };
  return municipality ? { ...facts, selfApprovalAllowed: municipality.allowSelfApproval } : facts;
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
  const report = await reportFacts(db, reportId, FOUR_EYES.includes(operation));
  return checkReport(actor, reportId, report, operation);
}

/**
 * authorizeReport on facts the caller read itself (with the four-eyes setting where the
 * operation needs it), e.g. in a statement that also locks the report; null: no such report.
 */
export function checkReport<T extends ReportFacts & { id: number; fiscalYear: number }>(
  actor: Actor,
  reportId: number,
  report: T | null,
  operation: ReportOperation,
): T & GuardedReport {
  if (!report || !canReadReport(actor, report)) throw notFound("Report", reportId);
  if (canOnReport(actor, operation, report)) {
    return { ...report, selfApproval: FOUR_EYES.includes(operation) && ownWork(actor, report) };
  }
  const rule = REPORT_PERMISSIONS[operation];
  if (!inScope(actor, report.municipalityId)) {
    throw apiError(
      "FORBIDDEN",
      "他の団体の報告は変更できません",
      "this is another municipality's report",
      {
        operation,
        requiredScope: "MUNICIPALITY",
      },
    );
  }
  if (!rule.roles.some((role) => actor.roles.includes(role)))
    throw needsRole(rule.roles, { operation });
  if (roleAndStatusAllow(actor, operation, report)) {
    throw apiError(
      "FORBIDDEN",
      "この報告を提出した人、または金額を最後に編集した人は、承認・公表できません (別の管理職が行ってください)",
      "whoever submitted this report or last edited its amounts may not approve or publish it; another manager must",
      { operation, rule: "FOUR_EYES" },
    );
  }
  throw apiError(
    "CONFLICT",
    `「${STATUS_LABELS[report.status]}」の報告にはこの操作はできません`,
    `not possible while the report is ${report.status}`,
    { entity: "Report", id: reportId, status: report.status, operation },
  );
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
      { requiredScope: "MUNICIPALITY" },
    );
  }
}
