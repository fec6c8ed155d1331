import {
  ADMIN_ONLY,
  REPORT_PERMISSIONS,
  canOnReport,
  canReadReport,
  type Actor,
  type ReportOperation,
} from "@sosei/server/auth/permissions";
import type { ReportStatus } from "@sosei/server/workflow/report-status";

/**
 * What the UI offers, from the server's own permission data (server/src/auth/permissions.ts).
 * The server still decides: this only hides what would be refused. Pure, so it is tested
 * without a browser; authProvider.canAccess calls it with the signed-in user.
 */
export interface AccessRequest {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/** Read by every signed-in user; written by administrators only. */
const MASTER_DATA = [
  "projects",
  "kpis",
  "municipalities",
  "fiscal-years",
  "grant-types",
  "categories",
];
const READ_ACTIONS = ["list", "show"];

/** React-admin's actions on a report → the operations of the matrix that grant them. */
const REPORT_ACTIONS: Record<string, readonly ReportOperation[]> = {
  create: ["create"],
  edit: ["editFinance", "editEvaluation"],
  delete: ["delete"],
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
  return report !== undefined && operations.some((op) => canOnReport(actor, op, report));
}

export function canAccess(
  actor: Actor | null,
  { action, resource, record }: AccessRequest,
): boolean {
  if (!actor) return false;
  const isAdmin = ADMIN_ONLY.some((role) => actor.roles.includes(role));
  if (resource === "reports") return canOnReports(actor, action, record);
  if (MASTER_DATA.includes(resource)) return READ_ACTIONS.includes(action) || isAdmin;
  if (resource === "users") return isAdmin;
  return false;
}
