import fs from "node:fs";
import path from "node:path";
import { stopEmbeddedCluster } from "./embedded-cluster";
import { stopCluster } from "../../tools/support/postgres-cluster";
import { readTestState } from "./test-state";

export default async function globalTeardown(): Promise<void> {
  const { dir } = readTestState();
  try {
    await stopEmbeddedCluster();
    // Written as soon as the cluster runs, so a setup that failed later still stops it.
    const clusterFile = path.join(dir, "cluster.json");
    if (fs.existsSync(clusterFile)) stopCluster(JSON.parse(fs.readFileSync(clusterFile, "utf8")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
