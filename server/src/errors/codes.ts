/**
 * Every code the API answers with: `extensions.code` of a GraphQL error, `error.code` of a
 * JSON error answer outside GraphQL (http-errors.ts). A client may rely on each of them;
 * docs/api.md says what they mean.
 */
export const ERROR_CODES = [
  // Written by Sosei, in GraphQL and over HTTP.
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "TOO_MANY_ATTEMPTS",
  "INTERNAL_SERVER_ERROR",
  "SERVICE_UNAVAILABLE",
  // Before or beside GraphQL execution (HTTP routes, the server's drain).
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "METHOD_NOT_ALLOWED",
  "CROSS_SITE_REQUEST",
  "SHUTTING_DOWN",
  "PDF_UNAVAILABLE",
  // Apollo Server's own, for a document it cannot parse or validate.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
