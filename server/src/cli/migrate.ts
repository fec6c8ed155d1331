import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import { runMain } from "./run-main";

runMain(async () => {
  const db = await openDatabase(loadConfig());
  try {
    const applied = await migrate(db.sql);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await db.close();
  }
});
