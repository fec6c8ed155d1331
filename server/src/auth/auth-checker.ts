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
