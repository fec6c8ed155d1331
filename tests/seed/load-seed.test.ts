/**
 * loadSeeds on a migrated, empty database: what it creates, which source defects it
 * reports, and that a second run changes nothing.
 */
import type { SeedFinding } from "../../server/src/io/seed/seed-findings";
import { loadSeeds, type SeedSummary } from "../../server/src/io/seed/load-seed";
import { seedDocuments } from "../../seeds";
import { standardCategories as categories } from "../../server/src/domain/category/standard-lists";
import { standardGrantTypes as grantTypes } from "../../server/src/domain/grant-type/standard-grant-types";
import { backends } from "../helpers/databases";
import { MODEL_TABLES, allZero, countRows, openDb, type OpenDb } from "./seed-db";

const FILE = "seeds/asahikawa-fy2020.ts";
/** The column a TOTAL_DISCREPANCY is about, from its English message. */
const totalField = (f: SeedFinding) =>
  /^stated total (budget|expected grant|actual grant|actual) /.exec(f.messageEn)?.[1];
const ofReport = (findings: SeedFinding[], report: number, code: SeedFinding["code"]) =>
  findings.filter((f) => f.report === report && f.code === code);

describe.each(backends().map((b) => [b.name, b] as const))(
  "loadSeeds on an empty database (%s)",
  (_name, backend) => {
    let open: OpenDb;
    let before: Record<string, number>;
    let first: SeedSummary;
    let afterFirst: Record<string, number>;
    let second: SeedSummary;
    let afterSecond: Record<string, number>;
    let rowsAfterFirst: unknown;
    let rowsAfterSecond: unknown;
    const snapshot = () =>
      Promise.all([
        open.prisma.report.findMany({
          orderBy: { id: "asc" },
          select: { id: true, version: true, updatedAt: true },
        }),
        open.prisma.project.findMany({
          orderBy: { id: "asc" },
          select: { id: true, version: true, updatedAt: true },
        }),
        open.prisma.municipality.findMany({ select: { id: true, updatedAt: true } }),
      ]);

    beforeAll(async () => {
      open = await openDb(backend, "empty");
      before = await countRows(open.db);
      first = await loadSeeds(open.prisma);
      afterFirst = await countRows(open.db);
      rowsAfterFirst = await snapshot();
      second = await loadSeeds(open.prisma);
      afterSecond = await countRows(open.db);
      rowsAfterSecond = await snapshot();
    });
    afterAll(() => open?.close());

    test("the template is migrated and empty: every table of the model exists with 0 rows", () => {
      expect(Object.keys(before)).toEqual(expect.arrayContaining([...MODEL_TABLES]));
      expect(before).toEqual(allZero(before));
    });

    test("the first load creates the five reports and nothing is skipped", () => {
      expect(seedDocuments.map((d) => d.file)).toEqual([FILE]);
      expect(first.reportsCreated).toBe(5);
      expect(first.reportsSkipped).toBe(0);
    });

    test("the first load writes the catalog and the document: row counts per table", () => {
      expect(afterFirst).toMatchObject({
        Category: categories.length,
        GrantType: grantTypes.length,
        Municipality: 1,
        FiscalYear: 5, // 2018–2022: FY R2 and the plan periods
        Project: 5,
        Report: 5,
        BudgetProgram: 2 + 9 + 7 + 1 + 2,
        Kpi: 3 + 3 + 4 + 3 + 3,
        KpiValue: 3 + 3 + 4 + 3 + 3,
        Evaluation: 5,
        FuturePolicy: 5,
      });
      expect(categories.length).toBe(13);
      expect(grantTypes.length).toBe(4);
    });

    test("every finding names the seed file and one of the five reports", () => {
      expect(first.findings.length).toBeGreaterThan(0);
      for (const finding of first.findings) {
        expect(finding.file).toBe(FILE);
        expect([1, 2, 3, 4, 5]).toContain(finding.report);
        expect(finding.messageJa).not.toBe("");
        expect(finding.messageEn).not.toBe("");
      }
    });

    test("report 1: the 合計 row's expected grant and actual grant (18,132) differ from the programs' 20,432; budget and actual agree", () => {
      const totals = ofReport(first.findings, 1, "TOTAL_DISCREPANCY");
      expect(totals.map(totalField).sort()).toEqual(["actual grant", "expected grant"]);
      for (const finding of totals) {
        expect(finding.messageEn).toContain("18,132");
        expect(finding.messageEn).toContain("20,432");
        expect(finding.messageJa).toContain("18,132");
        expect(finding.messageJa).toContain("20,432");
      }
      expect(totals.map((f) => f.messageJa).join()).toContain("うち交付金見込");
    });

    test("reports 2–5: no total discrepancy (their 合計 rows add up)", () => {
      for (const report of [2, 3, 4, 5])
        expect(ofReport(first.findings, report, "TOTAL_DISCREPANCY")).toEqual([]);
    });

    test("report 1: program 2 repeats program 1's main results (DUPLICATE_TEXT), once", () => {
      const duplicates = ofReport(first.findings, 1, "DUPLICATE_TEXT");
      expect(duplicates).toHaveLength(1);
      expect(duplicates[0]!.messageEn).toMatch(/program 2 .*program 1/);
      for (const report of [2, 3, 4, 5])
        expect(ofReport(first.findings, report, "DUPLICATE_TEXT")).toEqual([]);
    });

    test("report 2: the cut-off effect text leaves a parenthesis open (UNBALANCED_PARENTHESES)", () => {
      expect(ofReport(first.findings, 2, "UNBALANCED_PARENTHESES")).toHaveLength(1);
      for (const report of [1, 3, 4, 5])
        expect(ofReport(first.findings, report, "UNBALANCED_PARENTHESES")).toEqual([]);
    });

    test("KPI latest values without a month: report 2 KPI 1 (30), report 5 KPIs 1–3 (1, 9, 825)", () => {
      const withoutMonth = (report: number) =>
        ofReport(first.findings, report, "KPI_VALUE_WITHOUT_MONTH").map((f) =>
          /^KPI (\d+) latest value (\S+) /.exec(f.messageEn)?.slice(1),
        );
      expect(withoutMonth(2)).toEqual([["1", "30"]]);
      expect(withoutMonth(5)).toEqual([
        ["1", "1"],
        ["2", "9"],
        ["3", "825"],
      ]);
      for (const report of [1, 3, 4]) expect(withoutMonth(report)).toEqual([]);
    });

    test("no false alarms: every category is in its list and every stated year of plan agrees with its period", () => {
      expect(first.findings.filter((f) => f.code === "UNKNOWN_CATEGORY")).toEqual([]);
      expect(first.findings.filter((f) => f.code === "YEAR_OF_PLAN_MISMATCH")).toEqual([]);
    });

    test("loading again creates nothing, skips the five reports and leaves every table's row count unchanged", () => {
      expect(second.reportsCreated).toBe(0);
      expect(second.reportsSkipped).toBe(5);
      expect(afterSecond).toEqual(afterFirst);
    });

    test("loading again updates no report, project or municipality (same ids, versions, updatedAt)", () => {
      const [reports] = rowsAfterFirst as unknown[][];
      expect(reports).toHaveLength(5);
      expect(rowsAfterSecond).toEqual(rowsAfterFirst);
    });
  },
);
