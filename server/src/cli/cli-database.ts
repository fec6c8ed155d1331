import { loadConfig, type Config } from "../config";
import { createPrismaClient, openDatabase, type Database, type PrismaClient } from "../db/database";
import { runningClusterUrl } from "../db/embedded/cluster";
import { DATABASE } from "../db/embedded/layout";
import { migrate } from "../db/migrate";
import { openPostgres } from "../db/postgres-database";
import { StartupError } from "../errors/startup-error";
import { createLogger, type Logger } from "../log/logger";

/**
 * The embedded PostgreSQL of the Sosei that holds the data directory (`pnpm start`): the lock
 * holder publishes its port in postmaster.pid and its password in postgres.secret, so a
 * command works beside the running server instead of refusing with DATA_DIR_LOCKED.
 */
async function attachToRunning(dataDir: string, locked: StartupError): Promise<Database> {
  let db: Database | undefined;
  try {
    db = openPostgres(runningClusterUrl(dataDir, DATABASE), {
      kind: "embedded",
      description: `embedded PostgreSQL of the running server in ${dataDir}`,
    });
    await db.sql.query("SELECT 1");
    return db;
  } catch (error) {
    await db?.close().catch(() => {});
    const reason = (error as Error).message;
    throw new StartupError(
      "DATA_DIR_IN_USE",
      `${locked.messageJa} 起動中のサーバーのデータベースにも接続できません (${reason})。サーバーの起動完了を待って再実行するか、サーバーを停止してから実行してください。`,
      `${locked.messageEn} Its database cannot be reached either (${reason}). Wait until the server has started and run the command again, or stop the server first.`,
    );
  }
}

async function openForCommand(config: Config, log: Logger): Promise<Database> {
  try {
    return await openDatabase(config, log);
  } catch (error) {
    if (config.databaseUrl || (error as StartupError).code !== "DATA_DIR_LOCKED") throw error;
    return attachToRunning(config.dataDir, error as StartupError);
  }
}

/**
 * Opens and migrates the configured database (DATABASE_URL or SOSEI_DATA_DIR) for a command;
 * beside a running server on the same data directory, its database.
 */
export async function withDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openForCommand(config, createLogger({ level: config.logLevel }));
  const prisma = createPrismaClient(db);
  try {
    await migrate(db.sql);
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

/** A year option: "2020", "R2" or "R2年度" (through the rules' parser). */
export function usageError(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
