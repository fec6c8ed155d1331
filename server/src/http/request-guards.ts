import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "../errors/http-errors";
import { FRAME_ANCESTORS } from "./routes/respond";

/**
 * What every answer of a kind carries, and which requests are refused before any route runs:
 * GraphQL answers are personal and never cached nor sniffed; the publication's pages and the
 * preview (their 401 and 404 too) may be framed only by Sosei itself; /api/* writes and
 * downloads come from Sosei's own pages or from a client that says so in a header of its own.
 */
/** The header a non-browser client (or the admin's upload) sends to /api/* to say it is no form of another site. */
export const REQUEST_HEADER = "x-sosei-request";

export function setGuardHeaders(path: string, res: ServerResponse): void {
  if (path === "/graphql") {
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-content-type-options", "nosniff");
  } else if (path.startsWith("/public/") || path.startsWith("/preview/")) {
    res.setHeader("content-security-policy", FRAME_ANCESTORS);
    res.setHeader("x-frame-options", "SAMEORIGIN");
  }
}

/**
 * A request to /api/* from another site: a browser says where it comes from (Sec-Fetch-Site,
 * else Origin); a client that says neither must send REQUEST_HEADER, which no form and no
 * cross-site request without a CORS preflight (never granted) can carry.
 */
function crossSite(req: IncomingMessage): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined) return site !== "same-origin" && site !== "none";
  const origin = req.headers.origin;
  if (origin !== undefined) {
    try {
      return new URL(origin).host !== req.headers.host;
    } catch {
      return true;
    }
  }
  return req.headers[REQUEST_HEADER] === undefined;
}

/** Refuses a cross-site /api/* request with 403; true when it did. */
export function refusedCrossSite(path: string, req: IncomingMessage, res: ServerResponse): boolean {
  if (!path.startsWith("/api/") || !crossSite(req)) return false;
  req.resume();
  sendError(
    res,
    403,
    "CROSS_SITE_REQUEST",
    "他のサイトからの要求は受け付けません (Sosei の画面から操作してください)",
    `cross-site request refused: send it from Sosei's own pages, or with the ${REQUEST_HEADER} header`,
  );
  return true;
}
