/**
 * The older national form (FY H27, 地方創生加速化交付金): amounts in 円, no budget programs but
 * one project-level actual, KPIs without baseline, five KPI slots, no plan period. The
 * fixture (tests/io/fixtures/older-form-h27.txt) imports exactly, every figure checked here.
 */
import path from "node:path";
import { backends } from "../helpers/databases";
import { openDb, type OpenDb } from "../seed/seed-db";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import { FIXTURES, fileFrom, importAll, userOf } from "./io-helpers";

const TOWN = { code: "019992", name: "試験町", prefecture: "北海道" };

describe.each(backends().map((b) => [b.name, b] as const))(
  "the older form of FY H27 (%s)",
  (_name, backend) => {
    let open: OpenDb;
    let result: FileImportResult;

    beforeAll(async () => {
      open = await openDb(backend, "seeded");
      // The system administrator registers the town and the year, then takes the report over.
      await open.prisma.municipality.create({ data: TOWN });
      await open.prisma.fiscalYear.createMany({ data: [{ year: 2015 }], skipDuplicates: true });
      result = await importAll(open.prisma, [fileFrom(path.join(FIXTURES, "older-form-h27.txt"))], {
        defaults: { municipality: { code: TOWN.code } },
        actor: await userOf(open.prisma, ["ADMIN"]),
        archive: true,
      });
    });
    afterAll(() => open?.close());

    const report = () =>
      open.prisma.report.findFirstOrThrow({
        where: { fiscalYear: 2015 },
        include: {
          project: {
            include: {
              municipality: true,
              grantType: true,
              kpis: { orderBy: { position: "asc" } },
            },
          },
          programs: true,
          kpiValues: { orderBy: { position: "asc" } },
          evaluation: { include: { category: true } },
          futurePolicy: { include: { category: true } },
          effectCategory: true,
        },
      });

    test("is applied with one warning: KPI 5's latest value has no month", () => {
      expect(result.errorCount).toBe(0);
      expect(result.applied).toBe(true);
      expect(result.counts.create).toBe(1);
      expect(result.problems.map((p) => [p.code, p.where, p.line])).toEqual([
        ["KPI_VALUE_WITHOUT_MONTH", "KPI 5 最新値/latest", 16],
      ]);
    });

    test("the report: FY2015 (H27) from the title, 円 from the unit note, 加速化交付金 (5 KPI slots), no plan period, in the registered town", async () => {
      const r = await report();
      expect(r).toMatchObject({
        fiscalYear: 2015,
        moneyUnit: "YEN",
        status: "PUBLISHED",
        projectName: "試験町観光ブランド確立事業",
        planFirstYear: null,
        planLastYear: null,
        statedYearOfPlan: null,
        actualsAsOfYear: 2016,
        actualsAsOfMonth: 3,
        kpiNameNote: null,
        source: "older-form-h27.txt",
      });
      expect(r.overview).toBe(
        "町の温泉と農産物を組み合わせた観光ブランドを確立し、滞在型観光による交流人口の拡大を図る。",
      );
      expect(r.project.grantType).toMatchObject({ name: "地方創生加速化交付金", kpiLimit: 5 });
      expect(r.project.municipality).toMatchObject(TOWN);
    });

    test("money: no programs, the project-level actual 12,345,678 円 exactly, no stated 合計", async () => {
      const r = await report();
      expect(r.programs).toEqual([]);
      expect(r.projectActual).toBe(12345678n);
      expect([
        r.statedBudgetTotal,
        r.statedExpectedGrantTotal,
        r.statedActualTotal,
        r.statedActualGrantTotal,
      ]).toEqual([null, null, null, null]);
    });

    test("five KPIs without baseline: targets, units, months, latest values, '-' and 【参考値】", async () => {
      const r = await report();
      const rows = r.kpiValues.map((v) => [
        v.position,
        v.name,
        v.baseline,
        v.target.toFixed(),
        v.unit,
        `${v.targetYear}-${v.targetMonth}`,
        v.value?.toFixed() ?? null,
        v.notMeasured,
        v.asOfYear === null ? null : `${v.asOfYear}-${v.asOfMonth}`,
        v.isReference,
      ]);
      expect(rows).toEqual([
        [1, "観光入込客数", null, "120000", "人", "2016-3", "98765", false, "2016-3", false],
        [2, "観光消費額", null, "1.5", "億円", "2016-3", "1.25", false, "2016-3", true],
        [3, "新規雇用者数", null, "5", "人", "2016-3", null, true, null, false],
        [4, "ふるさと納税件数", null, "3000", "件", "2016-3", "3210", false, "2016-3", false],
        [5, "体験プログラム参加者数", null, "800", "人", "2016-3", "812", false, null, false],
      ]);
      expect(r.project.kpis.map((k) => k.name)).toEqual(r.kpiValues.map((v) => v.name));
      expect(r.kpiValues.every((v, i) => v.kpiId === r.project.kpis[i]!.id)).toBe(true);
    });

    test("⑥ ⑦ ⑧: categories matched to the lists, texts as written", async () => {
      const r = await report();
      expect(r.effectCategory?.label).toBe("地方創生に相当程度効果があった");
      expect(r.effectText).toBe("(ブランド認知が進み、入込客数は目標の8割を超えた。)");
      expect(r.evaluation?.category?.label).toBe("総合戦略のKPI達成に相当程度有効であった");
      expect(r.evaluation?.opinion).toBe(
        "温泉と農産物の組合せは町の強みを生かしており、今後は通年での誘客に取り組むべき。",
      );
      expect(r.futurePolicy?.category?.label).toBe("事業の終了");
      expect(r.futurePolicy?.categoryText).toBe("事業の終了 (計画期間の終了に伴い事業を終了する)");
      expect(r.futurePolicy?.reason).toBe("交付対象期間の終了に伴い、町の単独事業として継続する。");
    });
  },
);
