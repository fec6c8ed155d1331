/**
 * The seed document's own text (seeds/source/asahikawa-fy2020.txt) taken over by the system
 * administrator as an earlier year's published document, into a database holding only the
 * master data: it gives exactly what the seed loader writes, every field of every row; it
 * reports the source's known defects (DOMAIN.md) as warnings; a dry run writes nothing;
 * importing it again changes nothing.
 */
import { countRows, openDb, type OpenDb } from "../seed/seed-db";
import { readReports } from "../seed/seeded-reports";
import { backends } from "../helpers/databases";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import {
  ASAHIKAWA,
  MASTER_TABLES,
  REPORT_TABLES,
  SOURCE_FILE,
  copyMasterData,
  fileFrom,
  importAll,
  userOf,
} from "./io-helpers";

/** Rows without ids and timestamps, which differ between two databases by construction. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === "object" && !(value instanceof Date) && !("toFixed" in value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !/^(id|createdAt|updatedAt|publishedAt)$|Id$/.test(key))
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  }
  return value && typeof value === "object" && "toFixed" in value ? String(value) : value;
}

const warnings = (result: FileImportResult) =>
  result.problems
    .filter((p) => p.severity === "warning")
    .map((p) => `${p.report} ${p.code} ${p.where} line ${p.line}`);

describe.each(backends().map((b) => [b.name, b] as const))(
  "the source form's text into an empty database (%s)",
  (_name, backend) => {
    let empty: OpenDb;
    let seeded: OpenDb;
    let dryRun: FileImportResult;
    let countsBefore: Record<string, number>;
    let historyAfterFirst: number;
    let countsAfterDryRun: Record<string, number>;
    let first: FileImportResult;
    let second: FileImportResult;

    beforeAll(async () => {
      [empty, seeded] = await Promise.all([openDb(backend, "empty"), openDb(backend, "seeded")]);
      await copyMasterData(seeded.prisma, empty.prisma);
      const as = {
        actor: await userOf(empty.prisma, ["ADMIN"]),
        archive: true,
        defaults: ASAHIKAWA,
      };
      countsBefore = await countRows(empty.db);
      const file = [fileFrom(SOURCE_FILE)];
      dryRun = await importAll(empty.prisma, file, { ...as, apply: false });
      countsAfterDryRun = await countRows(empty.db);
      first = await importAll(empty.prisma, file, as);
      historyAfterFirst = await empty.prisma.auditLog.count();
      second = await importAll(empty.prisma, file, as);
    });
    afterAll(async () => {
      await empty?.close();
      await seeded?.close();
    });

    test("the dry run lists the five reports to create and writes nothing", () => {
      expect(dryRun.applied).toBe(false);
      expect(dryRun.errorCount).toBe(0);
      expect(dryRun.reports.map((r) => [r.number, r.action, r.line])).toEqual([
        [1, "create", 4],
        [2, "create", 29],
        [3, "create", 62],
        [4, "create", 92],
        [5, "create", 116],
      ]);
      expect(dryRun.files).toEqual([
        { file: "asahikawa-fy2020.txt", format: "form-text", encoding: "UTF-8" },
      ]);
      expect(countsAfterDryRun).toEqual(countsBefore);
      expect(countsBefore.Report).toBe(0);
    });

    test("the apply creates the five reports and their projects", () => {
      expect(first.applied).toBe(true);
      expect(first.counts).toEqual({
        create: 5,
        update: 0,
        unchanged: 0,
        refused: 0,
        projectsCreated: 5,
      });
    });

    test("warnings: exactly the known defects of DOMAIN.md, each with its line", () => {
      expect(warnings(first)).toEqual([
        "1 TOTAL_DISCREPANCY 合計 うち交付金見込/total expected grant line 4",
        "1 TOTAL_DISCREPANCY 合計 うち交付金/total actual grant line 4",
        "1 DUPLICATE_TEXT 事業 2 主な事業実績/main results line 10",
        "2 KPI_VALUE_WITHOUT_MONTH KPI 1 最新値/latest line 48",
        "2 UNBALANCED_PARENTHESES 事業効果の説明/the effect text line 29",
        "5 KPI_VALUE_WITHOUT_MONTH KPI 1 最新値/latest line 126",
        "5 KPI_VALUE_WITHOUT_MONTH KPI 2 最新値/latest line 127",
        "5 KPI_VALUE_WITHOUT_MONTH KPI 3 最新値/latest line 128",
      ]);
      const total = first.problems.find((p) => p.code === "TOTAL_DISCREPANCY")!;
      expect(total.messageJa).toBe(
        "合計のうち交付金見込は 18,132 千円 と記載されていますが、事業の合計は 20,432 千円 です",
      );
    });

    test("every row equals the seed loader's: reports, projects, KPIs, programs, values, ⑦ ⑧, categories", async () => {
      const imported = withoutIds(await readReports(empty.prisma));
      const expected = withoutIds(await readReports(seeded.prisma));
      expect((expected as unknown[]).length).toBe(5);
      expect(imported).toEqual(expected);
      const counts = await countRows(empty.db);
      const seededCounts = await countRows(seeded.db);
      for (const table of [...MASTER_TABLES, ...REPORT_TABLES]) {
        expect([table, counts[table]]).toEqual([table, seededCounts[table]]);
      }
      const years = (db: OpenDb) => db.prisma.fiscalYear.findMany({ orderBy: { year: "asc" } });
      expect(await years(empty)).toEqual(await years(seeded));
    });

    test("importing it again changes nothing: five unchanged, no row written", async () => {
      expect(second.applied).toBe(true);
      expect(second.counts).toMatchObject({ create: 0, update: 0, unchanged: 5 });
      const reports = await empty.prisma.report.findMany({
        select: { version: true, updatedAt: true, createdAt: true },
      });
      expect(
        reports.every(
          (r) => r.version === 1 && r.updatedAt.getTime() - r.createdAt.getTime() < 1000,
        ),
      ).toBe(true);
      expect(await empty.prisma.auditLog.count()).toBe(historyAfterFirst);
    });
  },
);
