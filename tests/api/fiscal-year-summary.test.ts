/**
 * fiscalYearSummary: the two figures the national government publishes per fiscal year
 * (share of KPIs achieved, share of reports with an achieved KPI), with their counts.
 */
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { openGenerated } from "./generated-api";

const SUMMARY = `query ($year: Int!) { fiscalYearSummary(year: $year) {
  year label reportCount kpiCount achievedKpiCount reportsWithAchievedKpi
  achievedKpiShare reportsWithAchievedKpiShare
} }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "fiscalYearSummary (%s)",
  (_n, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("gives the seeded FY2020 figures: 2 of 16 KPIs, 2 of 5 reports", async () => {
      const { data, errors } = await api.query(SUMMARY, { year: 2020 });
      expect(errors).toBeUndefined();
      expect(data.fiscalYearSummary).toEqual({
        year: 2020,
        label: "R2年度",
        reportCount: 5,
        kpiCount: 16,
        achievedKpiCount: 2,
        reportsWithAchievedKpi: 2,
        achievedKpiShare: 2 / 16,
        reportsWithAchievedKpiShare: 2 / 5,
      });
    });

    it("agrees with the achieved flags of the reports' KPIs", async () => {
      const { data } = await api.query(
        `{ allReports(filter: { fiscalYear: 2020 }) { id kpis { achieved } } }`,
      );
      const achieved = data.allReports.map((r: { id: string; kpis: { achieved: boolean }[] }) => [
        r.id,
        r.kpis.filter((k) => k.achieved).length,
      ]);
      // Report 2's KPI ② (170 ≥ 167) and report 5's KPI ③ (825 ≥ 500).
      expect(achieved).toEqual([
        ["1", 0],
        ["2", 1],
        ["3", 0],
        ["4", 0],
        ["5", 1],
      ]);
    });

    it("has no shares for a year without reports", async () => {
      const { data, errors } = await api.query(SUMMARY, { year: 2019 });
      expect(errors).toBeUndefined();
      expect(data.fiscalYearSummary).toEqual({
        year: 2019,
        label: "R元年度",
        reportCount: 0,
        kpiCount: 0,
        achievedKpiCount: 0,
        reportsWithAchievedKpi: 0,
        achievedKpiShare: null,
        reportsWithAchievedKpiShare: null,
      });
    });

    it("counts a project once while its correction is written and after it is published", async () => {
      const published = await openApi(backend, "seeded", {
        reportStatus: "PUBLISHED",
        // The tester submits and approves the correction alone.
        prepare: async (prisma) => {
          await prisma.municipality.updateMany({ data: { allowSelfApproval: true } });
        },
      });
      const FIGURES = `query ($year: Int!, $m: ID) { fiscalYearSummary(year: $year, municipalityId: $m) {
        reportCount kpiCount achievedKpiCount reportsWithAchievedKpi statusCounts { status count } reportIds
      } }`;
      const figures = async () => {
        const { data, errors } = await published.query(FIGURES, { year: 2020, m: "1" });
        expect(errors).toBeUndefined();
        const { statusCounts, ...rest } = data.fiscalYearSummary;
        const counts = statusCounts.filter((c: { count: number }) => c.count > 0);
        return { ...rest, statusCounts: counts };
      };
      try {
        const before = await figures();
        expect(before).toEqual({
          reportCount: 5,
          kpiCount: 16,
          achievedKpiCount: 2,
          reportsWithAchievedKpi: 2,
          statusCounts: [{ status: "PUBLISHED", count: 5 }],
          reportIds: ["1", "2", "3", "4", "5"],
        });
        const step = async (mutation: string, id: string, version?: number) => {
          const args = version === undefined ? `id: ${id}` : `id: ${id}, version: ${version}`;
          const { data, errors } = await published.query(
            `mutation { ${mutation}(${args}) { id version } }`,
          );
          expect(errors).toBeUndefined();
          return data[mutation] as { id: string; version: number };
        };
        // Report 2 (one achieved KPI) gets a correction: revision 2, a DRAFT.
        let revision = await step("reviseReport", "2");
        const writing = await figures();
        expect(writing).toEqual({
          ...before,
          statusCounts: [
            { status: "DRAFT", count: 1 },
            { status: "PUBLISHED", count: 4 },
          ],
          reportIds: before.reportIds.map((id: string) => (id === "2" ? revision.id : id)),
        });
        for (const mutation of ["submitReport", "approveReport", "publishReport"])
          revision = await step(mutation, revision.id, revision.version);
        // Report 2 is SUPERSEDED now and counts no more.
        expect(await figures()).toEqual({ ...writing, statusCounts: before.statusCounts });
        const publicly = await published.anonymous.query(FIGURES, { year: 2020, m: "1" });
        expect(publicly.data.fiscalYearSummary.reportCount).toBe(5);
        expect(publicly.data.fiscalYearSummary.kpiCount).toBe(16);
      } finally {
        await published.close();
      }
    });

    it("answers NOT_FOUND for a fiscal year that is not registered", async () => {
      const result = await api.query(SUMMARY, { year: 1990 });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "NOT_FOUND",
        entity: "FiscalYear",
      });
    });

    it("counts generated reports: one achieved KPI of four in each, values missing count as not achieved", async () => {
      const generated = await openGenerated(backend, {
        fiscalYear: 2022,
        reports: 12,
        programsPerReport: 2,
        kpisPerReport: 4,
      });
      try {
        const { data, errors } = await generated.query(SUMMARY, { year: 2022 });
        expect(errors).toBeUndefined();
        // Per report the generator writes one value above target, one half-way, two absent.
        expect(data.fiscalYearSummary).toEqual({
          year: 2022,
          label: "R4年度",
          reportCount: 12,
          kpiCount: 48,
          achievedKpiCount: 12,
          reportsWithAchievedKpi: 12,
          achievedKpiShare: 0.25,
          reportsWithAchievedKpiShare: 1,
        });
      } finally {
        await generated.close();
      }
    });
  },
);
