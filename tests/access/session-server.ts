import { createHash } from "node:crypto";
import { serveDatabase, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient, type Database, type PrismaClient } from "../../server/src/db/database";
import type { Backend, Template } from "../helpers/databases";

/**
 * The real server over HTTP with a configuration of the test's choosing (openApi always uses
 * the defaults), raw access to Set-Cookie, and a "sudo" Prisma client on the same database
 * for set-up and for looking at what the server stored.
 */
export interface Answer {
  status: number;
  setCookie: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  /** Lines the server logged on start (bootstrap messages). */
  lines: string[];
  sudo: PrismaClient;
  post(source: string, variables?: Record<string, unknown>, cookie?: string): Promise<Answer>;
  /** Signs in; returns the `name=value` part of the session cookie. */
  login(loginId: string, password?: string): Promise<string>;
  /** Starts a second server on the same database (the first one must be stopped first). */
  restart(env?: NodeJS.ProcessEnv): Promise<void>;
  /** Stops the HTTP server but keeps the database open. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface ServerOptions {
  env?: NodeJS.ProcessEnv;
  template?: Template | "none";
  prepare?: (prisma: PrismaClient) => Promise<void>;
}

export const demoPassword = (loginId: string) => `sosei-${loginId}-demo`;
export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** The cookie value as the browser would send it back. */
export const cookieOf = (setCookie: string | null) => setCookie?.split(";")[0] ?? "";
export const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1] ?? "");

export function configOf(env: NodeJS.ProcessEnv = {}) {
  return {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false", ...env }, "/"),
    databaseUrl: "unused",
  };
}

export async function post(
  url: string,
  source: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: source, variables }),
  });
  const text = await response.text();
  let body: object;
  try {
    body = JSON.parse(text) as object;
  } catch {
    body = { errors: [{ message: text, extensions: { code: `HTTP_${response.status}` } }] };
  }
  return { status: response.status, setCookie: response.headers.get("set-cookie"), ...body };
}

export const LOGIN = `mutation ($l: String!, $p: String!) {
  login(loginId: $l, password: $p) { id loginId name email roles municipalityId isActive version } }`;

export async function startServer(
  backend: Backend,
  options: ServerOptions = {},
): Promise<TestServer> {
  const db = await backend.open(options.template ?? "seeded");
  // serveDatabase closes the database with the server; keep it open for restarts and sudo.
  const shared: Database = { ...db, close: async () => {} };
  const sudo = createPrismaClient(db);
  const lines: string[] = [];
  let running: RunningServer | null = null;
  const start = async (env: NodeJS.ProcessEnv) => {
    running = await serveDatabase(shared, configOf(env), (line) => lines.push(line));
  };
  try {
    await options.prepare?.(sudo);
    await start(options.env ?? {});
  } catch (error) {
    await sudo.$disconnect();
    await db.close();
    throw error;
  }
  const server: TestServer = {
    get url() {
      return running!.url;
    },
    lines,
    sudo,
    post: (source, variables, cookie) => post(running!.url, source, variables, cookie),
    async login(loginId, password = demoPassword(loginId)) {
      const answer = await server.post(LOGIN, { l: loginId, p: password });
      if (answer.errors || !answer.setCookie) {
        throw new Error(`login as ${loginId} failed: ${JSON.stringify(answer.errors)}`);
      }
      return cookieOf(answer.setCookie);
    },
    async restart(env = {}) {
      await server.stop();
      await start(env);
    },
    async stop() {
      const current = running;
      running = null;
      await current?.close();
    },
    async close() {
      try {
        await server.stop();
        await sudo.$disconnect();
      } finally {
        await db.close();
      }
    },
  };
  return server;
}

/** The first error's code, or "none". */
export const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions.code ?? "none";
