import type { IncomingMessage } from "node:http";

/**
 * The client's address for login throttling. Behind a trusted reverse proxy it is the last
 * X-Forwarded-For entry, the one the proxy itself appended: entries before it come from the
 * client and could be forged.
 */
export function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers["x-forwarded-for"];
    const entries = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",");
    const last = entries.at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}
