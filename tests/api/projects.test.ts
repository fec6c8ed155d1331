import { openApi, type Api } from "../helpers/api";
import { backends, type Backend } from "../helpers/databases";
import { countOf, errorOf } from "./master-data-helpers";

const PROJECT =
  "id number name municipalityId grantTypeId planFirstYear planLastYear planPeriodLabel version";
const CREATE = `mutation($municipalityId: ID!, $grantTypeId: ID!, $number: Int!, $name: String!,
    $planFirstYear: Int, $planLastYear: Int, $overview: String) {
  createProject(municipalityId: $municipalityId, grantTypeId: $grantTypeId, number: $number,
    name: $name, planFirstYear: $planFirstYear, planLastYear: $planLastYear, overview: $overview) { ${PROJECT} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $grantTypeId: ID,
    $planFirstYear: Int, $planLastYear: Int) {
  updateProject(id: $id, version: $version, name: $name, grantTypeId: $grantTypeId,
    planFirstYear: $planFirstYear, planLastYear: $planLastYear) { ${PROJECT} } }`;
const NEW_PROJECT = {
  municipalityId: "1",
  grantTypeId: "3",
  number: 6,
  name: "加速化テスト事業",
  planFirstYear: 2021,
  planLastYear: 2022,
};

describe.each(backends().map((b) => [b.name, b] as const))(
  "projects on %s",
  (_, backend: Backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED" });
    });
    afterAll(() => api.close());

    it("lists, filters and fetches the seeded projects with their relations", async () => {
      const result = await api.query(`{
      allProjects { number } _allProjectsMeta { count }
      mine: _allProjectsMeta(filter: { municipalityId: "1", grantTypeId: "1" }) { count }
      kasoku: _allProjectsMeta(filter: { grantTypeId: 3 }) { count }
      byIds: allProjects(filter: { ids: ["4", 2] }) { number }
      named: allProjects(filter: { q: "プロジェクト" }, sortField: "number", sortOrder: "DESC") { number }
      Project(id: 1) { name planPeriodLabel kpiNameNote municipality { code } grantType { name }
        kpis { position name } reports { fiscalYear status } } }`);
      expect(result.data.allProjects).toEqual([1, 2, 3, 4, 5].map((number) => ({ number })));
      expect(result.data._allProjectsMeta).toEqual({ count: 5 });
      expect(result.data.mine).toEqual({ count: 5 });
      expect(result.data.kasoku).toEqual({ count: 0 });
      expect(result.data.byIds).toEqual([{ number: 2 }, { number: 4 }]);
      expect(result.data.named).toEqual([5, 4, 3, 2].map((number) => ({ number })));
      expect(result.data.Project).toEqual({
        name: "大雪カムイミントラDMOによる都市型スノーリゾート地域構築事業",
        planPeriodLabel: "H30年度～R2年度",
        kpiNameNote: "旭川市関係分",
        municipality: { code: "012041" },
        grantType: { name: "地方創生推進交付金" },
        kpis: [
          { position: 1, name: "DMO圏域観光宿泊延数" },
          { position: 2, name: "DMO圏域冬季(12月～3月)観光宿泊延数" },
          { position: 3, name: "旅行消費額" },
        ],
        reports: [{ fiscalYear: 2020, status: "PUBLISHED" }],
      });
      expect(errorOf(await api.query(`{ Project(id: 77) { id } }`)).code).toBe("NOT_FOUND");
      expect(errorOf(await api.query(`{ Project(id: "x") { id } }`))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: ["id"],
      });
    });

    it("loads the relations of every project with one query each", async () => {
      const before = api.counter.count;
      const result = await api.query(`{ allProjects { municipality { name } grantType { code }
      kpis { targetMonthLabel project { number } } reports { id } } }`);
      expect(result.data.allProjects).toHaveLength(5);
      // the session, then projects joined with their municipalities and grant types, KPIs,
      // reports, and the KPIs' projects
      expect(api.counter.count - before).toBe(5);
    });

    it.each([
      ["a missing municipality", { municipalityId: "99" }, "BAD_USER_INPUT", "municipalityId"],
      ["a missing grant type", { grantTypeId: "99" }, "BAD_USER_INPUT", "grantTypeId"],
      ["number 0", { number: 0 }, "BAD_USER_INPUT", "number"],
      ["an empty name", { name: "" }, "BAD_USER_INPUT", "name"],
      ["a 301-character name", { name: "あ".repeat(301) }, "BAD_USER_INPUT", "name"],
      [
        "a taken name",
        { name: " 大雪カムイミントラDMOによる都市型スノーリゾート地域構築事業 " },
        "CONFLICT",
        "name",
      ],
      ["only a first year", { planLastYear: null }, "BAD_USER_INPUT", "planLastYear"],
      ["only a last year", { planFirstYear: null }, "BAD_USER_INPUT", "planFirstYear"],
      [
        "first year after last",
        { planFirstYear: 2022, planLastYear: 2020 },
        "BAD_USER_INPUT",
        "planFirstYear",
      ],
      ["an unknown fiscal year", { planFirstYear: 2017 }, "BAD_USER_INPUT", "planFirstYear"],
      ["a year before 1989", { planFirstYear: 1988 }, "BAD_USER_INPUT", "planFirstYear"],
      ["a year after 2100", { planLastYear: 2101 }, "BAD_USER_INPUT", "planLastYear"],
    ])("refuses %s and writes nothing", async (_label, change, code, field) => {
      const result = await api.query(CREATE, { ...NEW_PROJECT, ...change });
      expect(errorOf(result)).toMatchObject({ code, field: [field] });
      expect(await countOf(api, "_allProjectsMeta")).toBe(5);
    });

    it("creates a project, updates it under its version and deletes it with its KPIs", async () => {
      const created = await api.query(CREATE, { ...NEW_PROJECT, overview: " 概要 " });
      const project = created.data.createProject;
      expect(project).toMatchObject({
        number: 6,
        name: "加速化テスト事業",
        municipalityId: "1",
        grantTypeId: "3",
        planPeriodLabel: "R3年度～R4年度",
        version: 1,
      });
      const id = project.id as string;
      const again = errorOf(await api.query(CREATE, { ...NEW_PROJECT, number: 7 }));
      expect(again).toMatchObject({ code: "CONFLICT", field: ["name"] });
      expect(again.message).toBe("事業名「加速化テスト事業」はこの団体に既に登録されています");

      const renamed = await api.query(UPDATE, {
        id,
        version: 1,
        name: "加速化テスト事業(改)",
        planFirstYear: null,
        planLastYear: null,
      });
      expect(renamed.data.updateProject).toMatchObject({
        version: 2,
        planPeriodLabel: null,
        planFirstYear: null,
      });
      // A second editor still holding version 1 gets the current values back, and writes nothing.
      const stale = errorOf(await api.query(UPDATE, { id, version: 1, name: "古い版からの変更" }));
      expect(stale).toMatchObject({ code: "CONFLICT" });
      expect(stale.extensions.current).toMatchObject({ version: 2, name: "加速化テスト事業(改)" });
      const kept = await api.query(`{ Project(id: ${id}) { name version overview } }`);
      expect(kept.data.Project).toEqual({
        name: "加速化テスト事業(改)",
        version: 2,
        overview: "概要",
      });
      expect(errorOf(await api.query(UPDATE, { id: "77", version: 1, name: "x" })).code).toBe(
        "NOT_FOUND",
      );

      await api.query(
        `mutation { createKpi(projectId: ${id}, name: "KPI", target: 1, unit: "人") { id } }`,
      );
      expect(await countOf(api, "_allKpisMeta")).toBe(17);
      const remove = `mutation($id: ID!) { deleteProject(id: $id) { name } }`;
      expect((await api.query(remove, { id })).data.deleteProject).toEqual({
        name: "加速化テスト事業(改)",
      });
      expect(await countOf(api, "_allKpisMeta")).toBe(16);
      expect(await countOf(api, "_allProjectsMeta")).toBe(5);
    });

    it("keeps existing reports inside a changed plan period", async () => {
      const error = errorOf(
        await api.query(UPDATE, { id: "1", version: 1, planFirstYear: 2021, planLastYear: 2022 }),
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: ["planFirstYear"] });
      expect(error.extensions.rule).toBe("OUT_OF_PLAN_PERIOD");
      const kept = await api.query(`{ Project(id: 1) { planPeriodLabel version } }`);
      expect(kept.data.Project).toEqual({ planPeriodLabel: "H30年度～R2年度", version: 1 });
    });

    it("refuses a grant type whose form has fewer KPI slots than the project uses", async () => {
      const small = await api.query(
        `mutation { createGrantType(code: "SMALL", name: "KPI3件の交付金", kpiLimit: 3) { id } }`,
      );
      const grantTypeId = small.data.createGrantType.id as string;
      // Project 3 has 4 KPIs.
      const error = errorOf(await api.query(UPDATE, { id: "3", version: 1, grantTypeId }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: ["grantTypeId"] });
      expect(error.extensions.rule).toBe("KPI_LIMIT_EXCEEDED");
      expect(error.messageEn).toBe("KPI3件の交付金 allows at most 3 KPIs per project (got 4)");
      const kept = await api.query(`{ Project(id: 3) { grantTypeId version } }`);
      expect(kept.data.Project).toEqual({ grantTypeId: "1", version: 1 });
    });

    it("will not delete a project that has reports", async () => {
      const error = errorOf(await api.query(`mutation { deleteProject(id: 2) { id } }`));
      expect(error).toMatchObject({ code: "CONFLICT", field: ["id"] });
      expect(error.message).toBe("この事業には報告書が1件あるため削除できません");
      expect(await countOf(api, "_allProjectsMeta")).toBe(5);
      expect(await countOf(api, "_allKpisMeta")).toBe(16);
    });

    it("lets exactly one of two concurrent editors of the same version win", async () => {
      const [a, b] = await Promise.all([
        api.query(UPDATE, { id: "4", version: 1, name: "同時編集A" }),
        api.query(UPDATE, { id: "4", version: 1, name: "同時編集B" }),
      ]);
      const winners = [a, b].filter((r) => r.errors === undefined);
      const losers = [a, b].filter((r) => r.errors !== undefined);
      expect(winners).toHaveLength(1);
      expect(errorOf(losers[0]!).code).toBe("CONFLICT");
      const kept = await api.query(`{ Project(id: 4) { name version } }`);
      expect(kept.data.Project).toEqual({ name: winners[0]!.data.updateProject.name, version: 2 });
    });
  },
);
