import type { EmbeddedCluster } from "../../server/src/db/embedded/cluster";

/** The global setup and teardown run in one process: the embedded test cluster is kept here. */
const holder = globalThis as { soseiTestCluster?: EmbeddedCluster };

export function keepEmbeddedCluster(cluster: EmbeddedCluster): void {
  holder.soseiTestCluster = cluster;
}

export async function stopEmbeddedCluster(): Promise<void> {
  await holder.soseiTestCluster?.stop();
}
