import { startSosei } from "./app";
import { runMain } from "./cli/run-main";
import { loadConfig } from "./config";

runMain(async () => {
  const started = performance.now();
  const config = loadConfig();
  const server = await startSosei(config);
  console.log(`Sosei ready at ${server.url} (${Math.round(performance.now() - started)} ms)`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
});
