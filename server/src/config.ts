import path from "node:path";
import { StartupError } from "./errors/startup-error";

export interface Config {
  host: string;
  port: number;
  /** PostgreSQL when set; otherwise the embedded PGlite under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  /** Load the seed documents into an empty database on start. */
  seedOnEmpty: boolean;
  introspection: boolean;
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
    production,
    seedOnEmpty: flag(env, "SOSEI_SEED_ON_EMPTY", true),
    introspection: flag(env, "SOSEI_INTROSPECTION", !production),
  };
}
