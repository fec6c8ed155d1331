import { fileSystemError } from "../errors/file-system-errors";
import { StartupError } from "../errors/startup-error";
import { isRuleError } from "../rules";

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.message}\n${error.stack ?? ""}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Runs an entry point; a known problem ends the process with one clear line, anything
 * else with one line plus the stack (set SOSEI_DEBUG=1 to see stacks for known ones too).
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const path = (error as NodeJS.ErrnoException | null)?.path;
    const known =
      error instanceof StartupError ? error : path ? fileSystemError(path, error) : null;
    if (known) console.error(known.toLine());
    else if (isRuleError(error)) console.error(`[${error.code}] ${error.message}`);
    else console.error(`[UNEXPECTED] ${describe(error)}`);
    if (process.env.SOSEI_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
