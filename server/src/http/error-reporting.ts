import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { databaseFailure } from "../db/unavailable";
import type { ErrorCode } from "../errors/codes";
import type { Logger } from "../log/logger";
import { REQUEST_ID_HEADER } from "./request-id";

/** Codes a resolver gives on purpose; everything else is a failure to mask and log. */
const MEANT_FOR_CLIENT = (code: unknown) =>
  typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";

const MESSAGES = {
  INTERNAL: {
    code: "INTERNAL_SERVER_ERROR",
    ja: "サーバー内部でエラーが発生しました",
    en: "internal server error",
  },
  UNAVAILABLE: {
    code: "SERVICE_UNAVAILABLE",
    ja: "データベースに一時的に接続できません。しばらくしてから再度お試しください",
    en: "the database is temporarily unavailable; try again shortly",
  },
  DISK_FULL: {
    code: "SERVICE_UNAVAILABLE",
    ja: "サーバーのディスクに空きがないため保存できません。管理者に連絡してください",
    en: "the server's disk is full, so nothing can be saved; contact the administrator",
  },
} as const satisfies Record<string, { code: ErrorCode; ja: string; en: string }>;

/**
 * The client sees a coded message and the request id, never a path, a stack or SQL,
 * whatever NODE_ENV is: that detail goes to the log, under the same request id.
 */
export function maskFailure(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  void stacktrace;
  if (MEANT_FOR_CLIENT(extensions.code)) return { ...formatted, extensions };
  const failure = databaseFailure(error);
  const { code, ja, en } = failure ? MESSAGES[failure] : MESSAGES.INTERNAL;
  return {
    message: `${ja} / ${en}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code, messageEn: en, ...(failure === "DISK_FULL" ? { reason: failure } : {}) },
  };
}

/** Logs every masked error with its request id and adds that id to what the client gets. */
export function errorReportingPlugin<C extends BaseContext>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart(start) {
      const requestId = start.request.http?.headers.get(REQUEST_ID_HEADER);
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error.originalError ?? error;
            if (MEANT_FOR_CLIENT(error.extensions?.code)) continue;
            log.error(
              {
                event: "request_error",
                requestId,
                operationName,
                path: error.path,
                failure: databaseFailure(original),
                err: original,
              },
              original.message,
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !requestId) return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (code === "INTERNAL_SERVER_ERROR" || code === "SERVICE_UNAVAILABLE") {
              (error.extensions as Record<string, unknown>).requestId = requestId;
            }
          }
        },
      };
    },
  };
}
