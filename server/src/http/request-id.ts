import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const REQUEST_ID_HEADER = "x-request-id";

const ids = new WeakMap<IncomingMessage, string>();

/**
 * Every request has an id, sent back as `x-request-id` and written into every log line
 * about it, so a user's report of a failure finds its log. A proxy's id is kept when it
 * looks like one; anything else is replaced, so a client cannot inject text into the log.
 */
export function assignRequestId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === "string" && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
  ids.set(req, id);
  return id;
}

export function requestIdOf(req: IncomingMessage): string {
  return ids.get(req) ?? assignRequestId(req);
}
