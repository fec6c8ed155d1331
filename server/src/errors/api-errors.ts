import { GraphQLError } from "graphql";
import { isRuleError, type RuleError } from "../rules";
import type { ErrorCode } from "./codes";

/**
 * Every error a resolver gives: a stable `extensions.code` (codes.ts), the offending field
 * path, the message in Japanese (`message`) and English (`extensions.messageEn`).
 */
export function apiError(
  code: ErrorCode,
  messageJa: string,
  messageEn: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(messageJa, { extensions: { code, messageEn, ...extensions } });
}

/** `field` is the argument path, e.g. ["programs", 2, "budget"]. */
export function badInput(
  field: (string | number)[],
  messageJa: string,
  messageEn: string,
): GraphQLError {
  return apiError("BAD_USER_INPUT", messageJa, messageEn, { field });
}

export function notFound(entity: string, id: number | string): GraphQLError {
  return apiError(
    "NOT_FOUND",
    `${entity} (id ${id}) が見つかりません`,
    `${entity} ${id} not found`,
    {
      entity,
      id,
    },
  );
}

/**
 * A stale version: nothing was written. The API adds `current`, the item as it is now in the
 * shape the mutation asked for (see schema.ts), from `entity` and `id`.
 */
export function versionConflict(entity: string, id: number): GraphQLError {
  return apiError(
    "CONFLICT",
    `${entity} (id ${id}) は他の利用者によって更新されています。最新の内容を確認してからやり直してください`,
    `${entity} ${id} was changed by someone else; reload it and try again`,
    { entity, id, reason: "STALE_VERSION" },
  );
}

export function fromRuleError(error: RuleError, field: (string | number)[]): GraphQLError {
  return apiError("BAD_USER_INPUT", error.messageJa, error.messageEn, { field, rule: error.code });
}

/** Runs a rule check and turns its RuleError into a BAD_USER_INPUT at `field`. */
export function checked<T>(field: (string | number)[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isRuleError(error)) throw fromRuleError(error, field);
    throw error;
  }
}
