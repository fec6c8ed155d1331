import { REPORT_STATUSES, type ReportStatus } from "../workflow/report-status";
import type { Role } from "./roles";

/**
 * The permission matrix as data: which roles may do what to a yearly report in which
 * status. Scope comes on top: a user acts only on reports of their own municipality
 * (an administrator without a municipality acts on all). The admin UI reads the same
 * table to show or hide buttons; the server enforces it on every request.
 */
export const REPORT_OPERATIONS = [
  "create",
  "editFinance",
  "submit",
  "editEvaluation",
  "comment",
  "return",
  "approve",
  "publish",
  "revise",
  "delete",
] as const;
export type ReportOperation = (typeof REPORT_OPERATIONS)[number];

const UNPUBLISHED = REPORT_STATUSES.filter((s) => s !== "PUBLISHED" && s !== "SUPERSEDED");

export const REPORT_PERMISSIONS: Record<
  ReportOperation,
  { roles: readonly Role[]; statuses: readonly ReportStatus[] }
> = {
  /** A new yearly report (status is the one it would start in). */
  create: { roles: ["FINANCE", "ADMIN"], statuses: ["DRAFT"] },
  /** Programs, amounts, results, KPI latest values, effect, header fields. */
  editFinance: { roles: ["FINANCE"], statuses: ["DRAFT", "RETURNED"] },
  submit: { roles: ["FINANCE"], statuses: ["DRAFT", "RETURNED"] },
  /** Expert evaluation: category and opinion. */
  editEvaluation: { roles: ["EVALUATOR"], statuses: ["DRAFT", "RETURNED", "IN_REVIEW"] },
  comment: { roles: ["MANAGER"], statuses: UNPUBLISHED },
  return: { roles: ["MANAGER"], statuses: ["IN_REVIEW", "APPROVED"] },
  approve: { roles: ["MANAGER"], statuses: ["IN_REVIEW"] },
  publish: { roles: ["MANAGER"], statuses: ["APPROVED"] },
  /** Open a correction of a published report as a new revision. */
  revise: { roles: ["FINANCE", "MANAGER"], statuses: ["PUBLISHED"] },
  delete: { roles: ["ADMIN"], statuses: ["DRAFT"] },
};

/**
 * Four-eyes rule (起案者 ≠ 決裁者): who submitted a report, or last edited its amounts, may not
 * take these steps on it, unless their municipality allows self-approval (a very small town).
 */
export const FOUR_EYES: readonly ReportOperation[] = ["approve", "publish"];

/**
 * Master data and accounts: administrators. A municipality's administrator writes its own
 * users, projects and KPIs; what every municipality shares (municipalities, fiscal years,
 * grant types, category lists) only the system administrator, an administrator of no
 * municipality.
 */
export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];

/** Imports from files (POST /api/import), within the user's municipality. */
export const IMPORT_ROLES: readonly Role[] = ["FINANCE", "ADMIN"];

export interface Actor {
  id: number;
  roles: readonly Role[];
  /** null: every municipality (with ADMIN, the system administrator). */
  municipalityId: number | null;
}

export const isSystemAdmin = (actor: Actor | null): boolean =>
  actor !== null && actor.municipalityId === null && actor.roles.includes("ADMIN");

export function inScope(actor: Actor, municipalityId: number): boolean {
  return actor.municipalityId === null || actor.municipalityId === municipalityId;
}

/** What the matrix needs to know of a report. */
export interface ReportFacts {
  status: ReportStatus;
  municipalityId: number;
  submittedById?: number | null;
  amountsEditedById?: number | null;
  /** The municipality allows self-approval (Municipality.allowSelfApproval). */
  selfApprovalAllowed?: boolean;
}

/** The actor submitted the report or last edited its amounts. */
export const ownWork = (actor: Actor, report: ReportFacts): boolean =>
  report.submittedById === actor.id || report.amountsEditedById === actor.id;

/** The four-eyes rule keeps the actor from this operation on this report. */
export const fourEyesBlocks = (actor: Actor, operation: ReportOperation, report: ReportFacts) =>
  FOUR_EYES.includes(operation) && ownWork(actor, report) && !report.selfApprovalAllowed;

/** Role and status allow it, within the actor's municipality (the four-eyes rule aside). */
export function roleAndStatusAllow(
  actor: Actor,
  operation: ReportOperation,
  report: ReportFacts,
): boolean {
  const rule = REPORT_PERMISSIONS[operation];
  return (
    inScope(actor, report.municipalityId) &&
    rule.statuses.includes(report.status) &&
    rule.roles.some((role) => actor.roles.includes(role))
  );
}

export function canOnReport(
  actor: Actor | null,
  operation: ReportOperation,
  report: ReportFacts,
): boolean {
  if (!actor || !roleAndStatusAllow(actor, operation, report)) return false;
  return !fourEyesBlocks(actor, operation, report);
}

/** What the actor may do to the report now, for clients to offer only that (the server still checks). */
export function allowedOperations(actor: Actor | null, report: ReportFacts): ReportOperation[] {
  return REPORT_OPERATIONS.filter((op) => op !== "create" && canOnReport(actor, op, report));
}
