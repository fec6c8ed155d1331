/**
 * The real server over HTTP on an empty database that the synthetic generator has filled:
 * like openApi, but with thousands of reports when a test needs them.
 */
import { serveDatabase } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient } from "../../server/src/db/database";
import { withQueryCounter, type QueryCounter } from "../../server/src/db/query-counter";
import {
  generateFiscalYear,
  type GenerateOptions,
} from "../../server/src/io/synthetic/generate-reports";
import type { Api } from "../helpers/api";
import type { Backend } from "../helpers/databases";

export async function openGenerated(backend: Backend, options: GenerateOptions): Promise<Api> {
  const db = await backend.open("empty");
  const prisma = createPrismaClient(db);
  try {
    await generateFiscalYear(prisma, options);
  } catch (error) {
    await db.close();
    throw error;
  } finally {
    await prisma.$disconnect();
  }
  const counter: QueryCounter = { count: 0 };
  const config = {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false" }, "/"),
    databaseUrl: "unused",
  };
  const server = await serveDatabase(withQueryCounter(db, counter), config, () => {});
  return {
    url: server.url,
    counter,
    async query(source, variables) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: source, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => server.close(),
  };
}
