// pnpm bench:admin — what a user waits for in the admin, measured in Debian's chromium against the
// real server on a fresh embedded database (introspection off, as in production):
//   1. the JavaScript the login page loads before it can be used (gzipped; budget 350 KB);
//   2. sign-in → a usable report editor (finance, report 3), and sign-in → the review page of a
//      report in review (manager, report 4), with the seed data and with a national-scale fiscal
//      year (1,800 synthetic reports) beside it (target 1.5 s);
//   3. the report list's 25 rows as the admin asks for them: server time on loopback, beside
//      the same page in one plain SQL statement (target 50 ms with 1,800 reports).
// `--runs N` sets the number of sign-ins per figure (default 5); `--reports N` the synthetic year.
// The machine's load average is printed too: the figures are only as quiet as the machine.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  editorReached,
  launch,
  listReached,
  loginPageScripts,
  reviewReached,
  signInTo,
} from "./bench-browser.mjs";
import { LIST_SQL, startServer } from "./bench-server.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = option("runs", 5);
const REPORTS = option("reports", 1800);
const BUDGET_KB = 350;
const TARGET_MS = 1500;
const LIST_TARGET_MS = 50;
const FINANCE = { loginId: "finance", password: "sosei-finance-demo" };
const MANAGER = { loginId: "manager", password: "sosei-manager-demo" };

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, values, target) => {
  const verdict = target ? (median(values) <= target ? "  within target" : "  OVER target") : "";
  console.log(
    `  ${label.padEnd(44)} median ${median(values).toFixed(0).padStart(5)} ms  ` +
      `(min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, ${values.length} runs)${verdict}`,
  );
};

async function timings(browser, server) {
  const usable = [];
  const complete = [];
  const review = [];
  for (let run = 0; run < RUNS; run++) {
    const edit = await signInTo(browser, server.origin, "reports/3", FINANCE, editorReached);
    usable.push(edit.times[0]);
    complete.push(edit.times[1]);
    await edit.context.close();
    const show = await signInTo(browser, server.origin, "reports/4/show", MANAGER, reviewReached);
    review.push(show.times[0]);
    await show.context.close();
  }
  return { usable, complete, review };
}

function printTimings({ usable, complete, review }) {
  line("sign-in → usable report editor (finance)", usable, TARGET_MS);
  line("  … with ⑤–⑧ drawn as well", complete);
  line("sign-in → review page (manager)", review, TARGET_MS);
}

/** The list request the browser sends for 25 rows of the year, replayed from here on loopback. */
async function listServerTime(browser, server) {
  let request;
  const { page, context } = await signInTo(
    browser,
    server.origin,
    "reports",
    server.system,
    listReached,
    (p) =>
      p.on("request", (r) => {
        if (r.url().endsWith("/graphql") && r.postDataJSON()?.operationName === "allReports")
          request ??= r.postData();
      }),
  );
  if (!request) throw new Error("the report list sent no allReports request");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.close();
  await context.close();
  const api = [];
  let bytes = 0;
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: request,
    });
    const text = await response.text();
    const rows = JSON.parse(text).data?.items?.length;
    if (rows !== 25)
      throw new Error(`the replayed list answered ${rows} rows: ${text.slice(0, 200)}`);
    bytes = text.length;
    if (i >= 5) api.push(performance.now() - started);
  }
  const sql = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await server.sql.query(LIST_SQL, [2020]);
    if (i >= 5) sql.push(performance.now() - started);
  }
  return { api, sql, bytes };
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(`${os.cpus().length} cores, load average ${load()} at the start`);
const browser = await launch();
try {
  const seed = await startServer(repo);
  try {
    const scripts = await loginPageScripts(browser, seed.origin);
    console.log("Login page: JavaScript loaded before sign-in");
    for (const row of scripts) {
      console.log(
        `  ${row.file.padEnd(44)} ${kb(row.raw).padStart(8)} KB  ${kb(row.gzip).padStart(7)} KB gzip`,
      );
    }
    const total = scripts.reduce((sum, row) => sum + row.gzip, 0);
    const verdict = total / 1024 <= BUDGET_KB ? "within" : "OVER";
    console.log(`  total ${kb(total)} KB gzip (${verdict} the ${BUDGET_KB} KB budget)`);
    const seedTimes = await timings(browser, seed);
    console.log(
      "\nChromium, fresh context each run (no cookie, empty cache), seed data (5 reports)",
    );
    printTimings(seedTimes);
  } finally {
    await seed.close();
  }
  console.log(`\nGenerating ${REPORTS} synthetic reports in FY2020 …`);
  const big = await startServer(repo, { syntheticReports: REPORTS });
  try {
    const bigTimes = await timings(browser, big);
    console.log(`Chromium, seed data + ${REPORTS} reports in the year`);
    printTimings(bigTimes);
    const list = await listServerTime(browser, big);
    console.log(
      `Report list, 25 rows of ${REPORTS + 5} (system administrator), ${kb(list.bytes)} KB`,
    );
    line("API on loopback (the admin's own query)", list.api, LIST_TARGET_MS);
    line("plain SQL, one statement", list.sql);
    console.log(`  ratio API / SQL: ${(median(list.api) / median(list.sql)).toFixed(1)}×`);
  } finally {
    await big.close();
  }
} finally {
  await browser.close();
  console.log(`\nload average ${load()} at the end`);
}
