import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../server/src/db/database";
import { migrate } from "../../server/src/db/migrate";
import { openPgliteMemory } from "../../server/src/db/pglite-database";
import { openPostgres } from "../../server/src/db/postgres-database";
import { loadSeeds } from "../../server/src/io/seed/load-seed";
import { findPostgresBinDir, startCluster } from "./postgres-cluster";
import { STATE_VARIABLE, TEMPLATES, type TestState } from "./test-state";

async function seed(db: Database): Promise<void> {
  const prisma = createPrismaClient(db);
  try {
    await loadSeeds(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Migrated (and seeded) PGlite snapshots: a test file restores one in ~1 s instead of migrating. */
async function pgliteTemplates(dir: string): Promise<TestState["pglite"]> {
  const db = await openPgliteMemory();
  const dump = async (name: string) => {
    const file = path.join(dir, `${name}.tar.gz`);
    const snapshot = await db.pglite.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
    return file;
  };
  await migrate(db.sql);
  const empty = await dump("empty");
  await seed(db);
  const seeded = await dump("seeded");
  await db.close();
  return { empty, seeded };
}

async function postgresTemplates(dir: string): Promise<TestState["postgres"]> {
  const binDir = findPostgresBinDir();
  if (!binDir) {
    if (process.env.CI === "true") {
      throw new Error("CI=true but no PostgreSQL server binaries were found (install postgresql)");
    }
    console.warn(
      "\n⚠ PostgreSQL binaries not found: the PostgreSQL leg of the tests is SKIPPED.\n",
    );
    return null;
  }
  const cluster = await startCluster(binDir);
  fs.writeFileSync(path.join(dir, "cluster.json"), JSON.stringify(cluster));
  const admin = openPostgres(cluster.url("postgres"));
  for (const name of Object.values(TEMPLATES)) await admin.sql.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  for (const [kind, name] of Object.entries(TEMPLATES)) {
    const db = openPostgres(cluster.url(name));
    await migrate(db.sql);
    if (kind === "seeded") await seed(db);
    await db.close();
  }
  return { binDir, dir: cluster.dir, asUser: cluster.asUser, adminUrl: cluster.url("postgres") };
}

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-test-"));
  const state: TestState = { dir, pglite: await pgliteTemplates(dir), postgres: null };
  process.env[STATE_VARIABLE] = JSON.stringify(state);
  state.postgres = await postgresTemplates(dir);
  process.env[STATE_VARIABLE] = JSON.stringify(state);
}
