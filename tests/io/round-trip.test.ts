/**
 * Export FY R2 → the system administrator's take-over of published reports into a database
 * holding only the master data → export again: the files are identical, byte for byte, for
 * the three CSV tables and for the workbook; importing an export into the database it came
 * from (as finance) changes nothing and says so.
 */
import ExcelJS from "exceljs";
import { backends } from "../helpers/databases";
import { openDb, type OpenDb } from "../seed/seed-db";
import type { Actor } from "../../server/src/auth/permissions";
import {
  copyMasterData,
  exportCsvFiles,
  exportXlsxFile,
  fileOf,
  importAll,
  userOf,
} from "./io-helpers";

describe.each(backends().map((b) => [b.name, b] as const))(
  "round trip of FY R2 (%s)",
  (_name, backend) => {
    let seeded: OpenDb;
    let fromCsv: OpenDb;
    let fromXlsx: OpenDb;
    let csv: Awaited<ReturnType<typeof exportCsvFiles>>;
    let xlsx: Buffer;
    const sysadmin: Partial<Record<string, Actor>> = {};

    beforeAll(async () => {
      [seeded, fromCsv, fromXlsx] = await Promise.all([
        openDb(backend, "seeded"),
        openDb(backend, "empty"),
        openDb(backend, "empty"),
      ]);
      csv = await exportCsvFiles(seeded.prisma);
      xlsx = await exportXlsxFile(seeded.prisma);
      for (const [name, db] of [
        ["csv", fromCsv],
        ["xlsx", fromXlsx],
      ] as const) {
        await copyMasterData(seeded.prisma, db.prisma);
        sysadmin[name] = await userOf(db.prisma, ["ADMIN"]);
      }
    });
    afterAll(async () => {
      for (const db of [seeded, fromCsv, fromXlsx]) await db?.close();
    });

    test("the CSV tables: UTF-8 with BOM, a Japanese header, one row per report, program and KPI, amounts in 千円", () => {
      const lines = (b: Buffer) => b.toString("utf8").split("\r\n").filter(Boolean);
      for (const table of [csv.reports, csv.programs, csv.kpis])
        expect([...table.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(lines(csv.reports)).toHaveLength(1 + 5);
      expect(lines(csv.programs)).toHaveLength(1 + 21);
      expect(lines(csv.kpis)).toHaveLength(1 + 16);
      expect(lines(csv.programs)[0]).toBe(
        "\uFEFF団体コード,年度,No,国提出事業名,番号,事業名,関係分,新規,概要,主な事業実績,予算額,うち交付金見込,実績額,うち交付金,金額の単位",
      );
      expect(lines(csv.programs)[1]).toContain(",36264,18132,36264,18132,千円");
    });

    test("the workbook: three sheets, numbers as numbers in 千円, months as dates", async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
        ["報告", 6],
        ["予算事業", 22],
        ["KPI", 17],
      ]);
      const programs = workbook.getWorksheet("予算事業")!;
      const header = programs.getRow(1).values as unknown[];
      const budget = programs.getRow(2).getCell(header.indexOf("予算額"));
      expect(budget.value).toBe(36264);
      expect(budget.numFmt).toBe("#,##0");
      const reports = workbook.getWorksheet("報告")!;
      const asOf = reports
        .getRow(2)
        .getCell((reports.getRow(1).values as unknown[]).indexOf("実績時点"));
      expect(asOf.value).toEqual(new Date(Date.UTC(2021, 2, 1)));
    });

    test("CSV: taken over as published into a new database, export again → identical bytes", async () => {
      const files = [
        fileOf("reports.csv", csv.reports),
        fileOf("programs.csv", csv.programs),
        fileOf("kpis.csv", csv.kpis),
      ];
      const result = await importAll(fromCsv.prisma, files, {
        actor: sysadmin.csv!,
        archive: true,
      });
      expect(result.errorCount).toBe(0);
      expect(result.counts.create).toBe(5);
      const again = await exportCsvFiles(fromCsv.prisma);
      expect(again.reports.toString()).toBe(csv.reports.toString());
      expect(again.programs.equals(csv.programs)).toBe(true);
      expect(again.kpis.equals(csv.kpis)).toBe(true);
      expect((await exportXlsxFile(fromCsv.prisma)).equals(xlsx)).toBe(true);
    });

    test("XLSX: taken over as published into a new database, export again → identical bytes", async () => {
      const result = await importAll(fromXlsx.prisma, [fileOf("sosei-2020.xlsx", xlsx)], {
        actor: sysadmin.xlsx!,
        archive: true,
      });
      expect(result.errorCount).toBe(0);
      expect(result.files).toEqual([
        { file: "sosei-2020.xlsx", format: "xlsx", tables: ["reports", "programs", "kpis"] },
      ]);
      expect((await exportXlsxFile(fromXlsx.prisma)).equals(xlsx)).toBe(true);
      const again = await exportCsvFiles(fromXlsx.prisma);
      expect(again.programs.equals(csv.programs)).toBe(true);
    });

    test("the take-over is in each report's history as such, with the file and the publication time from it", async () => {
      const notes = await fromXlsx.prisma.auditLog.findMany({ where: { entity: "Import" } });
      expect(notes.map((n) => [n.action, n.actorId])).toEqual(
        Array(5).fill(["ARCHIVE", sysadmin.xlsx!.id]),
      );
      expect(notes[0]!.changes).toMatchObject({
        file: { after: "sosei-2020.xlsx" },
        publishedAtFrom: { after: "file" },
      });
    });

    test("importing the export of published reports into its own database as finance: five unchanged, nothing written, and it says so", async () => {
      const finance = await userOf(seeded.prisma, ["FINANCE"], "012041");
      const before = await seeded.prisma.auditLog.count();
      const result = await importAll(seeded.prisma, [fileOf("sosei-2020.xlsx", xlsx)], {
        actor: finance,
      });
      expect(result.counts).toMatchObject({ create: 0, update: 0, unchanged: 5 });
      expect(result.errorCount).toBe(0);
      expect(result.reports.map((r) => [r.action, r.status])).toEqual(
        Array(5).fill(["unchanged", "PUBLISHED"]),
      );
      expect(result.problems.map((p) => p.code)).toContain("STATE_IGNORED");
      expect(await seeded.prisma.auditLog.count()).toBe(before);
    });
  },
);
