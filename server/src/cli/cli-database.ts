import { loadConfig } from "../config";
import { createPrismaClient, openDatabase, type PrismaClient } from "../db/database";
import { migrate } from "../db/migrate";
import { createLogger } from "../log/logger";

/** Opens and migrates the configured database (DATABASE_URL or SOSEI_DATA_DIR) for a command. */
export async function withDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger({ level: config.logLevel }));
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
