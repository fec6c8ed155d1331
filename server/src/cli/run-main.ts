import { StartupError } from "../errors/startup-error";
import { isRuleError } from "../rules";

/**
 * Runs an entry point; a known problem ends the process with one clear line, anything
 * else with one line plus the stack (set SOSEI_DEBUG=1 to see stacks for known ones too).
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof StartupError) console.error(error.toLine());
    else if (isRuleError(error)) console.error(`[${error.code}] ${error.message}`);
    else
      console.error(
        `[UNEXPECTED] ${(error as Error)?.message ?? String(error)}\n${(error as Error)?.stack ?? ""}`,
      );
    if (process.env.SOSEI_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
