/**
 * Field-by-field fidelity of the seeded database to the SOURCE document
 * (seeds/source/asahikawa-fy2020.txt): every stored value is formatted back the way
 * the form prints it and compared with the cell of the source row it came from.
 */
import path from "node:path";
import {
  categoryText,
  formatAmountWithGrant,
  formatMonth,
  formatPlanPeriod,
} from "../../server/src/rules";
import { backends } from "../helpers/databases";
import { openDb, type OpenDb } from "./seed-db";
import {
  kpiFigure,
  latestCell,
  monthText,
  programCell,
  readReports,
  type StoredReport,
} from "./seeded-reports";
import { SOURCE_PATH, readSourceReports, type SourceReport } from "./source-document";

const source = readSourceReports();
const bySource = source.map((report) => [report.number, report] as const);
const yen = (amount: bigint | null) => (amount === null ? null : Number(amount));
/** The PDF extraction sometimes puts a space before "(関係分)" ("保育士確保事業 (関係分)"). */
const sourceProgramCell = (cell: string) => cell.replace(/\s+\(関係分\)$/, "(関係分)");
const SLOTS = "①②③④⑤⑥⑦⑧⑨";

describe("the source document", () => {
  test("is found beside the clone and holds reports No.1–5", () => {
    expect(path.basename(SOURCE_PATH)).toBe("asahikawa-fy2020.txt");
    expect(source.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(source.map((r) => r.programs.length)).toEqual([2, 9, 7, 1, 2]);
    expect(source.map((r) => r.kpis.length)).toEqual([3, 3, 4, 3, 3]);
  });
});

describe.each(backends().map((b) => [b.name, b] as const))(
  "seeded database vs the source document (%s)",
  (_name, backend) => {
    let open: OpenDb;
    let reports: StoredReport[];

    beforeAll(async () => {
      open = await openDb(backend, "seeded");
      reports = await readReports(open.prisma);
    });
    afterAll(() => open?.close());

    function stored(number: number): StoredReport {
      const report = reports.find((r) => r.project.number === number);
      if (!report) throw new Error(`report No.${number} is not in the database`);
      return report;
    }

    test("holds exactly the source's reports, for FY R2, citing the source file", () => {
      expect(reports.map((r) => r.project.number)).toEqual(source.map((r) => r.number));
      for (const report of reports) {
        expect(report.fiscalYear).toBe(2020);
        expect(report.source).toBe(path.basename(SOURCE_PATH));
      }
    });

    test.each(bySource)(
      "report %i: ① name and note, ② plan period and year of plan, ③ overview",
      (number, src: SourceReport) => {
        const { project, statedYearOfPlan, fiscalYear } = stored(number);
        const note = project.jointApplicationNote;
        expect(`${project.name}${note ? `【${note}】` : ""}`).toBe(src.nameCell);
        expect(project.name).not.toMatch(/【|】/);
        expect(project.planFirstYear).not.toBeNull();
        expect(project.planLastYear).not.toBeNull();
        expect(statedYearOfPlan).not.toBeNull();
        const position = statedYearOfPlan === 1 ? "初年度" : `${statedYearOfPlan}年度目`;
        expect(
          `${formatPlanPeriod(project.planFirstYear!, project.planLastYear!)} (${position})`,
        ).toBe(src.planPeriodCell);
        // The stated year agrees with the period here; the form is for FY R2.
        expect(formatPlanPeriod(project.planFirstYear!, project.planLastYear!, fiscalYear)).toBe(
          src.planPeriodCell,
        );
        expect(project.overview).toBe(src.overview);
        expect(src.plainText).toContain(project.overview!);
      },
    );

    test.each(bySource)(
      "report %i: actuals month of ④ and the KPI name qualifier of ⑤",
      (number, src: SourceReport) => {
        const report = stored(number);
        expect(`実績額 (${monthText(report.actualsAsOfYear, report.actualsAsOfMonth)}実績)`).toBe(
          src.actualsHeaderCell,
        );
        expect(`指標名(${report.project.kpiNameNote})`).toBe(src.kpiNameHeaderCell);
      },
    );

    test.each(bySource)(
      "report %i: ④ programs — name with markers, summary, main results",
      (number, src: SourceReport) => {
        const { programs } = stored(number);
        expect(programs.map((p) => p.position)).toEqual(src.programs.map((_, i) => i + 1));
        expect(programs.map(programCell)).toEqual(
          src.programs.map((row) => sourceProgramCell(row.name)),
        );
        programs.forEach((program, i) => {
          const row = src.programs[i]!;
          expect(program.name).not.toMatch(/\(関係分\)|\(新\)/);
          expect(program.summary).toBe(row.summary);
          expect(program.mainResults).toBe(row.mainResults);
          expect(src.plainText).toContain(program.mainResults!);
        });
      },
    );

    test.each(bySource)(
      "report %i: ④ amounts in 千円 with grant shares, and the 合計 row",
      (number, src: SourceReport) => {
        const report = stored(number);
        expect(report.moneyUnit).toBe("THOUSAND_YEN");
        const unit = report.moneyUnit;
        report.programs.forEach((program, i) => {
          const row = src.programs[i]!;
          expect(
            formatAmountWithGrant(Number(program.budget), yen(program.expectedGrant), unit),
          ).toBe(row.budgetCell);
          expect(program.actual).not.toBeNull();
          expect(
            formatAmountWithGrant(Number(program.actual), yen(program.actualGrant), unit),
          ).toBe(row.actualCell);
          // Whole 千円: stored yen are exact multiples of 1,000.
          for (const amount of [
            program.budget,
            program.expectedGrant,
            program.actual,
            program.actualGrant,
          ]) {
            expect(amount! % 1000n).toBe(0n);
          }
        });
        expect(report.statedBudgetTotal).not.toBeNull();
        expect(report.statedActualTotal).not.toBeNull();
        expect(
          formatAmountWithGrant(
            Number(report.statedBudgetTotal),
            yen(report.statedExpectedGrantTotal),
            unit,
          ),
        ).toBe(src.totals.budgetCell);
        expect(
          formatAmountWithGrant(
            Number(report.statedActualTotal),
            yen(report.statedActualGrantTotal),
            unit,
          ),
        ).toBe(src.totals.actualCell);
        expect(report.projectActual).toBeNull();
      },
    );

    test.each(bySource)("report %i: ⑤ KPIs and ⑥ latest values", (number, src: SourceReport) => {
      const { project, kpiValues } = stored(number);
      expect(project.kpis).toHaveLength(src.kpis.length);
      expect(kpiValues).toHaveLength(src.kpis.length);
      project.kpis.forEach((kpi, i) => {
        const row = src.kpis[i]!;
        expect(kpi.position).toBe(SLOTS.indexOf(row.slot.slice(-1)) + 1);
        expect(kpi.name).toBe(row.name);
        expect(kpi.baseline).not.toBeNull();
        expect(kpiFigure(kpi.baseline!)).toBe(row.baseline);
        expect(kpiFigure(kpi.target)).toBe(row.target);
        expect(kpi.unit).toBe(row.unit);
        expect(kpi.targetYear).not.toBeNull();
        expect(formatMonth({ year: kpi.targetYear!, month: kpi.targetMonth! })).toBe(
          row.targetMonth,
        );
        const value = kpiValues[i]!;
        expect(value.kpiId).toBe(kpi.id);
        expect(value.notMeasured).toBe(false);
        expect(latestCell(value)).toBe(row.latest);
        expect(value.isReference).toBe(row.latest.includes("【参考値】"));
      });
    });

    test.each(bySource)(
      "report %i: ⑥ effect, ⑦ evaluation, ⑧ policy — text as written, category linked",
      (number, src: SourceReport) => {
        const report = stored(number);
        expect(`${report.effectCategoryText} ${report.effectText}`).toBe(src.effectCell);
        expect(src.plainText).toContain(report.effectText!);
        expect(report.evaluation?.categoryText).toBe(src.evaluation.category);
        expect(report.evaluation?.opinion).toBe(src.evaluation.opinion);
        expect(report.futurePolicy?.categoryText).toBe(src.policy.category);
        expect(report.futurePolicy?.reason).toBe(src.policy.reason);

        // Every written category is an entry of its list, so each id is set to that entry.
        expect(report.effectCategory).toMatchObject({ kind: "EFFECT" });
        expect(categoryText(report.effectCategory!)).toBe(report.effectCategoryText);
        expect(report.evaluation?.category).toMatchObject({ kind: "EVALUATION" });
        expect(categoryText(report.evaluation!.category!)).toBe(src.evaluation.category);
        expect(report.futurePolicy?.category).toMatchObject({ kind: "POLICY" });
        expect(categoryText(report.futurePolicy!.category!)).toBe(src.policy.category);
      },
    );
  },
);
