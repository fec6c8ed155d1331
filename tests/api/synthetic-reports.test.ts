/**
 * The synthetic generator that load tests and the benchmark use: fast, deterministic,
 * repeatable, and its reports read back through the API with the figures it promises.
 */
import { createPrismaClient } from "../../server/src/db/database";
import { generateFiscalYear } from "../../tools/synthetic/generate-reports";
import { programAmounts, syntheticProjectName } from "../../tools/synthetic/synthetic-rows";
import { formatAmount } from "../../server/src/rules";
import { backends } from "../helpers/databases";
import { openGenerated } from "./generated-api";

const REPORT = `query ($q: String!) { allReports(filter: { q: $q }) {
  statedYearOfPlan yearOfPlanLabel planPeriodLabel moneyUnit
  programs { budget expectedGrant actual actualGrant }
  totals { budget { yen display } expectedGrant { yen } actual { yen } actualGrant { yen } }
  discrepancies { field stated { yen } computed { yen } difference }
  kpis { position baseline target value { value notMeasured asOfLabel } progress achieved }
} }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "synthetic reports (%s)",
  (_n, backend) => {
    // How fast it loads is the benchmark's to tell (`pnpm bench` prints the generation time).
    it("loads 1,800 reports with 18,000 programs, and adds nothing when run again", async () => {
      const db = await backend.open("empty");
      const prisma = createPrismaClient(db);
      try {
        const options = {
          fiscalYear: 2020,
          reports: 1800,
          programsPerReport: 10,
          kpisPerReport: 4,
        };
        const first = await generateFiscalYear(prisma, options);
        const counts = async () => ({
          municipalities: await prisma.municipality.count(),
          projects: await prisma.project.count(),
          reports: await prisma.report.count({ where: { fiscalYear: 2020 } }),
          programs: await prisma.budgetProgram.count(),
          kpis: await prisma.kpi.count(),
          kpiValues: await prisma.kpiValue.count(),
          evaluations: await prisma.evaluation.count(),
          futurePolicies: await prisma.futurePolicy.count(),
          grantTypes: await prisma.grantType.count(),
          categories: await prisma.category.count(),
        });
        const expected = {
          municipalities: 18,
          projects: 1800,
          reports: 1800,
          programs: 18_000,
          kpis: 7200,
          kpiValues: 7200,
          evaluations: 1800,
          futurePolicies: 1800,
          grantTypes: 4,
          categories: 13,
        };
        expect(await counts()).toEqual(expected);
        expect(new Set(first.reportIds).size).toBe(1800);
        expect(await prisma.municipality.count({ where: { code: "012041" } })).toBe(0);

        const again = await generateFiscalYear(prisma, options);
        expect(again.reportIds).toEqual(first.reportIds);
        expect(await counts()).toEqual(expected);
      } finally {
        await prisma.$disconnect();
        await db.close();
      }
    });

    it("reads back the figures the generator promises", async () => {
      const fy = 2021;
      const api = await openGenerated(backend, {
        fiscalYear: fy,
        reports: 40,
        programsPerReport: 3,
        kpisPerReport: 4,
      });
      try {
        const report = async (r: number) => {
          const result = await api.query(REPORT, { q: syntheticProjectName(fy, r) });
          expect(result.errors).toBeUndefined();
          expect(result.data.allReports).toHaveLength(1);
          return result.data.allReports[0];
        };
        const r0 = await report(0);
        expect(r0).toMatchObject({
          statedYearOfPlan: 3,
          yearOfPlanLabel: "3年度目",
          planPeriodLabel: "R元年度～R3年度",
          moneyUnit: "THOUSAND_YEN",
        });
        const expectedGrant = [0, 1, 2].reduce(
          (s, p) => s + Number(programAmounts(0, p).expectedGrant),
          0,
        );
        const budget = [0, 1, 2].reduce((s, p) => s + Number(programAmounts(0, p).budget), 0);
        expect(r0.totals.budget).toEqual({
          yen: budget,
          display: formatAmount(budget, "THOUSAND_YEN"),
        });
        expect(r0.totals.budget.display).not.toContain(".");
        expect(r0.discrepancies).toEqual([
          {
            field: "expectedGrant",
            stated: { yen: expectedGrant - 1_000_000 },
            computed: { yen: expectedGrant },
            difference: -1_000_000,
          },
        ]);
        // (r + k) % 4: k=4 above target, k=1 half-way, k=2 and k=3 without a value.
        expect(r0.kpis).toEqual([
          {
            position: 1,
            baseline: "100",
            target: "200",
            value: { value: "150", notMeasured: false, asOfLabel: "R4.3" },
            progress: 0.5,
            achieved: false,
          },
          {
            position: 2,
            baseline: "200",
            target: "400",
            value: { value: null, notMeasured: false, asOfLabel: null },
            progress: null,
            achieved: null,
          },
          {
            position: 3,
            baseline: "300",
            target: "600",
            value: { value: null, notMeasured: false, asOfLabel: null },
            progress: null,
            achieved: null,
          },
          {
            position: 4,
            baseline: "400",
            target: "800",
            value: { value: "804", notMeasured: false, asOfLabel: "R4.3" },
            progress: (804 - 400) / (800 - 400),
            achieved: true,
          },
        ]);

        const r1 = await report(1);
        expect(r1).toMatchObject({ yearOfPlanLabel: "初年度", planPeriodLabel: "R3年度～R5年度" });
        expect(r1.discrepancies).toEqual([]);
        const r2 = await report(2);
        expect(r2).toMatchObject({
          statedYearOfPlan: null,
          yearOfPlanLabel: null,
          planPeriodLabel: null,
        });
        expect(
          (await report(3)).kpis.map(
            (k: { value: { notMeasured: boolean } }) => k.value.notMeasured,
          ),
        ).toEqual([false, false, false, true]);

        const all = await api.query(
          `{ allReports(perPage: 1000) { programs { budget expectedGrant actual actualGrant } } }`,
        );
        const programs = all.data.allReports.flatMap((r: { programs: unknown[] }) => r.programs);
        expect(programs).toHaveLength(120);
        for (const p of programs) {
          expect(p.expectedGrant).toBeLessThanOrEqual(p.budget);
          expect(p.actualGrant).toBeLessThanOrEqual(p.actual);
          expect(p.budget % 1000).toBe(0);
        }
      } finally {
        await api.close();
      }
    });
  },
);
