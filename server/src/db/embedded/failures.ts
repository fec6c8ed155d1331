import { StartupError } from "../../errors/startup-error";
import { fileSystemError } from "../../errors/file-system-errors";

/** The most telling line PostgreSQL printed, without its timestamp and process prefix. */
function reasonOf(lines: string[]): string {
  const telling = [...lines]
    .reverse()
    .find((l) => /FATAL|PANIC|ERROR|error|could not|No space/.test(l));
  return (telling ?? lines.at(-1) ?? "no output").replace(/^\S+ \S+ \S+ \[\d+\] /, "").trim();
}

function failure(dataDir: string, lines: string[], what: { ja: string; en: string }): StartupError {
  const reason = reasonOf(lines);
  const known = fileSystemError(dataDir, reason);
  if (known) return known;
  return new StartupError(
    "EMBEDDED_POSTGRES_FAILED",
    `${what.ja} (${dataDir}): ${reason}`,
    `${what.en} (${dataDir}): ${reason}`,
  );
}

export const initFailure = (dataDir: string, lines: string[]) =>
  failure(dataDir, lines, {
    ja: "組み込み PostgreSQL のデータベースを作成できませんでした",
    en: "could not create the embedded PostgreSQL database",
  });

export const clusterFailure = (dataDir: string, lines: string[]) =>
  failure(dataDir, lines, {
    ja: "組み込み PostgreSQL を起動できませんでした",
    en: "the embedded PostgreSQL did not start",
  });
