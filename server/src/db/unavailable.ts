/**
 * Whether an error means the database cannot serve right now, as opposed to a bug: a full
 * disk (SQLSTATE 53100), too little memory or too many connections (class 53), a server
 * that is shutting down or was restarted (57P01–57P03), a lost or refused connection
 * (class 08, ECONNREFUSED/ECONNRESET). Prisma wraps driver errors in several layers, so
 * every nested error, cause and field is looked at.
 */
export type DatabaseFailure = "DISK_FULL" | "UNAVAILABLE";

const UNAVAILABLE_TEXT =
  /terminating connection|Connection terminated|connection (?:is )?closed|ECONNREFUSED|ECONNRESET|EPIPE|server closed the connection|the database system is (?:shutting down|starting up|in recovery mode)|Can't reach database server|Client has encountered a connection error|Timed out fetching a new connection/i;

function facts(error: unknown, seen = new Set<unknown>(), depth = 0): string[] {
  if (error === null || typeof error !== "object" || seen.has(error) || depth > 6) {
    return typeof error === "string" ? [error] : [];
  }
  seen.add(error);
  const found: string[] = [];
  for (const [key, value] of Object.entries(error as Record<string, unknown>)) {
    if (
      typeof value === "string" &&
      ["code", "message", "kind", "originalCode", "originalMessage"].includes(key)
    ) {
      found.push(value);
    } else if (typeof value === "object") found.push(...facts(value, seen, depth + 1));
  }
  if (error instanceof Error) {
    found.push(error.message);
    found.push(...facts((error as { cause?: unknown }).cause, seen, depth + 1));
  }
  return found;
}

export function databaseFailure(error: unknown): DatabaseFailure | null {
  const all = facts(error);
  if (all.some((f) => f === "53100" || /No space left on device|could not extend file/i.test(f))) {
    return "DISK_FULL";
  }
  if (
    all.some(
      (f) =>
        /^(53\d\d\d|57P0[1-3]|08\d\d\d)$/.test(f) ||
        /^(P1001|P1002|P1017|P2024|ConnectionClosed|DatabaseNotReachable|TooManyConnections)$/.test(
          f,
        ) ||
        UNAVAILABLE_TEXT.test(f),
    )
  ) {
    return "UNAVAILABLE";
  }
  return null;
}
