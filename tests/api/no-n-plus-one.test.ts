/**
 * A whole fiscal year with every part of every report costs the same number of SQL
 * statements for 5 reports as for 500: relations go through DataLoaders, never a query
 * per report.
 */
import { openApi, type Api } from "../helpers/api";
import { backends, type Backend } from "../helpers/databases";
import { openGenerated } from "./generated-api";

const WHOLE_YEAR = `query ($year: [ID!]) {
  allReports(filter: { fiscalYear: $year }, perPage: 1000) {
    id
    project { name }
    programs { name budget }
    kpis { name value { value asOfLabel } progress achieved }
    evaluation { opinion }
    futurePolicy { reason }
    totals { budget { yen display } }
    discrepancies { field }
  }
}`;

const generated = (backend: Backend, reports: number) =>
  openGenerated(backend, { fiscalYear: 2021, reports, programsPerReport: 10, kpisPerReport: 4 });

/** Statements sent for the whole-year query, and the reports it returned. */
async function measure(api: Api, year: number) {
  api.counter.count = 0;
  const result = await api.query(WHOLE_YEAR, { year });
  expect(result.errors).toBeUndefined();
  return { statements: api.counter.count, reports: result.data.allReports };
}

describe.each(backends().map((b) => [b.name, b] as const))("no N+1 (%s)", (name, backend) => {
  it("sends as many statements for 500 reports as for 5", async () => {
    const seeded = await openApi(backend, "seeded");
    const small = await generated(backend, 5);
    const large = await generated(backend, 500);
    try {
      const a = await measure(seeded, 2020);
      const b = await measure(small, 2021);
      const c = await measure(large, 2021);
      console.log(
        `${name}: whole-FY query → ${a.statements} SQL statements for the 5 seeded reports, ` +
          `${b.statements} for 5 and ${c.statements} for 500 generated reports`,
      );
      expect(a.reports).toHaveLength(5);
      expect(b.reports).toHaveLength(5);
      expect(c.reports).toHaveLength(500);
      // Every part is really there, so the constant count is not an empty answer.
      expect(c.reports[499].programs).toHaveLength(10);
      expect(c.reports[499].kpis).toHaveLength(4);
      expect(c.reports[499].evaluation.opinion).toBeTruthy();
      expect(a.reports[0].discrepancies.map((d: { field: string }) => d.field)).toEqual([
        "expectedGrant",
        "actualGrant",
      ]);
      // The generator understates the expected-grant total of every 20th report.
      const flagged = c.reports.filter((r: { discrepancies: unknown[] }) => r.discrepancies.length);
      expect(flagged).toHaveLength(25);
      expect(b.statements).toBe(a.statements);
      expect(c.statements).toBe(a.statements);
      // The session (one join), then reports, projects, programs, KPIs, KPI values,
      // evaluations, future policies.
      expect(a.statements).toBeLessThanOrEqual(9);
    } finally {
      await Promise.all([seeded.close(), small.close(), large.close()]);
    }
  });
});
