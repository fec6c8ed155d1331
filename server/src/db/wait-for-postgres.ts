import pg from "pg";
import { StartupError } from "../errors/startup-error";
import type { Logger } from "../log/logger";

/**
 * Waits for the PostgreSQL at `url` to answer, retrying with backoff (0.25 s doubling to
 * 5 s) for at most `waitSeconds`: a database that starts a little after Sosei (compose,
 * a reboot) is no error, one that stays away is one clear line.
 */
export async function waitForPostgres(
  url: string,
  description: string,
  waitSeconds: number,
  log: Logger,
): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || "unknown";
      if (Date.now() + delay > deadline) {
        throw new StartupError(
          "DATABASE_UNREACHABLE",
          `PostgreSQL (${description}) に ${waitSeconds} 秒間接続できませんでした: ${reason}。DATABASE_URL とサーバーの状態を確認してください。`,
          `Could not reach PostgreSQL (${description}) for ${waitSeconds} s: ${reason}. Check DATABASE_URL and that the server runs.`,
        );
      }
      log.warn(
        { event: "database_unreachable", attempt, retryInMs: delay, reason },
        "PostgreSQL not reachable yet; retrying",
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }
}
