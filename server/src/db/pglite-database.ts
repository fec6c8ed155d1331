import fs from "node:fs";
import path from "node:path";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireDataDirLock } from "./data-dir-lock";
import type { Database } from "./database";
import type { SqlSession } from "./sql-driver";

// PGlite ships as ESM only; a dynamic import keeps the rest of the server CommonJS.
const loadPGlite = () => import("@electric-sql/pglite");

function session(db: PGlite | Transaction): SqlSession {
  return {
    exec: async (script) => {
      await db.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
  };
}

export interface PgliteDatabase extends Database {
  /** The engine itself, for snapshots (`dumpDataDir`). */
  pglite: PGlite;
}

function pgliteDatabase(db: PGlite, description: string, release?: () => void): PgliteDatabase {
  return {
    kind: "pglite",
    pglite: db,
    description,
    adapter: new PrismaPGlite(db),
    sql: { ...session(db), transaction: (work) => db.transaction((tx) => work(session(tx))) },
    async close() {
      try {
        await db.close();
      } finally {
        release?.();
      }
    },
  };
}

/**
 * The zero-setup database: PGlite persisted under `dataDir` (the Postgres files go to
 * `dataDir/pglite`). PGlite has no locking of its own, so a lock file keeps a second
 * process from opening, and corrupting, the same directory.
 */
export async function openPgliteDataDir(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const release = acquireDataDirLock(dir);
  try {
    const { PGlite } = await loadPGlite();
    const db = await PGlite.create(path.join(dir, "pglite"));
    return pgliteDatabase(db, `PGlite ${dir}`, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** An in-memory PGlite, optionally restored from a `dumpDataDir()` snapshot. */
export async function openPgliteMemory(snapshot?: Blob | File): Promise<PgliteDatabase> {
  const { PGlite } = await loadPGlite();
  const db = await PGlite.create(snapshot ? { loadDataDir: snapshot } : {});
  return pgliteDatabase(db, "PGlite (memory)");
}
