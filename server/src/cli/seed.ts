import { loadConfig } from "../config";
import { createPrismaClient, openDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import { loadSeeds } from "../io/seed/load-seed";
import { printSeedSummary } from "../io/seed/print-summary";
import { createLogger } from "../log/logger";
import { runMain } from "./run-main";

runMain(async () => {
  const db = await openDatabase(loadConfig(), createLogger({ level: "warn" }));
  const prisma = createPrismaClient(db);
  try {
    await migrate(db.sql);
    printSeedSummary(await loadSeeds(prisma), console.log);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
});
