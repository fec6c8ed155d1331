import { serveDatabase, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { withQueryCounter, type QueryCounter } from "../../server/src/db/query-counter";
import type { Backend, Template } from "./databases";

export interface GraphQLResult<D = Record<string, unknown>> {
  status: number;
  data?: D;
  errors?: {
    message: string;
    path?: string[];
    extensions: Record<string, unknown> & { code: string };
  }[];
}

/** The real server over HTTP on a fresh database, with a counter of the SQL it sends. */
export interface Api {
  url: string;
  counter: QueryCounter;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<D = any>(source: string, variables?: Record<string, unknown>): Promise<GraphQLResult<D>>;
  close(): Promise<void>;
}

export async function openApi(backend: Backend, template: Template = "seeded"): Promise<Api> {
  const counter: QueryCounter = { count: 0 };
  const db = withQueryCounter(await backend.open(template), counter);
  const config = {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false" }, "/"),
    databaseUrl: "unused",
  };
  let server: RunningServer;
  try {
    server = await serveDatabase(db, config, () => {});
  } catch (error) {
    await db.close();
    throw error;
  }
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
