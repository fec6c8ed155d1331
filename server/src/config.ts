import path from "node:path";
import { MIN_PASSWORD_LENGTH } from "./auth/password";
import { StartupError } from "./errors/startup-error";

export interface Config {
  host: string;
  port: number;
  /** PostgreSQL when set; otherwise the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** How long start-up retries a PostgreSQL at DATABASE_URL that does not answer. */
  databaseWaitSeconds: number;
  /** pino level of the JSON log on stdout. */
  logLevel: string;
  /** Requests slower than this are logged as slow_request. */
  slowRequestMs: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take before they get 503. */
  shutdownGraceSeconds: number;
  /** Worker threads that answer GraphQL queries, so that no read stalls the server; 0: none. */
  queryWorkers: number;
  production: boolean;
  /** Load the seed documents into an empty database on start. */
  seedOnEmpty: boolean;
  /** Make a published report's PDFs (headless Chromium) right after its publication. */
  pdfOnPublish: boolean;
  introspection: boolean;
  /** Apollo's landing page on GET /graphql; off in production by default. */
  landingPage: boolean;
  /** Larger request bodies are refused with 413 before parsing. */
  maxBodyBytes: number;
  /** Larger import uploads are refused with 413. */
  maxUploadBytes: number;
  /** Demo users with documented passwords; on unless NODE_ENV=production. */
  demo: boolean;
  sessions: { hours: number; secureCookie: boolean };
  /** Failed logins from one client address within 15 minutes before it is locked out. */
  loginAddressLimit: number;
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** The first administrator, when the database has none. */
  admin: { loginId?: string; password?: string; email?: string };
}

function invalid(name: string, value: string, ja: string, en: string): never {
  throw new StartupError(
    "CONFIG_INVALID",
    `環境変数 ${name}=${value}: ${ja}`,
    `environment variable ${name}=${value}: ${en}`,
  );
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  if (["1", "true", "yes", "on"].includes(value.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(value.toLowerCase())) return false;
  return invalid(name, value, "true か false を指定してください", "expected true or false");
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    return invalid(name, value, "正の整数を指定してください", "expected a positive integer");
  }
  return number;
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return env[name] === "0" ? 0 : positiveInteger(env, name, fallback);
}

function adminPassword(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if ([...value].length < MIN_PASSWORD_LENGTH) {
    invalid(
      "SOSEI_ADMIN_PASSWORD",
      "(hidden)",
      `${MIN_PASSWORD_LENGTH}文字以上にしてください`,
      `use at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  return value;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevel(value: string | undefined): string {
  if (!value) return "info";
  if (LOG_LEVELS.includes(value)) return value;
  return invalid(
    "SOSEI_LOG_LEVEL",
    value,
    `${LOG_LEVELS.join(", ")} のいずれかを指定してください`,
    `expected one of ${LOG_LEVELS.join(", ")}`,
  );
}

/** Reads and checks the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const production = env.NODE_ENV === "production";
  const portText = env.PORT ?? "4000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    invalid(
      "PORT",
      portText,
      "0〜65535 の整数を指定してください",
      "expected an integer from 0 to 65535",
    );
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    invalid(
      "DATABASE_URL",
      "(hidden)",
      "postgresql:// で始まる接続文字列を指定してください",
      "expected a postgresql:// connection string",
    );
  }
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    databaseUrl,
    dataDir: path.resolve(cwd, env.SOSEI_DATA_DIR ?? "data"),
    databaseWaitSeconds: positiveInteger(env, "SOSEI_DB_WAIT_SECONDS", 30),
    logLevel: logLevel(env.SOSEI_LOG_LEVEL),
    slowRequestMs: positiveInteger(env, "SOSEI_SLOW_REQUEST_MS", 1000),
    shutdownGraceSeconds: positiveInteger(env, "SOSEI_SHUTDOWN_GRACE_SECONDS", 8),
    queryWorkers: count(env, "SOSEI_QUERY_WORKERS", 2),
    production,
    seedOnEmpty: flag(env, "SOSEI_SEED_ON_EMPTY", true),
    pdfOnPublish: flag(env, "SOSEI_PDF_ON_PUBLISH", true),
    introspection: flag(env, "SOSEI_INTROSPECTION", !production),
    landingPage: flag(env, "SOSEI_LANDING_PAGE", !production),
    maxBodyBytes: positiveInteger(env, "SOSEI_MAX_BODY_BYTES", 1_000_000),
    maxUploadBytes: positiveInteger(env, "SOSEI_MAX_UPLOAD_BYTES", 20_000_000),
    demo: production ? false : flag(env, "SOSEI_DEMO", true),
    sessions: {
      hours: positiveInteger(env, "SOSEI_SESSION_HOURS", 8),
      secureCookie: flag(env, "SOSEI_SECURE_COOKIE", production),
    },
    loginAddressLimit: positiveInteger(env, "SOSEI_LOGIN_ADDRESS_LIMIT", 30),
    trustProxy: flag(env, "SOSEI_TRUST_PROXY", false),
    admin: {
      loginId: env.SOSEI_ADMIN_LOGIN || undefined,
      password: adminPassword(env.SOSEI_ADMIN_PASSWORD),
      email: env.SOSEI_ADMIN_EMAIL || undefined,
    },
  };
}
