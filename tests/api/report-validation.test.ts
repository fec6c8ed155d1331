import { openApi, type Api, type GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";
import { CASES, PROGRAMS, UPDATE, long, type Case, type Ids } from "./report-validation.cases";

/**
 * Every rule of the report mutations: the error's code and field path, and proof that the
 * rejected request wrote nothing (the report, its parts and its version read back as before).
 */
const SNAPSHOT = `id version department contact moneyUnit effectCategoryId effectCategoryText effectText
  actualsAsOf statedBudgetTotal projectActual
  programs { position name summary mainResults budget expectedGrant actual actualGrant }
  kpis { kpiId value { kpiId value notMeasured asOf isReference } }
  evaluation { categoryId categoryText opinion } futurePolicy { categoryId categoryText reason }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "report validation on %s",
  (_, backend) => {
    let api: Api;
    let ids: Ids;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
      const first = async (kind: string): Promise<string> =>
        (
          await api.query(
            `query($k: [CategoryKind!]) { allCategories(filter: { kind: $k }) { id } }`,
            { k: kind },
          )
        ).data!.allCategories[0].id;
      const kpis = await api.query(
        `{ a: Report(id: 3) { project { kpis { id } } } b: Report(id: 1) { project { kpis { id } } } }`,
      );
      ids = {
        effect: await first("EFFECT"),
        evaluation: await first("EVALUATION"),
        policy: await first("POLICY"),
        ownKpi: kpis.data!.a.project.kpis[0].id,
        foreignKpi: kpis.data!.b.project.kpis[0].id,
      };
    });
    afterAll(() => api.close());

    const snapshot = async (id = 3) => {
      const result = await api.query(`query($id: ID!) { Report(id: $id) { ${SNAPSHOT} } }`, { id });
      expect(result.errors).toBeUndefined();
      return result.data!.Report;
    };
    const reportCount = async (): Promise<number> =>
      (await api.query(`{ _allReportsMeta { count } }`)).data!._allReportsMeta.count;
    const expectError = (result: GraphQLResult, code: string, field?: Case["field"]) => {
      expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ""] ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions.code).toBe(code);
      if (field) expect(result.errors![0]!.extensions.field).toEqual(field);
      expect(result.errors![0]!.message).toMatch(/[ぁ-んァ-ヶ一-龠]/); // Japanese for the user
      return result.errors![0]!;
    };

    it.each(CASES.map((c) => [c.name, c] as const))(
      "rejects %s and writes nothing",
      async (_n, c) => {
        const before = await snapshot();
        const result = await api.query(c.mutation, { v: before.version, ...c.vars?.(ids) });
        const error = expectError(result, c.code, c.field);
        if (c.field) expect(typeof error.extensions.messageEn).toBe("string");
        if (c.message) expect(error.message).toContain(c.message);
        expect(await snapshot()).toEqual(before);
      },
    );

    it.each([
      ["updateReport", `mutation { updateReport(id: 999999, version: 1) { id } }`],
      ["deleteReport", `mutation { deleteReport(id: 999999, version: 1) { id } }`],
      [
        "saveReportPrograms",
        `mutation { saveReportPrograms(reportId: 999999, version: 1, programs: []) { id } }`,
      ],
      [
        "saveReportKpiValues",
        `mutation { saveReportKpiValues(reportId: 999999, version: 1, values: []) { id } }`,
      ],
      ["updateEvaluation", `mutation { updateEvaluation(reportId: 999999, version: 1) { id } }`],
      [
        "updateFuturePolicy",
        `mutation { updateFuturePolicy(reportId: 999999, version: 1) { id } }`,
      ],
    ])("%s of an unknown report is NOT_FOUND", async (_n, mutation) => {
      expectError(await api.query(mutation), "NOT_FOUND");
    });

    it.each([
      ["an unknown project", "projectId: 999999, fiscalYear: 2021", ["projectId"]],
      ["an unknown fiscal year", "projectId: 1, fiscalYear: 2050", ["fiscalYear"]],
      [
        "a department over 100",
        `projectId: 1, fiscalYear: 2021, department: "${long(101)}"`,
        ["department"],
      ],
      [
        "a contact over 200",
        `projectId: 1, fiscalYear: 2021, contact: "${long(201)}"`,
        ["contact"],
      ],
    ])("createReport rejects %s and creates nothing", async (_n, args, field) => {
      expectError(
        await api.query(`mutation { createReport(${args}) { id } }`),
        "BAD_USER_INPUT",
        field,
      );
      expect(await reportCount()).toBe(5);
    });

    it("createReport of a project and year that has a report is a CONFLICT", async () => {
      const error = expectError(
        await api.query(`mutation { createReport(projectId: 3, fiscalYear: 2020) { id } }`),
        "CONFLICT",
        ["fiscalYear"],
      );
      expect(error.extensions.existingId).toBe(3);
      expect(await reportCount()).toBe(5);
    });

    it("a closed fiscal year takes no new reports and no edits of its reports", async () => {
      const close = async (year: number, isOpen: boolean) => {
        const { version } = (await api.query(`{ FiscalYear(id: ${year}) { version } }`)).data!
          .FiscalYear;
        return api.query(
          `mutation($y: ID!, $v: Int!, $o: Boolean!) { updateFiscalYear(id: $y, version: $v, isOpen: $o) { year } }`,
          { y: year, v: version, o: isOpen },
        );
      };
      expect((await close(2022, false)).errors).toBeUndefined();
      const created = expectError(
        await api.query(`mutation { createReport(projectId: 1, fiscalYear: 2022) { id } }`),
        "BAD_USER_INPUT",
        ["fiscalYear"],
      );
      expect(created.message).toContain("R4年度は締め切られているため");
      expect(await reportCount()).toBe(5);

      expect((await close(2020, false)).errors).toBeUndefined();
      try {
        const before = await snapshot();
        expectError(
          await api.query(UPDATE(`department: "締切後"`), { v: before.version }),
          "BAD_USER_INPUT",
          ["id"],
        );
        expectError(await api.query(PROGRAMS, { v: before.version, p: [] }), "BAD_USER_INPUT", [
          "reportId",
        ]);
        expect(await snapshot()).toEqual(before);
      } finally {
        await close(2020, true);
      }
    });

    it("a category whose label and explanation exceed 200 characters needs the text given", async () => {
      const created = await api.query(
        `mutation($l: String!, $e: String) { createCategory(kind: EFFECT, label: $l, explanation: $e, rank: 9) { id } }`,
        { l: long(100), e: long(150) },
      );
      expect(created.errors).toBeUndefined();
      const c = created.data!.createCategory.id as string;
      const before = await snapshot();
      expectError(
        await api.query(UPDATE("effectCategoryId: $c"), { v: before.version, c }),
        "BAD_USER_INPUT",
        ["effectCategoryId"],
      );
      expect(await snapshot()).toEqual(before);
      const given = await api.query(
        `mutation($v: Int!, $c: ID) { updateReport(id: 3, version: $v, effectCategoryId: $c, effectCategoryText: "短い表記") { version effectCategoryId effectCategoryText } }`,
        { v: before.version, c },
      );
      expect(given.data!.updateReport).toEqual({
        version: before.version + 1,
        effectCategoryId: c,
        effectCategoryText: "短い表記",
      });
    });
  },
);
