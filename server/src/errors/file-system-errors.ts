import { StartupError } from "./startup-error";

const DISK_FULL = /ENOSPC|No space left on device/;
const NOT_WRITABLE =
  /EROFS|Read-only file system|EACCES|EPERM|Permission denied|Operation not permitted/;

/**
 * A full disk or a directory Sosei may not write, said in one line that names the
 * directory; `problem` is an error or a message. Anything else gives null.
 */
export function fileSystemError(dir: string, problem: unknown): StartupError | null {
  const text =
    problem instanceof Error
      ? `${(problem as NodeJS.ErrnoException).code ?? ""} ${problem.message}`
      : String(problem);
  if (DISK_FULL.test(text)) {
    return new StartupError(
      "DISK_FULL",
      `${dir} のディスクに空きがありません。空き容量を確保してから再起動してください。`,
      `The disk holding ${dir} is full. Free some space, then start again.`,
    );
  }
  if (NOT_WRITABLE.test(text)) {
    return new StartupError(
      "DATA_DIR_NOT_WRITABLE",
      `データディレクトリ ${dir} に書き込めません (読み取り専用か権限がありません)。SOSEI_DATA_DIR で書き込めるディレクトリを指定してください。`,
      `Cannot write to the data directory ${dir} (read-only or no permission). Set SOSEI_DATA_DIR to a writable directory.`,
    );
  }
  return null;
}
