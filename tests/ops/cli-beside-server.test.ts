/**
 * `pnpm export`, `pnpm run import` and `pnpm report:pdf` while `pnpm start` holds the data
 * directory: they use the running server's embedded PostgreSQL instead of stopping with
 * DATA_DIR_LOCKED; an import applied beside it is what the server then answers. When the
 * directory is held but no database answers, the message says so in Japanese and English.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSosei, type SoseiProcess } from "../helpers/server-process";

jest.setTimeout(240_000);

const CLI = (name: string) =>
  path.resolve(__dirname, `../../server/dist/server/src/cli/${name}.js`);

function cli(name: string, dataDir: string, args: string[]) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI(name), ...args], {
      env: { ...process.env, SOSEI_DATA_DIR: dataDir, DATABASE_URL: "", SOSEI_LOG_LEVEL: "warn" },
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

let dir: string;
let out: string;
let sosei: SoseiProcess | undefined;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-cli-beside-"));
  out = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-cli-out-"));
  sosei = await spawnSosei({
    SOSEI_DATA_DIR: path.join(dir, "data"),
    SOSEI_PDF_ON_PUBLISH: "false",
    // This server cannot render: every PDF it answers with was made by the command.
    SOSEI_CHROMIUM: "/nonexistent/chromium",
  });
});
afterAll(async () => {
  if (sosei && sosei.child.exitCode === null) {
    sosei.child.kill("SIGTERM");
    await sosei.exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

test("export and report:pdf run beside the server, on its data", async () => {
  const data = path.join(dir, "data");
  const exported = await cli("export", data, ["--year", "2020", "--format", "csv", "--out", out]);
  expect(exported.out).not.toContain("DATA_DIR_LOCKED");
  expect(exported.code).toBe(0);
  const reports = fs.readFileSync(
    path.join(
      out,
      fs.readdirSync(out).find((f) => /reports/.test(f))!,
    ),
    "utf8",
  );
  expect(reports.split("\r\n").filter((line) => line.startsWith("012041,"))).toHaveLength(5);

  const pdfs = path.join(out, "pdf");
  const printed = await cli("report-pdf", data, ["--year", "R2", "--out", pdfs]);
  expect(printed.code).toBe(0);
  expect(fs.readdirSync(pdfs).filter((f) => f.endsWith(".pdf"))).toHaveLength(5);
  // What the command made is the public site's kept copy: the server answers with it.
  const response = await fetch(`${sosei!.base}/public/municipalities/012041/2020.json`);
  const url = ((await response.json()) as { reports: { url: string }[] }).reports[0]!.url;
  const pdf = await fetch(`${sosei!.base}${url.replace(/\/$/, ".pdf")}`);
  expect([pdf.status, pdf.headers.get("content-type")]).toEqual([200, "application/pdf"]);
  // The year's document was not made by the command, and this server has no browser.
  const year = await fetch(`${sosei!.base}/public/municipalities/012041/2020.pdf`);
  expect(year.status).toBe(503);
  expect(await year.text()).toMatch(
    /^PDFを作成できません \(Chromium not found.*\/ the PDF cannot be made/,
  );
});

test("import reads the exported files beside the server: all five reports unchanged", async () => {
  const files = fs.readdirSync(out).filter((f) => f.endsWith(".csv"));
  // An import acts as a user (the demo's finance of 旭川市): the published reports stay as they are.
  const dry = await cli("import", path.join(dir, "data"), [
    "--as",
    "finance",
    ...files.map((f) => path.join(out, f)),
  ]);
  expect(dry.out).not.toContain("DATA_DIR_LOCKED");
  expect(dry.code).toBe(0);
  expect(dry.out).toContain("0 to create, 0 to update, 5 unchanged; 0 errors");
});

test("a held data directory whose database does not answer: a clear message in both languages", async () => {
  const held = path.join(dir, "held");
  fs.mkdirSync(held);
  fs.writeFileSync(path.join(held, "sosei.lock"), "pid 1 since then\n");
  const holder = spawn("flock", ["--no-fork", path.join(held, "sosei.lock"), "sleep", "60"], {
    stdio: "ignore",
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await cli("export", held, ["--year", "2020", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("[DATA_DIR_IN_USE]");
    expect(result.out).toContain("起動中のサーバーのデータベースにも接続できません");
    expect(result.out).toContain("Its database cannot be reached either");
  } finally {
    holder.kill();
  }
});
