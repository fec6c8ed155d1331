import pino from "pino";

/**
 * The server's structured log: one JSON line per event on stdout, each with `event`
 * (start, migration, request_error, slow_request, shutdown, postgres, …), a time and, for
 * requests, the request id the client also got. SOSEI_LOG_LEVEL picks the level.
 */
export type Logger = pino.Logger;

export interface LoggerOptions {
  level?: string;
  /** Where lines go; stdout, written synchronously so nothing is lost at exit. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Never log a session cookie or a password, wherever one might turn up.
      redact: ["req.headers.cookie", "password", "*.password"],
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** For code that reports plain lines (seed summary, accounts): each line one `event` record. */
export function lineLogger(logger: Logger, event: string): (line: string) => void {
  return (line) => logger.info({ event }, line);
}
