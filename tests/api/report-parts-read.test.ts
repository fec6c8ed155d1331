/**
 * A report's parts are read by the list reader: its programs (④) like a list, only the
 * columns the query asks for (a whole-FY read does not carry every program's 事業概要 and
 * 主な成果), all reports' programs in one statement, and the totals beside them from that
 * statement; its KPI values, ⑦ and ⑧ in one statement per table for all reports.
 */
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

const statementsOn = (api: Api, table: string) =>
  (api.counter.texts ?? []).filter((text) => text.includes(`FROM "${table}"`));

async function read(api: Api, selection: string, table = "BudgetProgram") {
  api.counter.texts = [];
  const result = await api.query(
    `{ allReports(filter: { fiscalYear: [2020] }, perPage: 10, sortField: "id") { id ${selection} } }`,
  );
  expect(result.errors).toBeUndefined();
  const texts = statementsOn(api, table);
  api.counter.texts = undefined;
  return { reports: result.data.allReports, texts };
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "a report's programs (%s)",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("reads only the columns asked for, for every report at once", async () => {
      const { reports, texts } = await read(api, "programs { name budget }");
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/"name"/);
      expect(texts[0]).toMatch(/"budget"/);
      expect(texts[0]).not.toMatch(/"summary"|"mainResults"|"actualGrant"/);
      expect(reports).toHaveLength(5);
      expect(reports.every((r: { programs: unknown[] }) => r.programs.length > 0)).toBe(true);
    });

    it("keeps the form's order and every asked value, as among all fields", async () => {
      const lean = await read(api, "programs { position name summary budget actual }");
      const every = await read(
        api,
        "programs { id position name isPartial isNew summary mainResults budget expectedGrant actual actualGrant }",
      );
      for (const [i, report] of lean.reports.entries()) {
        const positions = report.programs.map((p: { position: number }) => p.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(report.programs).toEqual(
          every.reports[i].programs.map(
            ({ position, name, summary, budget, actual }: Record<string, unknown>) => ({
              position,
              name,
              summary,
              budget,
              actual,
            }),
          ),
        );
      }
    });

    it("gives the totals from the programs' statement when it has the amounts", async () => {
      const amounts = "budget expectedGrant actual actualGrant";
      const totals = "totals { budget { yen } actual { yen } } executionRate";
      const beside = await read(api, `programs { name ${amounts} } ${totals}`);
      expect(beside.texts).toHaveLength(1);
      const alone = await read(api, totals);
      expect(alone.texts).toHaveLength(1);
      expect(alone.texts[0]).not.toMatch(/"name"/);
      const figures = (r: Record<string, unknown>) => ({ t: r.totals, e: r.executionRate });
      expect(beside.reports.map(figures)).toEqual(alone.reports.map(figures));
      // The total is its programs' budget, to the yen.
      const sum = beside.reports[0].programs.reduce(
        (n: bigint, p: { budget: string | number }) => n + BigInt(p.budget),
        0n,
      );
      expect(BigInt(beside.reports[0].totals.budget.yen)).toBe(sum);
    });

    it("reads the KPI values, ⑦ and ⑧ of every report in one statement each", async () => {
      const parts = `kpis { position baseline target value { value notMeasured } progress }
        evaluation { categoryText opinion } futurePolicy { categoryText reason }`;
      for (const table of ["KpiValue", "Evaluation", "FuturePolicy"]) {
        const { reports, texts } = await read(api, parts, table);
        expect(texts).toHaveLength(1);
        expect(reports.every((r: { kpis: unknown[] }) => r.kpis.length > 0)).toBe(true);
      }
      const { reports } = await read(api, parts);
      // Exact decimals as the form states them, not floats, and in the form's order.
      for (const report of reports) {
        const positions = report.kpis.map((k: { position: number }) => k.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const kpi of report.kpis) {
          expect(kpi.target).toMatch(/^-?\d+(\.\d+)?$/);
          if (kpi.value.value !== null) expect(kpi.value.value).toMatch(/^-?\d+(\.\d+)?$/);
        }
      }
      expect(reports.some((r: { evaluation: unknown }) => r.evaluation !== null)).toBe(true);
    });
  },
);
