import { openApi, type Api, type GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * Next year's reports: a new report starts from the project's latest one (programs with their
 * names, 概要, (関係分) and order but no amounts; the KPI slots with their definitions; the
 * header block and the grant's kind), and 「新年度の報告を作成」 makes the year's report of every
 * continuing project in one step, after a dry run that lists them and writes nothing.
 */
const START = `mutation($y: Int!, $dry: Boolean!) { startFiscalYearReports(fiscalYear: $y, dryRun: $dry) {
  fiscalYear dryRun toCreate
  items { projectId number projectName municipalityName fromFiscalYear existingReportId createdReportId } } }`;
const CONTENT = `id fiscalYear department contact grantKind moneyUnit overview
  programs { position name isPartial isNew summary mainResults budget expectedGrant actual actualGrant }
  kpis { position name baseline target unit value { value } }`;

function data<D>(result: GraphQLResult<D>): D {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "next year's reports on %s",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    const read = async (id: number | string) =>
      data(await api.query(`query($id: ID!) { Report(id: $id) { ${CONTENT} } }`, { id })).Report;
    const count = async () =>
      data(await api.query(`{ _allReportsMeta { count } }`))._allReportsMeta.count;

    it("createReport carries over the programs without amounts, the KPI slots, the header block and the kind", async () => {
      const last = await read(2);
      const { updateReport } = data(
        await api.query(
          `mutation { updateReport(id: 2, version: 1, department: "経済部 産業振興課", contact: "0166-25-7369", grantKind: "タイプⅡ") { version } }`,
        ),
      );
      expect(updateReport.version).toBe(2);
      const created = data(
        await api.query(`mutation { createReport(projectId: 2, fiscalYear: 2021) { ${CONTENT} } }`),
      ).createReport;
      expect(created).toMatchObject({
        fiscalYear: 2021,
        department: "経済部 産業振興課",
        contact: "0166-25-7369",
        grantKind: "タイプⅡ",
        moneyUnit: last.moneyUnit,
        overview: last.overview,
      });
      expect(created.programs).toEqual(
        last.programs.map((p: Record<string, unknown>) => ({
          ...p,
          isNew: false,
          mainResults: null,
          budget: 0,
          expectedGrant: 0,
          actual: null,
          actualGrant: null,
        })),
      );
      expect(created.programs.length).toBeGreaterThan(1);
      expect(created.kpis).toEqual(
        last.kpis.map((k: Record<string, unknown>) => ({ ...k, value: { value: null } })),
      );
      // Given texts win over the carried ones.
      const given = data(
        await api.query(
          `mutation { createReport(projectId: 3, fiscalYear: 2021, department: "企画課", moneyUnit: YEN) { department moneyUnit programs { budget } } }`,
        ),
      ).createReport;
      expect(given).toMatchObject({ department: "企画課", moneyUnit: "YEN" });
    });

    it("the dry run lists every continuing project (plan period includes the year) and writes nothing; the run creates them", async () => {
      const before = await count();
      const dry = data(await api.query(START, { y: 2021, dry: true })).startFiscalYearReports;
      expect(dry).toMatchObject({ fiscalYear: 2021, dryRun: true, toCreate: 2 });
      // No.1's plan ends in R2 (2020): it does not continue. No.2 and No.3 have theirs from the test above.
      expect(dry.items.map((i: { number: number }) => i.number)).toEqual([2, 3, 4, 5]);
      expect(
        dry.items.map((i: { existingReportId: string | null }) => i.existingReportId !== null),
      ).toEqual([true, true, false, false]);
      expect(dry.items[2]).toMatchObject({
        municipalityName: "旭川市",
        fromFiscalYear: 2020,
        createdReportId: null,
      });
      expect(await count()).toBe(before);

      const run = data(await api.query(START, { y: 2021, dry: false })).startFiscalYearReports;
      expect(run.toCreate).toBe(2);
      const created = run.items.filter(
        (i: { createdReportId: string | null }) => i.createdReportId,
      );
      expect(created.map((i: { number: number }) => i.number)).toEqual([4, 5]);
      expect(await count()).toBe(before + 2);
      const report = await read(created[0].createdReportId);
      expect(report.programs.length).toBeGreaterThan(0);
      expect(report.programs.every((p: { budget: number }) => p.budget === 0)).toBe(true);

      const again = data(await api.query(START, { y: 2021, dry: true })).startFiscalYearReports;
      expect(again.toCreate).toBe(0);
    });

    it("refuses anonymous callers, roles that cannot create reports, and unknown years", async () => {
      const anonymous = await api.anonymous.query(START, { y: 2021, dry: true });
      expect(anonymous.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      const evaluator = await api.login("evaluator");
      const refused = await evaluator.query(START, { y: 2021, dry: false });
      expect(refused.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
      const unknown = await api.query(START, { y: 2035, dry: true });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(unknown.errors?.[0]?.message).toContain("年度 2035 は登録されていません");
    });
  },
);
