/**
 * Bad input: every problem is a clear, located error (file, line or sheet row, field; in
 * Japanese and English) and nothing is written unless the whole import is valid. Shift_JIS
 * files and CSV with or without a BOM are read correctly, never as mojibake.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { backends } from "../helpers/databases";
import { countRows, openDb, type OpenDb } from "../seed/seed-db";
import type { Actor } from "../../server/src/auth/permissions";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import type { Problem } from "../../server/src/io/import/problems";
import {
  ASAHIKAWA,
  REPORT_TABLES,
  SOURCE_FILE,
  copyMasterData,
  exportCsvFiles,
  exportXlsxFile,
  fileOf,
  importAll,
  userOf,
} from "./io-helpers";

const errors = (r: FileImportResult) => r.problems.filter((p) => p.severity === "error");
const brief = (p: Problem) => ({
  code: p.code,
  file: p.file,
  line: p.line,
  sheet: p.sheet,
  where: p.where,
});

/** Replaces line `n` (1-based) of a CSV text through `change`. */
function editLine(csv: Buffer, n: number, change: (line: string) => string): string {
  const lines = csv.toString("utf8").split("\r\n");
  lines[n - 1] = change(lines[n - 1]!);
  return lines.join("\r\n");
}

describe.each(backends().map((b) => [b.name, b] as const))("bad input (%s)", (_name, backend) => {
  let seeded: OpenDb;
  let empty: OpenDb;
  let csv: Awaited<ReturnType<typeof exportCsvFiles>>;
  let xlsx: Buffer;
  let as: Actor;
  const tables = (over: Partial<Record<"reports" | "programs" | "kpis", string | Buffer>> = {}) => [
    fileOf("reports.csv", over.reports ?? csv.reports),
    fileOf("programs.csv", over.programs ?? csv.programs),
    fileOf("kpis.csv", over.kpis ?? csv.kpis),
  ];

  beforeAll(async () => {
    [seeded, empty] = await Promise.all([openDb(backend, "seeded"), openDb(backend, "empty")]);
    csv = await exportCsvFiles(seeded.prisma);
    xlsx = await exportXlsxFile(seeded.prisma);
    await copyMasterData(seeded.prisma, empty.prisma);
    // A town's administrator who also enters and evaluates: every part, new projects too.
    as = await userOf(empty.prisma, ["ADMIN", "FINANCE", "EVALUATOR"], "012041");
  });
  afterAll(async () => {
    await seeded?.close();
    await empty?.close();
  });

  async function expectNothingWritten(result: FileImportResult): Promise<void> {
    expect(result.applied).toBe(false);
    const counts = await countRows(empty.db);
    for (const table of REPORT_TABLES) expect([table, counts[table]]).toEqual([table, 0]);
  }

  test("Shift_JIS (CP932) tables are detected and converted: the same reports, no mojibake", async () => {
    const sjis = (b: Buffer) => iconv.encode(b.toString("utf8").replace(/^\uFEFF/, ""), "cp932");
    const result = await importAll(
      empty.prisma,
      [
        fileOf("reports-sjis.csv", sjis(csv.reports)),
        fileOf("programs-sjis.csv", sjis(csv.programs)),
        fileOf("kpis-sjis.csv", sjis(csv.kpis)),
      ],
      { apply: false, actor: as },
    );
    expect(result.errorCount).toBe(0);
    expect(result.files.map((f) => f.encoding)).toEqual(["Shift_JIS", "Shift_JIS", "Shift_JIS"]);
    expect(result.reports.map((r) => r.projectName)).toEqual(
      (await seeded.prisma.report.findMany({ orderBy: { project: { number: "asc" } } })).map(
        (r) => r.projectName,
      ),
    );
    expect(result.reports[4]!.projectName).toBe(
      "あらゆる世代の働き手と地域中小企業を繋ぐ！“旭川圏トライアルワーク”連携支援プロジェクト",
    );
    await expectNothingWritten(result);
  });

  test("the source form's text in Shift_JIS imports like the UTF-8 original", async () => {
    const text = fs.readFileSync(SOURCE_FILE, "utf8");
    const result = await importAll(
      empty.prisma,
      [fileOf("asahikawa-sjis.txt", iconv.encode(text, "cp932"))],
      { apply: false, defaults: ASAHIKAWA, actor: as },
    );
    expect(result.files[0]).toMatchObject({ format: "form-text", encoding: "Shift_JIS" });
    expect(result.errorCount).toBe(0);
    expect(result.counts.create).toBe(5);
  });

  test("CSV with and without a BOM read the same", async () => {
    const noBom = (b: Buffer) => b.subarray(3);
    const result = await importAll(
      empty.prisma,
      tables({ reports: noBom(csv.reports), programs: noBom(csv.programs) }),
      { apply: false, actor: as },
    );
    expect(result.files.map((f) => f.encoding)).toEqual(["UTF-8", "UTF-8", "UTF-8 (BOM)"]);
    expect(result.errorCount).toBe(0);
    expect(result.counts.create).toBe(5);
  });

  test("bytes that are neither UTF-8 nor Shift_JIS: UNKNOWN_ENCODING with the line", async () => {
    const bytes = Buffer.concat([
      Buffer.from("団体コード,年度\r\n012041,2020\r\n", "utf8"),
      Buffer.from([0xff, 0xfe, 0x0d, 0x0a]),
    ]);
    const result = await importAll(empty.prisma, [fileOf("broken.csv", bytes)], { actor: as });
    expect(errors(result).map(brief)).toEqual([
      { code: "UNKNOWN_ENCODING", file: "broken.csv", line: 3, sheet: undefined, where: undefined },
    ]);
    expect(errors(result)[0]!.messageJa).toContain("UTF-8 または Shift_JIS");
    await expectNothingWritten(result);
  });

  test("broken cells: a non-numeric and a negative amount, a grant share above its amount, each located; nothing written", async () => {
    const programs = editLine(csv.programs, 3, (l) =>
      l.replace(",4600,2300,4600,2300,", ",四千六百,2300,-4600,2300,"),
    );
    const programs2 = editLine(Buffer.from(programs), 4, (l) =>
      l.replace(",1702,851,1688,844,", ",1702,1851,1688,844,"),
    );
    const result = await importAll(empty.prisma, tables({ programs: programs2 }), { actor: as });
    expect(errors(result).map(brief)).toEqual([
      { code: "INVALID_AMOUNT", file: "programs.csv", line: 3, sheet: undefined, where: "予算額" },
      { code: "INVALID_AMOUNT", file: "programs.csv", line: 3, sheet: undefined, where: "実績額" },
      {
        code: "INVALID_GRANT_SHARE",
        file: "programs.csv",
        line: 4,
        sheet: undefined,
        where: "事業 1 若者地元定着促進事業",
      },
    ]);
    expect(errors(result)[0]!.messageJa).toContain("「四千六百」");
    expect(errors(result)[1]!.messageEn).toContain("「-4600」");
    await expectNothingWritten(result);
  });

  test("more KPIs than the grant type allows, an unknown grant type, an unknown municipality", async () => {
    const kpiLines = csv.kpis.toString("utf8").split("\r\n");
    const fifth = kpiLines
      .find((l) => l.includes(",1,デザイン経営実践企業数,"))!
      .replace(",1,デザイン経営実践企業数,", ",5,デザイン経営相談件数,");
    const kpis = [...kpiLines.slice(0, -1), fifth, ""].join("\r\n");
    let reports = editLine(csv.reports, 2, (l) =>
      l.replace("地方創生推進交付金", "地方創生未知交付金"),
    );
    reports = editLine(Buffer.from(reports), 3, (l) =>
      l.replace(/^012041,北海道,旭川市,/, "012050,,,"),
    );
    const result = await importAll(empty.prisma, tables({ reports, kpis }), { actor: as });
    const found = errors(result).map((p) => [p.code, p.file, p.line, p.report]);
    // Report 2's programs and KPIs still name 012041, so they find no report: 9 + 3 rows.
    expect(found.filter(([code]) => code !== "ORPHAN_ROW")).toEqual([
      ["UNKNOWN_GRANT_TYPE", "reports.csv", 2, 1],
      ["UNKNOWN_MUNICIPALITY", "reports.csv", 3, 2],
      ["KPI_LIMIT_EXCEEDED", "reports.csv", 4, 3],
    ]);
    expect(found.filter(([code]) => code === "ORPHAN_ROW")).toHaveLength(9 + 3);
    expect(errors(result).find((p) => p.code === "KPI_LIMIT_EXCEEDED")!.messageEn).toBe(
      "地方創生推進交付金 allows at most 4 KPIs per project (got 5)",
    );
    await expectNothingWritten(result);
  });

  test("a truncated source text: the last report's missing sections are named; nothing written", async () => {
    const text = fs.readFileSync(SOURCE_FILE, "utf8").split("\n").slice(0, 125).join("\n");
    const result = await importAll(empty.prisma, [fileOf("cut.txt", text)], {
      defaults: ASAHIKAWA,
      actor: as,
    });
    expect(errors(result).map((p) => [p.code, p.line, p.report, p.messageEn])).toEqual([
      ["MISSING_SECTION", 116, 5, "⑦ (external evaluation) is missing"],
      ["MISSING_SECTION", 116, 5, "⑧ (future policy) is missing"],
    ]);
    await expectNothingWritten(result);
  });

  test("a broken row of the source text: an amount that is no number, with its line and program", async () => {
    const text = fs
      .readFileSync(SOURCE_FILE, "utf8")
      .replace("1,133 (566)\t1,133 (566)", "1,133 (566)\t千百三十三");
    const result = await importAll(empty.prisma, [fileOf("broken.txt", text)], {
      defaults: ASAHIKAWA,
      actor: as,
    });
    expect(errors(result).map(brief)).toEqual([
      {
        code: "INVALID_AMOUNT",
        file: "broken.txt",
        line: 35,
        sheet: undefined,
        where: "事業 2 ビジネスプランコンテスト事業 実績額/actual",
      },
    ]);
    await expectNothingWritten(result);
  });

  test("a truncated CSV (cut inside a quoted cell), one cut inside a character, a truncated XLSX", async () => {
    const text = csv.programs.toString("utf8");
    const insideQuotes = text.slice(0, text.indexOf('"・地元ものづくり') + 10);
    const midCharacter = csv.reports.subarray(0, csv.reports.indexOf(Buffer.from("旭川市")) + 4);
    const result = await importAll(
      empty.prisma,
      [
        fileOf("programs.csv", insideQuotes),
        fileOf("reports.csv", midCharacter),
        fileOf("book.xlsx", xlsx.subarray(0, 4000)),
      ],
      { actor: as },
    );
    const found = errors(result).map((p) => [p.code, p.file, p.line]);
    // The quote opens on the last line of the cut file; the cut record of reports.csv also
    // lacks its required cells, which are reported too.
    expect(found[0]).toEqual(["BROKEN_CSV", "programs.csv", insideQuotes.split("\n").length]);
    expect(found).toContainEqual(["TRUNCATED_FILE", "reports.csv", 2]);
    expect(found).toContainEqual(["BROKEN_XLSX", "book.xlsx", undefined]);
    await expectNothingWritten(result);
  });

  test("an XLSX with formulas instead of values: each formula cell named; nothing written", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("予算事業")!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf("予算額");
    sheet.getRow(3).getCell(column).value = { formula: "2000+2600", result: 4600 };
    const book = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importAll(empty.prisma, [fileOf("formulas.xlsx", book)], { actor: as });
    const address = sheet.getRow(3).getCell(column).address;
    expect(errors(result).map(brief)).toEqual([
      { code: "FORMULA_CELL", file: "formulas.xlsx", line: 3, sheet: "予算事業", where: address },
      { code: "INVALID_CELL", file: "formulas.xlsx", line: 3, sheet: "予算事業", where: "予算額" },
    ]);
    expect(errors(result)[0]!.messageJa).toBe(
      `セル ${address} は数式です。値として保存してください`,
    );
    await expectNothingWritten(result);
  });
});
