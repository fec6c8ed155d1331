import path from "node:path";
import { loadConfig } from "../config";
import { backupCluster } from "../db/embedded/backup";
import { runningClusterUrl } from "../db/embedded/cluster";
import { openEmbedded } from "../db/embedded-database";
import { StartupError } from "../errors/startup-error";
import { createLogger } from "../log/logger";
import { runMain } from "./run-main";

/**
 * `pnpm db:backup [DIR]`: a consistent copy of the embedded database, taken while the
 * server runs (or, when it does not, from a server started for the purpose).
 */
runMain(async () => {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new StartupError(
      "BACKUP_EXTERNAL_DATABASE",
      "DATABASE_URL の PostgreSQL は、そのサーバーの手段 (pg_dump など) でバックアップしてください。",
      "Back up the PostgreSQL at DATABASE_URL with that server's own tools (pg_dump, …).",
    );
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  const target = path.resolve(process.argv[2] ?? path.join("backups", `sosei-${stamp}`));
  let url: string;
  let close = async () => {};
  try {
    const db = await openEmbedded(config.dataDir, createLogger({ level: "warn" }));
    url = db.cluster.adminUrl;
    close = db.close;
  } catch (error) {
    if ((error as StartupError).code !== "DATA_DIR_LOCKED") throw error;
    url = runningClusterUrl(config.dataDir);
  }
  try {
    const manifest = await backupCluster(url, config.dataDir, target);
    console.log(
      `backup written to ${target}: ${manifest.reports} reports, migrations up to ${manifest.migrations.at(-1)}, PostgreSQL ${manifest.postgresVersion}`,
    );
  } finally {
    await close();
  }
});
