import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../server/src/db/database";
import { startCluster } from "../../server/src/db/embedded/cluster";
import { migrate } from "../../server/src/db/migrate";
import { openPostgres } from "../../server/src/db/postgres-database";
import { loadSeeds } from "../../server/src/io/seed/load-seed";
import { createLogger } from "../../server/src/log/logger";
import {
  findPostgresBinDir,
  startCluster as startDebianCluster,
} from "../../tools/support/postgres-cluster";
import { STATE_VARIABLE, TEMPLATES, type TestState } from "./test-state";
import { keepEmbeddedCluster } from "./embedded-cluster";

/** Migrated (and seeded) template databases: a test file copies one instead of migrating. */
async function createTemplates(adminUrl: string): Promise<void> {
  const admin = openPostgres(adminUrl);
  for (const name of Object.values(TEMPLATES)) await admin.sql.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  for (const [kind, name] of Object.entries(TEMPLATES)) {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString());
    await migrate(db.sql);
    if (kind === "seeded") {
      const prisma = createPrismaClient(db);
      await loadSeeds(prisma);
      await prisma.$disconnect();
    }
    await db.close();
  }
}

async function embeddedCluster(dir: string): Promise<TestState["embedded"]> {
  const dataDir = path.join(dir, "embedded");
  fs.mkdirSync(dataDir);
  // Durability is tested in tests/ops on clusters of their own; these only hold test data.
  // Silent: dropping a test database with FORCE makes PostgreSQL log its sessions' end.
  const cluster = await startCluster({
    dataDir,
    log: createLogger({ level: "silent" }),
    durable: false,
  });
  keepEmbeddedCluster(cluster);
  await createTemplates(cluster.adminUrl);
  return { adminUrl: cluster.adminUrl, pgdata: cluster.pgdata };
}

async function externalCluster(dir: string): Promise<TestState["postgres"]> {
  const binDir = findPostgresBinDir();
  if (!binDir) {
    if (process.env.CI === "true") {
      throw new Error("CI=true but no PostgreSQL server binaries were found (install postgresql)");
    }
    console.warn(
      "\n⚠ PostgreSQL binaries not found: the external-PostgreSQL leg of the tests is SKIPPED.\n",
    );
    return null;
  }
  const cluster = await startDebianCluster(binDir);
  fs.writeFileSync(path.join(dir, "cluster.json"), JSON.stringify(cluster));
  await createTemplates(cluster.url("postgres"));
  return { binDir, dir: cluster.dir, asUser: cluster.asUser, adminUrl: cluster.url("postgres") };
}

/** tests/ops run the server as `pnpm start` does, as a process of its own: compile it once. */
function buildServer(): Promise<void> {
  const tsc = require.resolve("typescript/bin/tsc");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "-p", "server/tsconfig.json"], {
      cwd: path.resolve(__dirname, "../.."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`building the server failed:\n${output}`)),
    );
  });
}

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-test-"));
  const state: TestState = { dir, embedded: { adminUrl: "", pgdata: "" }, postgres: null };
  process.env[STATE_VARIABLE] = JSON.stringify(state);
  const [embedded, postgres] = await Promise.all([
    embeddedCluster(dir),
    externalCluster(dir),
    buildServer(),
  ]);
  Object.assign(state, { embedded, postgres });
  process.env[STATE_VARIABLE] = JSON.stringify(state);
}
