/**
 * Responses of the publication: ETag and Last-Modified on everything public, so harvesters
 * poll with If-None-Match / If-Modified-Since and get 304 without a body. Errors go through
 * errors/http-errors.ts like every route's.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Freshness } from "../../publication/freshness";
import { LICENCE } from "../../publication/licence";

export const TYPES = {
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
} as const;

/** Pages of the publication and the preview may be framed by Sosei itself only. */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

const PUBLIC_HEADERS = {
  "cache-control": "public, max-age=300, must-revalidate",
  link: `<${LICENCE.url}>; rel="license"`,
  "x-content-type-options": "nosniff",
  // data: for the empty icon of the pages (no /favicon.ico request that would fail).
  "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; ${FRAME_ANCESTORS}`,
};

/** Whether the client's copy is current; RFC 9110: If-None-Match wins over If-Modified-Since. */
export function isNotModified(req: IncomingMessage, fresh: Freshness): boolean {
  const match = req.headers["if-none-match"];
  if (match !== undefined) {
    return match
      .split(",")
      .some((tag) => tag.trim().replace(/^W\//, "") === fresh.etag || tag.trim() === "*");
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(fresh.lastModified.getTime() / 1000) * 1000 <= since;
}

/** Sends a public resource: 304 when the client has it, otherwise the body `write` produces. */
export async function sendPublic(
  req: IncomingMessage,
  res: ServerResponse,
  fresh: Freshness,
  type: keyof typeof TYPES,
  write: (res: ServerResponse) => Promise<void> | void,
  headers: Record<string, string> = {},
): Promise<void> {
  const common = {
    ...PUBLIC_HEADERS,
    etag: fresh.etag,
    "last-modified": fresh.lastModified.toUTCString(),
    ...headers,
  };
  if (isNotModified(req, fresh)) {
    res.writeHead(304, common).end();
    return;
  }
  res.writeHead(200, { ...common, "content-type": TYPES[type] });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  await write(res);
  if (!res.writableEnded) res.end();
}
