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

/** Master data and accounts: administrators only. */
export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];

export interface Actor {
  id: number;
  roles: readonly Role[];
  /** null: an administrator for every municipality. */
  municipalityId: number | null;
}

export function inScope(actor: Actor, municipalityId: number): boolean {
  return actor.municipalityId === null || actor.municipalityId === municipalityId;
}

export function canOnReport(
  actor: Actor | null,
  operation: ReportOperation,
  report: { status: ReportStatus; municipalityId: number },
): boolean {
  if (!actor || !inScope(actor, report.municipalityId)) return false;
  const rule = REPORT_PERMISSIONS[operation];
  return (
    rule.statuses.includes(report.status) && rule.roles.some((role) => actor.roles.includes(role))
  );
}

/** What the actor may do to the report now, for clients to offer only that (the server still checks). */
export function allowedOperations(
  actor: Actor | null,
  report: { status: ReportStatus; municipalityId: number },
): ReportOperation[] {
  return REPORT_OPERATIONS.filter((op) => op !== "create" && canOnReport(actor, op, report));
}

/** Anyone may read published reports; signed-in users also read their own municipality's others. */
export function canReadReport(
  actor: Actor | null,
  report: { status: ReportStatus; municipalityId: number },
): boolean {
  return report.status === "PUBLISHED" || (actor !== null && inScope(actor, report.municipalityId));
}
