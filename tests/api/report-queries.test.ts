/**
 * Reading the seeded Asahikawa FY2020 reports over HTTP: totals in 千円 and exact yen,
 * the stated-total discrepancy of report 1, labels, KPI figures, paging, sorting,
 * filtering and the coded errors of the list convention.
 */
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

const TOTALS = `totals {
  budget { yen unit display } expectedGrant { yen display } actual { yen display } actualGrant { yen display }
}`;

/** [budget, expected grant, actual, actual grant] in 千円 per report id, as the form prints them. */
const EXPECTED_TOTALS: Record<string, [string, string, string, string]> = {
  "1": ["40,864", "20,432", "40,864", "20,432"],
  "2": ["21,061", "10,529", "16,247", "8,123"],
  "3": ["43,995", "21,997", "36,479", "18,239"],
  "4": ["46,000", "23,000", "39,697", "19,848"],
  "5": ["13,333", "6,666", "13,101", "6,550"],
};
const thousands = (display: string) => Number(display.replace(/,/g, "")) * 1000;

describe.each(backends().map((b) => [b.name, b] as const))(
  "report queries (%s)",
  (_name, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED" });
    });
    afterAll(() => api.close());

    const ids = async (args: string) => {
      const result = await api.query(`{ allReports${args} { id } }`);
      expect(result.errors).toBeUndefined();
      return (result.data.allReports as { id: string }[]).map((r) => r.id);
    };
    const count = async (filter: string) => {
      const result = await api.query(`{ _allReportsMeta(filter: ${filter}) { count } }`);
      expect(result.errors).toBeUndefined();
      return result.data._allReportsMeta.count as number;
    };

    it("computes every report's totals from its programs, in 千円 and exact yen", async () => {
      const { data, errors } = await api.query(
        `{ allReports { id moneyUnit executionRate ${TOTALS} } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.allReports).toHaveLength(5);
      for (const report of data.allReports) {
        const [budget, expectedGrant, actual, actualGrant] = EXPECTED_TOTALS[report.id]!;
        expect(report.moneyUnit).toBe("THOUSAND_YEN");
        expect(report.totals).toEqual({
          budget: { yen: thousands(budget), unit: "THOUSAND_YEN", display: budget },
          expectedGrant: { yen: thousands(expectedGrant), display: expectedGrant },
          actual: { yen: thousands(actual), display: actual },
          actualGrant: { yen: thousands(actualGrant), display: actualGrant },
        });
        expect(report.executionRate).toBe(thousands(actual) / thousands(budget));
      }
      const report3 = data.allReports.find((r: { id: string }) => r.id === "3");
      expect(report3.totals.budget.yen).toBe(43_995_000);
      expect(report3.totals.actual.yen).toBe(36_479_000);
      expect(report3.executionRate).toBeCloseTo(0.8292, 4);
    });

    it("flags report 1's stated grant totals and no others", async () => {
      const { data, errors } = await api.query(
        `{ allReports { id discrepancies { field stated { yen display } computed { yen display } difference } } }`,
      );
      expect(errors).toBeUndefined();
      const byId = Object.fromEntries(
        data.allReports.map((r: { id: string; discrepancies: unknown[] }) => [
          r.id,
          r.discrepancies,
        ]),
      );
      const defect = (field: string) => ({
        field,
        stated: { yen: 18_132_000, display: "18,132" },
        computed: { yen: 20_432_000, display: "20,432" },
        difference: -2_300_000,
      });
      expect(byId["1"]).toEqual([defect("expectedGrant"), defect("actualGrant")]);
      for (const id of ["2", "3", "4", "5"]) expect(byId[id]).toEqual([]);
    });

    it("labels the fiscal year, the plan period and the year of the plan", async () => {
      const { data, errors } = await api.query(`{ allReports {
      id fiscalYearLabel statedYearOfPlan yearOfPlanLabel planPeriodLabel actualsAsOf actualsAsOfLabel actualsAsOfLabelLong
    } }`);
      expect(errors).toBeUndefined();
      const row = (id: string) => data.allReports.find((r: { id: string }) => r.id === id);
      expect(row("1")).toMatchObject({
        fiscalYearLabel: "R2年度",
        statedYearOfPlan: 3,
        yearOfPlanLabel: "3年度目",
        planPeriodLabel: "H30年度～R2年度",
        actualsAsOf: "2021-03",
        actualsAsOfLabel: "R3.3",
        actualsAsOfLabelLong: "令和3年3月",
      });
      expect(row("2")).toMatchObject({
        yearOfPlanLabel: "2年度目",
        planPeriodLabel: "R元年度～R3年度",
      });
      for (const id of ["3", "4", "5"]) {
        expect(row(id)).toMatchObject({
          yearOfPlanLabel: "初年度",
          planPeriodLabel: "R2年度～R4年度",
        });
      }
    });

    it("lists every KPI with its latest value, progress and achievement", async () => {
      const { data, errors } = await api.query(`{ Report(id: 1) { kpis {
      kpiId position name baseline target unit targetMonthLabel direction
      value { value notMeasured isReference asOf asOfLabel }
      progress achieved
    } } }`);
      expect(errors).toBeUndefined();
      const kpis = data.Report.kpis;
      expect(kpis.map((k: { position: number }) => k.position)).toEqual([1, 2, 3]);
      expect(kpis[0]).toEqual({
        kpiId: expect.stringMatching(/^\d+$/),
        position: 1,
        name: "DMO圏域観光宿泊延数",
        baseline: "1685",
        target: "1910",
        unit: "千泊",
        targetMonthLabel: "R3.3",
        direction: "INCREASE",
        value: {
          value: "682.3",
          notMeasured: false,
          isReference: true,
          asOf: "2021-03",
          asOfLabel: "R3.3",
        },
        progress: (682.3 - 1685) / (1910 - 1685),
        achieved: false,
      });
      expect(kpis[2].value).toMatchObject({ value: "36.3", isReference: false });
      expect(kpis[2].progress).toBeCloseTo(-0.95, 10);

      const other =
        await api.query(`{ r2: Report(id: "2") { kpis { value { value asOfLabel } progress achieved } }
      r5: Report(id: "5") { kpis { value { value } progress achieved } } }`);
      expect(other.errors).toBeUndefined();
      // Report 2's KPI ① "30" has no as-of month in the source.
      expect(other.data.r2.kpis[0]).toEqual({
        value: { value: "30", asOfLabel: null },
        progress: (30 - 34) / (152 - 34),
        achieved: false,
      });
      expect(other.data.r2.kpis[1]).toMatchObject({
        achieved: true,
        progress: (170 - 122) / (167 - 122),
      });
      expect(other.data.r5.kpis[2]).toEqual({
        value: { value: "825" },
        progress: 1.65,
        achieved: true,
      });
    });

    it("reads one report with its parts", async () => {
      const { data, errors } = await api.query(`{ Report(id: "3") {
      id fiscalYear status project { number name } programs { position name budget expectedGrant actual actualGrant }
      effectCategory { kind label } evaluation { categoryText } futurePolicy { categoryText }
    } }`);
      expect(errors).toBeUndefined();
      const report = data.Report;
      expect(report).toMatchObject({ id: "3", fiscalYear: 2020, status: "PUBLISHED" });
      expect(report.project).toEqual({
        number: 3,
        name: "ものづくり企業のデザイン力向上による持続可能な都市創出プロジェクト",
      });
      expect(report.programs).toHaveLength(7);
      expect(report.programs.map((p: { position: number }) => p.position)).toEqual([
        1, 2, 3, 4, 5, 6, 7,
      ]);
      const sum = (key: string) =>
        report.programs.reduce((s: number, p: Record<string, number>) => s + p[key]!, 0);
      expect([sum("budget"), sum("expectedGrant"), sum("actual"), sum("actualGrant")]).toEqual([
        43_995_000, 21_997_000, 36_479_000, 18_239_000,
      ]);
      expect(report.effectCategory).toEqual({ kind: "EFFECT", label: "地方創生に効果があった" });
      expect(report.evaluation.categoryText).toBe("総合戦略のKPI達成に有効であった");
      expect(report.futurePolicy.categoryText).toMatch(/^事業の継続/);
    });

    it("pages and sorts", async () => {
      expect(await ids(`(perPage: 2, sortField: "id", sortOrder: "DESC")`)).toEqual(["5", "4"]);
      expect(await ids(`(page: 1, perPage: 2, sortField: "id", sortOrder: "DESC")`)).toEqual([
        "3",
        "2",
      ]);
      expect(await ids(`(page: 2, perPage: 2, sortField: "id", sortOrder: "desc")`)).toEqual(["1"]);
      expect(await ids(`(page: 3, perPage: 2)`)).toEqual([]);
      // Ties on the sort field fall back to id order.
      expect(await ids(`(sortField: "fiscalYear", sortOrder: "DESC")`)).toEqual([
        "1",
        "2",
        "3",
        "4",
        "5",
      ]);
      expect(await ids(`(sortField: "status")`)).toEqual(["1", "2", "3", "4", "5"]);
      const byProject = await api.query(
        `{ allReports(sortField: "projectId", sortOrder: "DESC") { projectId } }`,
      );
      const projectIds = byProject.data.allReports.map((r: { projectId: number }) => r.projectId);
      expect(projectIds).toEqual([...projectIds].sort((a, b) => b - a));
      expect(await ids(`(sortField: "updatedAt", perPage: 5)`)).toHaveLength(5);
    });

    it("filters, and counts what the filter matches", async () => {
      const one = await api.query(`{ Report(id: 4) { projectId project { municipalityId } } }`);
      const { projectId, project } = one.data.Report;
      const filters: [string, string[]][] = [
        [`{ fiscalYear: 2020 }`, ["1", "2", "3", "4", "5"]],
        [`{ fiscalYear: 2019 }`, []],
        [`{ status: PUBLISHED }`, ["1", "2", "3", "4", "5"]],
        [`{ status: DRAFT }`, []],
        [`{ projectId: ${projectId} }`, ["4"]],
        [`{ municipalityId: ${project.municipalityId} }`, ["1", "2", "3", "4", "5"]],
        [`{ municipalityId: 999999 }`, []],
        [`{ q: "プロジェクト" }`, ["2", "3", "4", "5"]],
        [`{ q: "ict" }`, ["4"]],
        // LIKE wildcards are matched literally.
        [`{ q: "%" }`, []],
        [`{ q: "_" }`, []],
        [`{ q: "\\\\" }`, []],
        [`{ q: "プロジェクト", fiscalYear: 2020, status: PUBLISHED }`, ["2", "3", "4", "5"]],
        [`{ ids: ["1", "4"] }`, ["1", "4"]],
      ];
      for (const [filter, expected] of filters) {
        expect([filter, await ids(`(filter: ${filter})`)]).toEqual([filter, expected]);
        expect([filter, await count(filter)]).toEqual([filter, expected.length]);
      }
      const all = await api.query(`{ _allReportsMeta { count } }`);
      expect(all.data._allReportsMeta.count).toBe(5);
    });

    it("answers coded errors", async () => {
      const missing = await api.query(`{ Report(id: 999999) { id } }`);
      expect(missing.data).toBeNull();
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: 999999 });
      expect(missing.errors?.[0]?.message).toMatch(/見つかりません/);

      const cases: [string, (string | number)[]][] = [
        [`{ Report(id: "abc") { id } }`, ["id"]],
        [`{ allReports(sortField: "name") { id } }`, ["sortField"]],
        [`{ allReports(sortOrder: "UP") { id } }`, ["sortOrder"]],
        [`{ allReports(perPage: 5000) { id } }`, ["perPage"]],
        [`{ allReports(perPage: 0) { id } }`, ["perPage"]],
        [`{ allReports(page: -1) { id } }`, ["page"]],
        [`{ allReports(filter: { ids: ["x"] }) { id } }`, ["filter", "ids", 0]],
      ];
      for (const [source, field] of cases) {
        const result = await api.query(source);
        expect([source, result.errors?.[0]?.extensions.code]).toEqual([source, "BAD_USER_INPUT"]);
        expect([source, result.errors?.[0]?.extensions.field]).toEqual([source, field]);
        expect(typeof result.errors?.[0]?.extensions.messageEn).toBe("string");
      }
    });
  },
);
