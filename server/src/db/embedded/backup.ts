import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { StartupError } from "../../errors/startup-error";
import { PGDATA, SECRET } from "./layout";

/** Written beside the copy; `pnpm db:restore` checks for it. */
export const MANIFEST = "sosei-backup.json";

export interface BackupManifest {
  createdAt: string;
  postgresVersion: string;
  reports: number;
  migrations: string[];
}

// Runtime state PostgreSQL rebuilds on start (its base-backup documentation lists them).
const SKIP = new Set(["postmaster.pid", "postmaster.opts", "pg_internal.init"]);
const EMPTIED = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

function copyData(pgdata: string, target: string): void {
  fs.cpSync(pgdata, target, {
    recursive: true,
    preserveTimestamps: true,
    filter: (source) => {
      const name = path.basename(source);
      if (SKIP.has(name) || name.startsWith("pgsql_tmp")) return false;
      const parent = path.basename(path.dirname(source));
      return !(EMPTIED.has(parent) && path.dirname(path.dirname(source)) === pgdata);
    },
  });
}

/**
 * A consistent copy of a running embedded cluster (PostgreSQL's low-level base backup):
 * pg_backup_start, copy the files while writes go on, pg_backup_stop, then the WAL written
 * meanwhile. On start, the copy replays that WAL to the moment the backup ended.
 */
export async function backupCluster(
  url: string,
  dataDir: string,
  target: string,
): Promise<BackupManifest> {
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new StartupError(
      "BACKUP_TARGET_NOT_EMPTY",
      `バックアップ先 ${target} が空ではありません。`,
      `The backup target ${target} is not empty.`,
    );
  }
  const pgdata = path.join(dataDir, PGDATA);
  const copy = path.join(target, PGDATA);
  fs.mkdirSync(target, { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_backup_start($1, true)", [`sosei ${new Date().toISOString()}`]);
    copyData(pgdata, copy);
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
      "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    fs.writeFileSync(path.join(copy, "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile)
      fs.writeFileSync(path.join(copy, "tablespace_map"), rows[0]!.spcmapfile);
    // The WAL from the backup's start to its end, written while the files were copied.
    for (const name of fs.readdirSync(path.join(pgdata, "pg_wal"))) {
      const file = path.join(pgdata, "pg_wal", name);
      if (fs.statSync(file).isFile()) fs.copyFileSync(file, path.join(copy, "pg_wal", name));
    }
    fs.copyFileSync(path.join(dataDir, SECRET), path.join(target, SECRET));
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    const manifest: BackupManifest = {
      createdAt: new Date().toISOString(),
      postgresVersion: version.rows[0]!.server_version,
      ...(await contents(url)),
    };
    fs.writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

/** What a backup holds, for the manifest and the restore's summary. */
export async function contents(
  url: string,
): Promise<Pick<BackupManifest, "reports" | "migrations">> {
  const client = new pg.Client({ connectionString: url.replace(/\/postgres$/, "/sosei") });
  await client.connect();
  try {
    const reports = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Report"`);
    const migrations = await client.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name"`,
    );
    return {
      reports: reports.rows[0]!.n,
      migrations: migrations.rows.map((r) => r.migration_name),
    };
  } finally {
    await client.end();
  }
}

/** Puts a backup in place as `dataDir`'s cluster; the caller holds the lock and starts it. */
export function placeBackup(source: string, dataDir: string): BackupManifest {
  const manifestFile = path.join(source, MANIFEST);
  if (!fs.existsSync(manifestFile)) {
    throw new StartupError(
      "NOT_A_BACKUP",
      `${source} は pnpm db:backup のバックアップではありません (${MANIFEST} がありません)。`,
      `${source} is not a backup made by pnpm db:backup (no ${MANIFEST}).`,
    );
  }
  if (fs.existsSync(path.join(dataDir, PGDATA))) {
    throw new StartupError(
      "RESTORE_TARGET_NOT_EMPTY",
      `${dataDir} には既にデータベースがあります。上書きはしません。空のディレクトリを SOSEI_DATA_DIR に指定するか、今のデータを別の場所へ移してください。`,
      `${dataDir} already holds a database, which a restore never overwrites. Point SOSEI_DATA_DIR at an empty directory or move the current data away.`,
    );
  }
  const scratch = path.join(dataDir, `${PGDATA}.restore`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.cpSync(path.join(source, PGDATA), scratch, { recursive: true, preserveTimestamps: true });
  fs.copyFileSync(path.join(source, SECRET), path.join(dataDir, SECRET));
  fs.renameSync(scratch, path.join(dataDir, PGDATA));
  return JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BackupManifest;
}
