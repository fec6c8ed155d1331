import { HttpError } from "ra-core";
import { currentLocale } from "./i18nProvider";

/** One entry of a GraphQL answer's `errors`, as the server sends it. */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What the admin keeps of a refused request (HttpError.body): enough to show it next to its field. */
export interface ApiErrorBody {
  code: string;
  message: string;
  messageEn: string;
  /** The argument path the error concerns, e.g. ["programs", 1, "budget"]. */
  field?: (string | number)[];
  /** On CONFLICT: the current values on the server. */
  current?: unknown;
  errors: readonly GraphQLErrorLike[];
}

function bodyOf(errors: readonly GraphQLErrorLike[]): ApiErrorBody {
  const first = errors[0];
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  const messageEn = typeof extensions.messageEn === "string" ? extensions.messageEn : first.message;
  return {
    code,
    message: first.message,
    messageEn,
    field: Array.isArray(extensions.field) ? (extensions.field as (string | number)[]) : undefined,
    current: extensions.current,
    errors,
  };
}

/** An HttpError whose message is the server's, in the language the user reads now. */
export function apiErrorOf(errors: readonly GraphQLErrorLike[], status = 200): HttpError {
  const body = bodyOf(errors);
  return new HttpError(currentLocale() === "en" ? body.messageEn : body.message, status, body);
}

/** The API error inside an error thrown by the data or auth provider, if it is one. */
export function apiErrorBody(error: unknown): ApiErrorBody | undefined {
  const body = (error as { body?: Partial<ApiErrorBody> } | null)?.body;
  return typeof body?.code === "string" ? (body as ApiErrorBody) : undefined;
}

/** A failure without a GraphQL answer: an i18n key that react-admin's notification translates. */
export function transportError(status: number | undefined): HttpError {
  return new HttpError(
    status && status >= 500 ? "errors.INTERNAL_SERVER_ERROR" : "errors.NETWORK",
    status ?? 0,
  );
}
