/**
 * The figures of the Asahikawa FY R2 document that people check first, stated as plain
 * numbers (yen, year + month), plus the master data the seed brings with it.
 */
import { sumPrograms } from "../../server/src/rules";
import { backends } from "../helpers/databases";
import { openDb, type OpenDb } from "./seed-db";
import { readReports, type StoredReport } from "./seeded-reports";

const toNumbers = (program: StoredReport["programs"][number]) => ({
  budget: Number(program.budget),
  expectedGrant: Number(program.expectedGrant),
  actual: program.actual === null ? null : Number(program.actual),
  actualGrant: program.actualGrant === null ? null : Number(program.actualGrant),
});

describe.each(backends().map((b) => [b.name, b] as const))(
  "seeded Asahikawa FY R2 figures (%s)",
  (_name, backend) => {
    let open: OpenDb;
    let reports: StoredReport[];

    beforeAll(async () => {
      open = await openDb(backend, "seeded");
      reports = await readReports(open.prisma);
    });
    afterAll(() => open?.close());

    const report = (number: number) => {
      const found = reports.find((r) => r.project.number === number);
      if (!found) throw new Error(`report No.${number} is not in the database`);
      return found;
    };

    test("fiscal years 2018–2022 exist (FY R2 and every plan period's years), all open", async () => {
      const years = await open.prisma.fiscalYear.findMany({ orderBy: { year: "asc" } });
      expect(years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
      expect(years.every((y) => y.isOpen)).toBe(true);
    });

    test("one municipality: 旭川市, code 012041, 北海道, owning all five projects", async () => {
      const municipalities = await open.prisma.municipality.findMany();
      expect(municipalities).toHaveLength(1);
      expect(municipalities[0]).toMatchObject({
        code: "012041",
        name: "旭川市",
        prefecture: "北海道",
      });
      expect(reports.map((r) => r.project.municipalityId)).toEqual(
        Array(5).fill(municipalities[0]!.id),
      );
    });

    test("all five reports: FY2020, PUBLISHED, stated in 千円, actuals as of 2021-03, under 地方創生推進交付金", () => {
      expect(reports).toHaveLength(5);
      for (const r of reports) {
        expect(r).toMatchObject({
          fiscalYear: 2020,
          status: "PUBLISHED",
          moneyUnit: "THOUSAND_YEN",
          actualsAsOfYear: 2021,
          actualsAsOfMonth: 3,
        });
        expect(r.project.grantType).toMatchObject({ name: "地方創生推進交付金", kpiLimit: 4 });
      }
    });

    test("plan periods: report 1 2018–2020 (3rd year), report 2 2019–2021 (2nd), reports 3–5 2020–2022 (1st)", () => {
      expect(
        reports.map((r) => [r.project.planFirstYear, r.project.planLastYear, r.statedYearOfPlan]),
      ).toEqual([
        [2018, 2020, 3],
        [2019, 2021, 2],
        [2020, 2022, 1],
        [2020, 2022, 1],
        [2020, 2022, 1],
      ]);
    });

    test("only report 5 is a joint application with Hokkaido", () => {
      expect(reports.map((r) => r.project.jointApplicationNote)).toEqual([
        null,
        null,
        null,
        null,
        "北海道共同申請",
      ]);
    });

    test("report 3: 7 programs; budget total 43,995 千円 = 43,995,000 yen, actual total 36,479 千円", () => {
      const r3 = report(3);
      expect(r3.programs).toHaveLength(7);
      expect(r3.statedBudgetTotal).toBe(43_995_000n);
      expect(r3.statedExpectedGrantTotal).toBe(21_997_000n);
      expect(r3.statedActualTotal).toBe(36_479_000n);
      expect(r3.statedActualGrantTotal).toBe(18_239_000n);
      // Here the programs add up to what the 合計 row says.
      expect(sumPrograms(r3.programs.map(toNumbers))).toEqual({
        budget: 43_995_000,
        expectedGrant: 21_997_000,
        actual: 36_479_000,
        actualGrant: 18_239_000,
      });
      // Markers: only デザイン推進 事業費 is new this year.
      expect(r3.programs.filter((p) => p.isNew).map((p) => p.name)).toEqual([
        "デザイン推進 事業費",
      ]);
    });

    test("report 1: stated expected-grant total 18,132,000 yen although the programs add to 20,432,000 (kept)", () => {
      const r1 = report(1);
      expect(r1.statedExpectedGrantTotal).toBe(18_132_000n);
      expect(r1.statedActualGrantTotal).toBe(18_132_000n);
      expect(r1.programs.map((p) => p.expectedGrant)).toEqual([18_132_000n, 2_300_000n]);
      const computed = sumPrograms(r1.programs.map(toNumbers));
      expect(computed.expectedGrant).toBe(20_432_000);
      expect(computed.actualGrant).toBe(20_432_000);
      // Budget and actual agree with the 合計 row.
      expect(r1.statedBudgetTotal).toBe(40_864_000n);
      expect(computed.budget).toBe(40_864_000);
      expect(r1.statedActualTotal).toBe(40_864_000n);
      expect(computed.actual).toBe(40_864_000);
    });

    test("report 1: both programs carry the identical main results text (copied in the source)", () => {
      const [first, second] = report(1).programs;
      expect(first!.mainResults).toBeTruthy();
      expect(second!.mainResults).toBe(first!.mainResults);
      expect(second!.summary).not.toBe(first!.summary);
    });

    test("report 1 KPI ①: latest 682.3 (a decimal) as of 2021-03, a reference value", () => {
      const value = report(1).kpiValues[0]!;
      // The report states the KPI as the document does, and so does the project's definition.
      for (const kpi of [value, value.kpi!]) {
        expect(kpi).toMatchObject({ position: 1, name: "DMO圏域観光宿泊延数", unit: "千泊" });
        expect(kpi.baseline?.toFixed()).toBe("1685");
        expect(kpi.target.toFixed()).toBe("1910");
        expect([kpi.targetYear, kpi.targetMonth]).toEqual([2021, 3]);
      }
      expect(value.value?.toFixed()).toBe("682.3");
      expect([value.asOfYear, value.asOfMonth]).toEqual([2021, 3]);
      expect(value.isReference).toBe(true);
      // KPI ③ (36.3 千円/人) is not a reference value.
      expect(report(1).kpiValues[2]).toMatchObject({ isReference: false });
      expect(report(1).kpiValues[2]!.value?.toFixed()).toBe("36.3");
    });

    test("report 2 KPI ①: latest 30 with no as-of month; ② and ③ are as of 2021-03", () => {
      const [first, second, third] = report(2).kpiValues;
      expect(first!.value?.toFixed()).toBe("30");
      expect(first!.asOfYear).toBeNull();
      expect(first!.asOfMonth).toBeNull();
      expect(first!.isReference).toBe(false);
      for (const v of [second!, third!])
        expect([v.asOfYear, v.asOfMonth, v.isReference]).toEqual([2021, 3, true]);
    });

    test("report 5: no latest value has an as-of month; report 4 KPI ① latest is 0, not missing", () => {
      expect(report(5).kpiValues.map((v) => [v.value?.toFixed(), v.asOfYear, v.asOfMonth])).toEqual(
        [
          ["1", null, null],
          ["9", null, null],
          ["825", null, null],
        ],
      );
      const zero = report(4).kpiValues[0]!;
      expect(zero.value).not.toBeNull();
      expect(zero.value!.toFixed()).toBe("0");
      expect(zero.notMeasured).toBe(false);
    });

    test("report 2: the effect text is kept cut off, ending 「人口のダム機能を果」", () => {
      const text = report(2).effectText!;
      expect(text.endsWith("人口のダム機能を果")).toBe(true);
      expect(text.startsWith("(")).toBe(true);
      expect(text).not.toContain(")");
    });

    test("category ids: every report's effect, evaluation and policy point at the matching list entry", async () => {
      const categories = await open.prisma.category.findMany();
      const id = (kind: string, label: string) =>
        categories.find((c) => c.kind === kind && c.label === label)?.id;
      expect(reports.map((r) => r.effectCategoryId)).toEqual(
        Array(5).fill(id("EFFECT", "地方創生に効果があった")),
      );
      expect(reports.map((r) => r.evaluation?.categoryId)).toEqual(
        Array(5).fill(id("EVALUATION", "総合戦略のKPI達成に有効であった")),
      );
      const develop = id("POLICY", "事業の発展");
      const keep = id("POLICY", "事業の継続");
      expect(develop).toBeDefined();
      expect(keep).toBeDefined();
      expect(reports.map((r) => r.futurePolicy?.categoryId)).toEqual([
        develop,
        keep,
        keep,
        keep,
        keep,
      ]);
    });
  },
);
