import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import { createLogger } from "../log/logger";
import { runMain } from "./run-main";

runMain(async () => {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger({ level: "warn" }));
  try {
    const applied = await migrate(db.sql);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await db.close();
  }
});
