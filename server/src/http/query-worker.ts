/**
 * A worker thread that answers long GraphQL reads (see long-reads.ts) on
 * its own connection pool, so that a whole fiscal year being built here never holds up the
 * main thread, which keeps answering everything else.
 */
import fs from "node:fs";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { PoolClient } from "pg";
import { HeaderMap } from "@apollo/server";
import type { Config } from "../config";
import { createPrismaClient } from "../db/database";
import { openPostgres } from "../db/postgres-database";
import { createLogger } from "../log/logger";
import { startGraphQL } from "./graphql-service";
import type { ToWorker, FromWorker } from "./query-workers";

const { url, config, localDatabase } = workerData as {
  url: string;
  config: Config;
  localDatabase: boolean;
};
const send = (message: FromWorker) => parentPort!.postMessage(message);
const encoder = new TextEncoder();
// Log lines go to the main thread, which writes them: one writer, whole lines.
const log = createLogger({
  level: config.logLevel,
  destination: { write: (line: string) => send({ kind: "log", line }) },
});

/**
 * Long reads yield the CPU to the main thread, which answers everything else (Linux: a
 * thread's nice value is its own; /proc/thread-self names this thread).
 */
function yieldToMainThread(): void {
  try {
    const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").at(-1));
    os.setPriority(tid, 10);
  } catch {
    // elsewhere: same priority
  }
}

/**
 * The PostgreSQL backends of this thread's connections yield too, when they run on this
 * machine (the embedded engine): building a whole FY is as much their work as this thread's.
 */
async function yieldBackend(client: PoolClient): Promise<void> {
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    os.setPriority(rows[0]!.pid, 10);
  } catch {
    // not permitted (another user's process): same priority
  }
}

async function main(): Promise<void> {
  yieldToMainThread();
  const db = openPostgres(url, {
    onConnect: localDatabase ? yieldBackend : undefined,
    onLost: (error) =>
      log.warn({ event: "database_connection_lost", reason: error.message }, "connection dropped"),
  });
  const prisma = createPrismaClient(db);
  const service = await startGraphQL(prisma, db.sql, config, log);
  parentPort!.on("message", (message: ToWorker) => void handle(message));
  async function handle(message: ToWorker): Promise<void> {
    if (message.kind === "stop") {
      await service.apollo.stop();
      await Promise.all([prisma.$disconnect().catch(() => {}), db.close()]);
      process.exit(0); // in a worker: ends this thread
    }
    const { id, request } = message;
    try {
      const response = await service.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method,
          headers: new HeaderMap(request.headers),
          search: request.search,
          body: request.body,
        },
        context: () => service.contextFor(request),
      });
      let text = "";
      if (response.body.kind === "complete") text = response.body.string;
      else for await (const chunk of response.body.asyncIterator) text += chunk;
      // Encoded here and handed over, not copied: a whole FY is megabytes the main thread
      // should not have to convert.
      const body = encoder.encode(text);
      const headers = [...response.headers];
      const reply: FromWorker = {
        kind: "reply",
        id,
        status: response.status ?? 200,
        headers,
        body,
      };
      parentPort!.postMessage(reply, [body.buffer as ArrayBuffer]);
    } catch (error) {
      send({ kind: "failed", id, message: (error as Error).message });
    }
  }
  send({ kind: "ready" });
}

main().catch((error: Error) => send({ kind: "fatal", message: error.stack ?? error.message }));
