import fs from "node:fs";
import path from "node:path";
import { fileSystemError } from "../errors/file-system-errors";
import { StartupError } from "../errors/startup-error";
import type { Logger } from "../log/logger";
import { acquireDataDirLock } from "./data-dir-lock";
import type { Database } from "./database";
import { startCluster, type EmbeddedCluster } from "./embedded/cluster";
import { openPostgres } from "./postgres-database";

/** Why `dir` cannot be made: a recursive mkdir says ENOENT even on a read-only disk. */
function reasonOf(dir: string, error: unknown): unknown {
  let existing = dir;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
    return error;
  } catch (deeper) {
    return deeper;
  }
}

function prepareDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    const reason = reasonOf(dir, error);
    throw (
      fileSystemError(dir, reason) ??
      new StartupError(
        "DATA_DIR_UNUSABLE",
        `データディレクトリ ${dir} を使えません: ${(reason as Error).message}`,
        `Cannot use the data directory ${dir}: ${(reason as Error).message}`,
      )
    );
  }
  if (fs.existsSync(path.join(dir, "pglite")) && !fs.existsSync(path.join(dir, "postgres"))) {
    throw new StartupError(
      "DATA_DIR_OLD_FORMAT",
      `${dir} には以前の PGlite 形式のデータがあります。組み込みエンジンは PostgreSQL になりました。${dir}/pglite を別の場所へ移すか、SOSEI_DATA_DIR で新しいディレクトリを指定してください。`,
      `${dir} holds data of the former PGlite engine; the embedded engine is now PostgreSQL. Move ${dir}/pglite elsewhere or set SOSEI_DATA_DIR to a new directory.`,
    );
  }
}

/**
 * The zero-setup database: a PostgreSQL server that Sosei runs on `dataDir` (see
 * embedded/cluster.ts), durable like any PostgreSQL (fsync at every commit). One Sosei at
 * a time: the data-dir lock refuses a second process.
 */
export async function openEmbedded(
  dataDir: string,
  log: Logger,
  options: { durable?: boolean } = {},
): Promise<Database & { cluster: EmbeddedCluster }> {
  const dir = path.resolve(dataDir);
  prepareDirectory(dir);
  let lock;
  try {
    lock = await acquireDataDirLock(dir);
  } catch (error) {
    throw fileSystemError(dir, error) ?? error;
  }
  let cluster: EmbeddedCluster;
  try {
    cluster = await startCluster({ dataDir: dir, log, durable: options.durable });
  } catch (error) {
    await lock.release();
    throw fileSystemError(dir, error) ?? error;
  }
  let closing = false;
  const lost = cluster.exited.then((code) => {
    if (!closing) log.error({ event: "postgres_exited", code }, "the embedded PostgreSQL ended");
    return `the embedded PostgreSQL ended (exit ${code})`;
  });
  const db = openPostgres(cluster.url, {
    kind: "embedded",
    description: `embedded PostgreSQL in ${dir}`,
    onLost: (error) =>
      log.warn({ event: "database_connection_lost", reason: error.message }, "connection dropped"),
  });
  return {
    ...db,
    cluster,
    lost,
    async close() {
      closing = true;
      // The pool ends when its connections are free; a fast shutdown of the server ends
      // sessions still working (e.g. waiting on a lock), so neither waits for the other.
      const poolEnded = db.close().catch(() => {});
      try {
        await cluster.stop();
        await poolEnded;
      } finally {
        await lock.release();
      }
    },
  };
}
