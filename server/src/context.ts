import type { LoginSettings } from "./auth/login";
import type { Actor } from "./auth/permissions";
import { actingAs } from "./db/acting-client";
import type { PrismaClient } from "./db/database";
import type { SqlSession } from "./db/sql-driver";
import type { Catalog } from "./list/catalog";
import { ListReader } from "./list/list-reader";
import { createLoaders, type Loaders } from "./loaders";

/** Per-request context handed to every resolver. */
export interface Context {
  /** Writes through it record the actor in the history (see db/acting-client.ts). */
  prisma: PrismaClient;
  /** Batch loaders, new for every request so nothing is cached across requests. */
  loaders: Loaders;
  /** Lists, get-one and to-one relations, read with plain SQL within the actor's scope. */
  lists: ListReader;
  /** Plain SQL, outside any transaction (sign-in throttling, the list reader). */
  db: SqlSession;
  /** The signed-in user, reloaded from the session on every request; null when anonymous. */
  actor: Actor | null;
  /** Set-Cookie values the HTTP layer sends with the response (login, logout). */
  cookies: string[];
  /** The session token of this request, if any (for logout). */
  sessionToken: string | undefined;
  sessions: SessionSettings;
  /** How sign-ins are throttled (auth/login.ts; the counts live in the database). */
  login: LoginSettings;
  clientAddress: string;
  /** Called once a report's publication has committed (its PDFs are made then); not in query workers. */
  onPublished?: (reportId: number) => void;
}

export interface SessionSettings {
  hours: number;
  /** Mark the cookie Secure (HTTPS only); on in production. */
  secureCookie: boolean;
}

/** What the HTTP layer knows of a request. */
export interface RequestInfo {
  actor: Actor | null;
  sessionToken?: string;
  clientAddress: string;
}

/** What every request of one server shares. */
export interface ServerState {
  sessions: SessionSettings;
  login: LoginSettings;
  /** Plain SQL for reads (lists), beside Prisma. */
  db: SqlSession;
  catalog: Catalog;
  onPublished?: (reportId: number) => void;
}

export function createContext(
  prisma: PrismaClient,
  request: RequestInfo,
  server: ServerState,
): Context {
  const { catalog, ...shared } = server;
  return {
    prisma: actingAs(prisma, request.actor?.id ?? null),
    loaders: createLoaders(prisma),
    lists: new ListReader(server.db, catalog, { actor: request.actor }),
    actor: request.actor,
    cookies: [],
    sessionToken: request.sessionToken,
    clientAddress: request.clientAddress,
    ...shared,
  };
}
