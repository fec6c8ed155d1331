import { startSosei } from "./app";
import { runMain } from "./cli/run-main";
import { loadConfig } from "./config";
import { createLogger } from "./log/logger";

runMain(async () => {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  log.info({ event: "start", pid: process.pid, node: process.version }, "starting Sosei");
  const server = await startSosei(config, log);
  log.info(
    { event: "ready", url: server.url, ms: Math.round(performance.now() - started) },
    `Sosei ready at ${server.url} (${Math.round(performance.now() - started)} ms)`,
  );
  let stopping = false;
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    const begun = performance.now();
    log.info({ event: "shutdown", reason, inFlight: server.inFlight() }, "shutting down");
    server.close().then(
      () => {
        log.info(
          { event: "shutdown_complete", ms: Math.round(performance.now() - begun) },
          "stopped; data directory released",
        );
        process.exit(code);
      },
      (error: Error) => {
        log.error({ event: "shutdown_failed", err: error }, error.message);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT", 0));
  process.on("SIGTERM", () => stop("SIGTERM", 0));
  // The embedded PostgreSQL ended under us: stop cleanly so a supervisor restarts us.
  void server.lost?.then((reason) => {
    if (stopping) return;
    log.fatal({ event: "database_lost", reason }, reason);
    stop("database lost", 1);
  });
});
