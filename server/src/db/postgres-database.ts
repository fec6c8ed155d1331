import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Database } from "./database";
import type { SqlSession } from "./sql-driver";

/** A prepared statement's name: the same text, the same name, on every connection. */
const statementName = (sql: string) =>
  `sosei_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}`;

function session(client: pg.Pool | pg.PoolClient): SqlSession {
  const names = new Map<string, string>();
  return {
    exec: async (script) => {
      await client.query(script);
    },
    query: async <Row>(sql: string, params?: unknown[], options?: { prepared?: boolean }) => {
      if (!options?.prepared) return (await client.query(sql, params)).rows as Row[];
      let name = names.get(sql);
      if (!name) names.set(sql, (name = statementName(sql)));
      return (await client.query({ name, text: sql, values: params })).rows as Row[];
    },
  };
}

/**
 * PostgreSQL server at `url`; Prisma and plain SQL share one pool. `onLost` hears of idle
 * connections the server dropped (restart, admin kill); the pool replaces them on next use.
 */
export function openPostgres(
  url: string,
  options: {
    kind?: Database["kind"];
    description?: string;
    onLost?: (error: Error) => void;
    /** Runs on each new connection before its first use. */
    onConnect?: (client: pg.PoolClient) => Promise<void>;
  } = {},
): Database {
  // UTC sessions: the pg adapter reads timestamptz as if it were UTC, whatever the server's zone.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: "-c TimeZone=UTC",
    // pg-pool awaits it before handing the connection out (not in @types/pg yet).
    ...({ onConnect: options.onConnect } as object),
  });
  // A connection the server drops (restart, admin kill, crash) must not crash the process:
  // pg emits "error" on the client, and nobody else listens while a query runs on it (the
  // query itself fails, and the request answers SERVICE_UNAVAILABLE).
  let closing = false;
  const lost = (error: Error) => {
    if (!closing) options.onLost?.(error);
  };
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  return {
    kind: options.kind ?? "postgres",
    description: options.description ?? `PostgreSQL ${redact(url)}`,
    url,
    adapter: new PrismaPg(pool),
    sql: {
      ...session(pool),
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await work(session(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
      },
    },
    async close() {
      closing = true;
      // A query stuck on a lock must not hold up a shutdown for ever.
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000).unref()));
      await Promise.race([pool.end(), stuck]).finally(() => clearTimeout(timer));
    },
  };
}

/** Never print a password. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
