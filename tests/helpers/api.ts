import { serveDatabase, type RunningServer } from "../../server/src/app";
import { hashPassword } from "../../server/src/auth/password";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient, type Database, type PrismaClient } from "../../server/src/db/database";
import { signIn as sessionOf } from "../../tools/support/sign-in";
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

/** A client of the running server with its own session cookie (or none). */
export interface Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<D = any>(source: string, variables?: Record<string, unknown>): Promise<GraphQLResult<D>>;
}

/** The real server over HTTP on a fresh database, with a counter of the SQL it sends. */
export interface Api extends Client {
  url: string;
  /** The server's database, for checks from outside (sequences, locks). */
  db: Database;
  counter: QueryCounter;
  /** Signs in over HTTP; the client sends the session cookie it was given. */
  login(loginId: string, password?: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

/** Every role, every municipality: what the functional tests act as unless they sign in otherwise. */
export const TESTER = { loginId: "tester", password: "tester-password-1" };
/** Demo users (created in demo mode, the default outside production) and their passwords. */
export const DEMO_PASSWORD = (loginId: string) => `sosei-${loginId}-demo`;

export interface ApiOptions {
  /** Runs on the database before the server starts ("sudo" set-up, e.g. synthetic data). */
  prepare?: (prisma: PrismaClient) => Promise<void>;
  /** Seeded reports are PUBLISHED; most write tests need them editable. Default DRAFT. */
  reportStatus?: "DRAFT" | "PUBLISHED";
  /** Whom `query` acts as; null for anonymous. Default TESTER. */
  as?: { loginId: string; password: string } | null;
  /** More settings, as environment variables (e.g. SOSEI_INTROSPECTION: "false"). */
  env?: Record<string, string>;
}

export function client(url: string, cookie?: string): Client {
  return {
    async query(source, variables) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query: source, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}

export async function signIn(url: string, loginId: string, password: string): Promise<Client> {
  return client(url, await sessionOf(url, loginId, password));
}

async function prepareDatabase(prisma: PrismaClient, options: ApiOptions): Promise<void> {
  await options.prepare?.(prisma);
  await prisma.user.create({
    data: {
      loginId: TESTER.loginId,
      name: "試験 利用者",
      email: "tester@test.sosei.invalid",
      roles: ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"],
      municipalityId: null,
      passwordHash: await hashPassword(TESTER.password),
    },
  });
  if ((options.reportStatus ?? "DRAFT") === "DRAFT") {
    // A draft was never published: the seed's publication time goes with its status.
    await prisma.report.updateMany({ data: { status: "DRAFT", publishedAt: null } });
  }
}

export async function openApi(
  backend: Backend,
  template: Template = "seeded",
  options: ApiOptions = {},
): Promise<Api> {
  const counter: QueryCounter = { count: 0 };
  const db = await backend.open(template);
  const config = {
    // No Chromium behind every publication of the suite; the publication tests turn it on.
    ...loadConfig(
      { PORT: "0", SOSEI_SEED_ON_EMPTY: "false", SOSEI_PDF_ON_PUBLISH: "false", ...options.env },
      "/",
    ),
    databaseUrl: "unused",
  };
  let server: RunningServer;
  try {
    const prisma = createPrismaClient(db);
    try {
      await prepareDatabase(prisma, options);
    } finally {
      await prisma.$disconnect();
    }
    server = await serveDatabase(withQueryCounter(db, counter), config, () => {});
  } catch (error) {
    await db.close();
    throw error;
  }
  const as = options.as === undefined ? TESTER : options.as;
  const actingClient = as ? await signIn(server.url, as.loginId, as.password) : client(server.url);
  return {
    url: server.url,
    db,
    counter,
    query: actingClient.query,
    login: (loginId, password = DEMO_PASSWORD(loginId)) =>
      signIn(server.url, loginId, loginId === TESTER.loginId ? TESTER.password : password),
    anonymous: client(server.url),
    close: () => server.close(),
  };
}
