import { openApi, type Api, type GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * The write side of reports over HTTP: each mutation's happy path, with the stored values
 * read back through the API and the report's version going up by exactly one per write.
 */
const REPORT = `id projectId fiscalYear status version department contact moneyUnit
  effectCategoryId effectCategoryText effectText actualsAsOf
  statedBudgetTotal statedExpectedGrantTotal statedActualTotal statedActualGrantTotal projectActual`;
const PROGRAM = `id reportId position name isPartial isNew summary mainResults
  budget expectedGrant actual actualGrant executionRate
  budgetAmount { yen unit display } expectedGrantAmount { yen display }
  actualAmount { yen display } actualGrantAmount { yen display }`;

function data<D>(result: GraphQLResult<D>): D {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "report mutations on %s",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    const read = async (id: number | string, fields = REPORT) =>
      data(await api.query(`query($id: ID!) { Report(id: $id) { ${fields} } }`, { id })).Report;
    const categoryId = async (kind: string, label: string): Promise<string> => {
      const { allCategories } = data(
        await api.query(
          `query($k: [CategoryKind!]) { allCategories(filter: { kind: $k }) { id label } }`,
          {
            k: kind,
          },
        ),
      );
      return allCategories.find((c: { label: string }) => c.label === label).id;
    };
    const reportCount = async (): Promise<number> =>
      data(await api.query(`{ _allReportsMeta { count } }`))._allReportsMeta.count;

    it("createReport makes a DRAFT report at version 1; deleteReport removes it", async () => {
      const created = data(
        await api.query(
          `mutation { createReport(projectId: 1, fiscalYear: 2021, department: "経済部", contact: "0166-25-0000") { ${REPORT} } }`,
        ),
      ).createReport;
      expect(created).toMatchObject({
        projectId: "1",
        fiscalYear: 2021,
        status: "DRAFT",
        version: 1,
        department: "経済部",
        contact: "0166-25-0000",
        moneyUnit: "THOUSAND_YEN",
        effectCategoryId: null,
        statedBudgetTotal: null,
        actualsAsOf: null,
      });
      expect(await read(created.id)).toEqual(created);
      expect(await reportCount()).toBe(6);

      const yen = data(
        await api.query(
          `mutation { createReport(projectId: 2, fiscalYear: 2021, moneyUnit: YEN) { id moneyUnit department } }`,
        ),
      ).createReport;
      expect(yen).toMatchObject({ moneyUnit: "YEN", department: null });

      const deleted = data(
        await api.query(
          `mutation($id: ID!) { deleteReport(id: $id, version: 1) { id fiscalYear } }`,
          {
            id: yen.id,
          },
        ),
      ).deleteReport;
      expect(deleted).toEqual({ id: yen.id, fiscalYear: 2021 });
      const gone = await api.query(`query($id: ID!) { Report(id: $id) { id } }`, { id: yen.id });
      expect(gone.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
      expect(await reportCount()).toBe(6);
    });

    it("deleteReport removes the report together with its programs", async () => {
      const before = await read(5, "version programs { id }");
      expect(before.programs).toHaveLength(2);
      const deleted = data(
        await api.query(`mutation($v: Int!) { deleteReport(id: 5, version: $v) { id } }`, {
          v: before.version,
        }),
      ).deleteReport;
      expect(deleted.id).toBe("5");
      const programs = data(
        await api.query(`{ _allBudgetProgramsMeta(filter: { reportId: 5 }) { count } }`),
      );
      expect(programs._allBudgetProgramsMeta.count).toBe(0);
    });

    it("updateReport changes only the fields given and names the effect category's text", async () => {
      const before = await read(2);
      const effect = await categoryId("EFFECT", "地方創生に相当程度効果があった");
      const updated = data(
        await api.query(
          `mutation($v: Int!, $c: ID) { updateReport(id: 2, version: $v, department: "地域振興部",
          effectCategoryId: $c, actualsAsOf: "2021-03",
          statedBudgetTotal: 43995000, statedActualGrantTotal: 0, projectActual: 9007199254740991)
          { ${REPORT} } }`,
          { v: before.version, c: effect },
        ),
      ).updateReport;
      expect(updated).toEqual({
        ...before,
        version: before.version + 1,
        department: "地域振興部",
        effectCategoryId: effect,
        effectCategoryText: "地方創生に相当程度効果があった",
        actualsAsOf: "2021-03",
        statedBudgetTotal: 43995000,
        statedActualGrantTotal: 0,
        projectActual: 9007199254740991,
      });
      expect(await read(2)).toEqual(updated);

      // Text given with the category is kept as written; null clears a field.
      const again = data(
        await api.query(
          `mutation($v: Int!, $c: ID) { updateReport(id: 2, version: $v, effectCategoryId: $c,
          effectCategoryText: "効果があった（独自表記）", contact: null, projectActual: null) { ${REPORT} } }`,
          { v: updated.version, c: effect },
        ),
      ).updateReport;
      expect(again).toEqual({
        ...updated,
        version: updated.version + 1,
        effectCategoryText: "効果があった（独自表記）",
        contact: null,
        projectActual: null,
      });
      expect(await read(2)).toEqual(again);
    });

    it("saveReportPrograms replaces the programs in the given order, exactly in yen", async () => {
      const before = await read(3, "version programs { id }");
      expect(before.programs).toHaveLength(7);
      const programs = [
        { name: "事業A", budget: 1234567, expectedGrant: 617283, actual: 1234567, actualGrant: 1 },
        {
          name: "事業B",
          isPartial: true,
          isNew: true,
          summary: "概要",
          mainResults: "・実績1\n・実績2",
          budget: 1234567,
          expectedGrant: 0,
        },
      ];
      const saved = data(
        await api.query(
          `mutation($v: Int!, $p: [BudgetProgramInput!]!) {
          saveReportPrograms(reportId: 3, version: $v, programs: $p) { id version } }`,
          { v: before.version, p: programs },
        ),
      ).saveReportPrograms;
      expect(saved).toEqual({ id: "3", version: before.version + 1 });
      const after = await read(3, `version programs { ${PROGRAM} }`);
      expect(after.version).toBe(before.version + 1);
      expect(after.programs.map(({ id: _, ...p }: { id: string }) => p)).toEqual([
        {
          reportId: "3",
          position: 1,
          name: "事業A",
          isPartial: false,
          isNew: false,
          summary: null,
          mainResults: null,
          budget: 1234567,
          expectedGrant: 617283,
          actual: 1234567,
          actualGrant: 1,
          executionRate: 1,
          budgetAmount: { yen: 1234567, unit: "THOUSAND_YEN", display: "1,234.567" },
          expectedGrantAmount: { yen: 617283, display: "617.283" },
          actualAmount: { yen: 1234567, display: "1,234.567" },
          actualGrantAmount: { yen: 1, display: "0.001" },
        },
        {
          reportId: "3",
          position: 2,
          name: "事業B",
          isPartial: true,
          isNew: true,
          summary: "概要",
          mainResults: "・実績1\n・実績2",
          budget: 1234567,
          expectedGrant: 0,
          actual: null,
          actualGrant: null,
          executionRate: null,
          budgetAmount: { yen: 1234567, unit: "THOUSAND_YEN", display: "1,234.567" },
          expectedGrantAmount: { yen: 0, display: "0" },
          actualAmount: null,
          actualGrantAmount: null,
        },
      ]);

      // An empty list removes every program (forms with one project-level actual).
      const cleared = data(
        await api.query(
          `mutation($v: Int!) { saveReportPrograms(reportId: 3, version: $v, programs: []) { version } }`,
          {
            v: after.version,
          },
        ),
      ).saveReportPrograms;
      expect(cleared.version).toBe(after.version + 1);
      expect((await read(3, "programs { id }")).programs).toEqual([]);
    });

    it("program amounts in the report's unit cost one statement for all reports", async () => {
      const before = api.counter.count;
      const { allBudgetPrograms } = data(
        await api.query(`{ allBudgetPrograms(perPage: 100) { reportId budget
          budgetAmount { display } actualAmount { display } executionRate } }`),
      );
      // Three statements: the session, the programs, then their reports (one IN query via the loader).
      expect(api.counter.count - before).toBe(3);
      expect(allBudgetPrograms.length).toBeGreaterThan(10);
      // Report 4's only program, ICTパーク運営費: 46,000 千円 budget, 39,697 千円 actual.
      expect(allBudgetPrograms.filter((p: { reportId: string }) => p.reportId === "4")).toEqual([
        {
          reportId: "4",
          budget: 46000000,
          budgetAmount: { display: "46,000" },
          actualAmount: { display: "39,697" },
          executionRate: 39697 / 46000,
        },
      ]);
    });
  },
);
