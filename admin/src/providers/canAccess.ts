import {
  ADMIN_ONLY,
  IMPORT_ROLES,
  REPORT_PERMISSIONS,
  canOnReport,
  type Actor,
  type ReportOperation,
} from "@sosei/server/auth/permissions";
import { canReadReport } from "@sosei/server/auth/report-visibility";
import type { ReportStatus } from "@sosei/server/workflow/report-status";

/**
 * What the UI offers. On a report the server says it itself (`allowedOperations`, which also
 * carries rules such as four-eyes); before a report is read, the server's permission data
 * (server/src/auth/permissions.ts) tells what a role may ever do. The server still decides:
 * this only hides what would be refused. Pure, so it is tested without a browser.
 */
export interface AccessRequest {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/** A municipality's own master data: read by its users, written by its administrators. */
const MUNICIPAL_MASTER = ["projects", "kpis"];
/** Shared by every municipality: written by the system administrator only. */
const SYSTEM_MASTER = ["municipalities", "fiscal-years", "grant-types", "categories"];
const READ_ACTIONS = ["list", "show"];

/** React-admin's actions on a report → the operations of the matrix that grant them. */
const REPORT_ACTIONS: Record<string, readonly ReportOperation[]> = {
  create: ["create"],
  edit: ["editFinance", "editEvaluation"],
  delete: ["delete"],
  review: ["comment", "return", "approve", "publish"],
};

function operationsOf(action: string): readonly ReportOperation[] {
  if (REPORT_ACTIONS[action]) return REPORT_ACTIONS[action];
  return action in REPORT_PERMISSIONS ? [action as ReportOperation] : [];
}

/** The report's status and municipality, when the record carries both. */
function reportOf(record: Record<string, unknown>) {
  const { status, municipalityId } = record;
  if (typeof status !== "string" || municipalityId === undefined || municipalityId === null) {
    return undefined;
  }
  return { status: status as ReportStatus, municipalityId: Number(municipalityId) };
}

function canOnReports(actor: Actor, action: string, record?: Record<string, unknown>): boolean {
  const report = record && reportOf(record);
  if (READ_ACTIONS.includes(action)) return !report || canReadReport(actor, report);
  const operations = operationsOf(action);
  if (!record) {
    // No record yet (a menu entry, a create button): whether the role may ever do it.
    return operations.some((op) =>
      REPORT_PERMISSIONS[op].roles.some((r) => actor.roles.includes(r)),
    );
  }
  const allowed = record.allowedOperations;
  if (Array.isArray(allowed)) return operations.some((op) => allowed.includes(op));
  return report !== undefined && operations.some((op) => canOnReport(actor, op, report));
}

export const isAdministrator = (actor: Actor) =>
  ADMIN_ONLY.some((role) => actor.roles.includes(role));

/** An administrator of every municipality (no municipality of their own). */
export const isSystemAdministrator = (actor: Actor) =>
  isAdministrator(actor) && actor.municipalityId === null;

export function canAccess(
  actor: Actor | null,
  { action, resource, record }: AccessRequest,
): boolean {
  if (!actor) return false;
  if (resource === "reports") return canOnReports(actor, action, record);
  if (MUNICIPAL_MASTER.includes(resource)) {
    return READ_ACTIONS.includes(action) || isAdministrator(actor);
  }
  if (SYSTEM_MASTER.includes(resource)) {
    return READ_ACTIONS.includes(action) || isSystemAdministrator(actor);
  }
  if (resource === "users") return isAdministrator(actor);
  // A new municipality with its first users (onboarding/).
  if (resource === "onboarding") return isSystemAdministrator(actor);
  if (resource === "imports") return IMPORT_ROLES.some((role) => actor.roles.includes(role));
  return false;
}
