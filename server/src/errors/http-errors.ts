import type { ServerResponse } from "node:http";
import type { ErrorCode } from "./codes";

/**
 * How a route answers an error:
 * - "json", the one shape outside GraphQL (the admin's upload reads it, uploadImport.ts):
 *   `{ "error": { "code", "messageJa", "messageEn", ...extensions } }`;
 * - "graphql", at /graphql only, where a GraphQL client reads `errors` whatever went wrong:
 *   `{ "errors": [{ "message": "ja / en", "extensions": { "code", "messageJa", "messageEn", ... } }] }`;
 * - "html" and "text", for the publication's pages and files, read by people.
 */
export type ErrorFormat = "json" | "graphql" | "html" | "text";

interface JsonErrorBody {
  error: { code: ErrorCode; messageJa: string; messageEn: string } & Record<string, unknown>;
}

/** The JSON format of a path, for answers not made by its route (a failure, the drain). */
export const errorFormatOf = (path: string): ErrorFormat =>
  path === "/graphql" ? "graphql" : "json";

const CONTENT_TYPES: Record<ErrorFormat, string> = {
  json: "application/json; charset=utf-8",
  graphql: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

function bodyOf(
  status: number,
  code: ErrorCode,
  ja: string,
  en: string,
  format: ErrorFormat,
  extensions: Record<string, unknown>,
): string {
  const both = `${ja} / ${en}`;
  switch (format) {
    case "json":
      return JSON.stringify({
        error: { code, messageJa: ja, messageEn: en, ...extensions },
      } satisfies JsonErrorBody);
    case "graphql":
      return JSON.stringify({
        errors: [
          { message: both, extensions: { code, messageJa: ja, messageEn: en, ...extensions } },
        ],
      });
    case "html":
      return `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${both.replace(/</g, "&lt;")}</p>`;
    case "text":
      return `${both}\n`;
  }
}

/** The one way a route, the router and the server answer an error outside GraphQL execution. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  ja: string,
  en: string,
  format: ErrorFormat = "json",
  extensions: Record<string, unknown> = {},
): void {
  if (res.headersSent) return void res.end();
  res
    .writeHead(status, { "content-type": CONTENT_TYPES[format] })
    .end(bodyOf(status, code, ja, en, format, extensions));
}
