import type { AuthChecker } from "type-graphql";
import type { Context } from "../context";
import { requireActor, requireRole } from "./guard";
import type { Role } from "./roles";

/**
 * Backs @Authorized(): signed in, and with one of the roles when any are named. Throws
 * the API's own coded errors (UNAUTHENTICATED, FORBIDDEN) instead of type-graphql's.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (roles.length === 0) requireActor(context);
  else requireRole(context, roles as Role[]);
  return true;
};

/** Root fields open to anonymous visitors; each filters what it returns itself. */
export const PUBLIC_ROOT_FIELDS = new Set([
  "allReports",
  "_allReportsMeta",
  "Report",
  "fiscalYearSummary",
  "allBudgetPrograms",
  "_allBudgetProgramsMeta",
  "BudgetProgram",
  "me",
  "login",
  "logout",
]);
