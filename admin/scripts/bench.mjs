// pnpm bench:admin — what a user waits for in the admin, measured in Debian's chromium against
// the real server on a fresh embedded database with the seed data:
//   1. the JavaScript the login page loads before it can be used (gzipped; budget 350 KB);
//   2. the time from pressing sign-in to the dashboard, and to the first list from the API.
// `--runs N` sets the number of sign-ins (default 7).
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { chromium } = require("playwright-core");
const { startSosei } = require(path.join(repo, "server/dist/server/src/app.js"));
const { loadConfig } = require(path.join(repo, "server/dist/server/src/config.js"));

const BUDGET_KB = 350;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function loginPageScripts(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto(`${origin}/admin/`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "ログイン" }).waitFor();
  const rows = [];
  for (const response of scripts) {
    const body = await response.body();
    rows.push({
      file: new URL(response.url()).pathname,
      raw: body.length,
      gzip: zlib.gzipSync(body).length,
    });
  }
  await context.close();
  return rows;
}

async function signInTimes(browser, origin) {
  const toDashboard = [];
  const toList = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context: no cookie and an empty HTTP cache, as on a first visit.
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(`${origin}/admin/login`, { waitUntil: "networkidle" });
    await page.getByLabel("ログインID").fill("finance");
    await page.getByLabel("パスワード").fill("sosei-finance-demo");
    const started = performance.now();
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.getByRole("heading", { name: /さん、ようこそ/ }).waitFor();
    toDashboard.push(performance.now() - started);
    const listStarted = performance.now();
    await page.getByRole("menuitem", { name: "年度" }).click();
    await page.locator("tbody tr").first().waitFor();
    toList.push(performance.now() - listStarted);
    await context.close();
  }
  return { toDashboard, toList };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-bench-admin-"));
const server = await startSosei(loadConfig({ SOSEI_DATA_DIR: dataDir, PORT: "0" }, repo), () => {});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
try {
  const origin = new URL(server.url).origin;
  const scripts = await loginPageScripts(browser, origin);
  console.log("Login page: JavaScript loaded before sign-in");
  for (const row of scripts) {
    console.log(
      `  ${row.file.padEnd(44)} ${kb(row.raw).padStart(8)} KB  ${kb(row.gzip).padStart(7)} KB gzip`,
    );
  }
  const total = scripts.reduce((sum, row) => sum + row.gzip, 0);
  const verdict = total / 1024 <= BUDGET_KB ? "within" : "OVER";
  console.log(`  total ${kb(total)} KB gzip (${verdict} the ${BUDGET_KB} KB budget)`);

  const { toDashboard, toList } = await signInTimes(browser, origin);
  const line = (label, values) =>
    console.log(
      `  ${label.padEnd(40)} median ${median(values).toFixed(0)} ms  ` +
        `(min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, ${values.length} runs)`,
    );
  console.log("Chromium, fresh context each run (no cookie, empty cache), seed data");
  line("sign-in → dashboard", toDashboard);
  line("dashboard → fiscal-years list (API)", toList);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
