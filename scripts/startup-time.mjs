// Prints the time from process start to the first GraphQL answer, on an empty embedded
// data dir (migrate + seed) and on the same dir again. Run after `pnpm build`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const main = path.join(root, "server/dist/server/src/main.js");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-startup-"));
const port = 4900 + Math.floor(Math.random() * 90);
const shutdowns = [];

async function firstAnswer() {
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, SOSEI_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ allFiscalYears { year } }" }),
        });
        if (response.ok) return Math.round(performance.now() - started);
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error("no answer within 120 s");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    const stopping = performance.now();
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
    shutdowns.push(Math.round(performance.now() - stopping));
  }
}

try {
  const empty = await firstAnswer();
  const existing = await firstAnswer();
  console.log("start-up to first GraphQL answer (embedded PostgreSQL)");
  console.log(`  empty data dir (migrate + seed): ${empty} ms`);
  console.log(`  existing data dir:               ${existing} ms`);
  console.log(`graceful shutdown (SIGTERM to exit): ${shutdowns.join(" ms, ")} ms`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
