import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { acquireDataDirLock } from "../db/data-dir-lock";
import { contents, placeBackup } from "../db/embedded/backup";
import { openEmbedded } from "../db/embedded-database";
import { StartupError } from "../errors/startup-error";
import { createLogger } from "../log/logger";
import { runMain } from "./run-main";

/**
 * `pnpm db:restore DIR`: puts a backup into an empty SOSEI_DATA_DIR (never over a database),
 * then starts it once, which replays the backup's WAL, and reports what it holds.
 */
runMain(async () => {
  const config = loadConfig();
  const source = process.argv[2];
  if (!source) {
    throw new StartupError(
      "USAGE",
      "使い方: pnpm db:restore <バックアップのディレクトリ>",
      "usage: pnpm db:restore <backup directory>",
    );
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lock = await acquireDataDirLock(config.dataDir);
  let manifest;
  try {
    manifest = placeBackup(path.resolve(source), config.dataDir);
  } finally {
    await lock.release();
  }
  const db = await openEmbedded(config.dataDir, createLogger({ level: "warn" }));
  try {
    const now = await contents(db.cluster.adminUrl);
    console.log(
      `restored the backup of ${manifest.createdAt} into ${config.dataDir}: ${now.reports} reports, migrations up to ${now.migrations.at(-1)}`,
    );
  } finally {
    await db.close();
  }
});
