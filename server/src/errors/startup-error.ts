/**
 * A configuration, migration or seed problem that stops start-up. The entry points
 * print it as one line (code, Japanese, English) instead of a stack trace.
 */
export class StartupError extends Error {
  constructor(
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(`${messageJa} / ${messageEn}`, options);
    this.name = "StartupError";
  }

  toLine(): string {
    return `[${this.code}] ${this.messageJa} / ${this.messageEn}`;
  }
}
