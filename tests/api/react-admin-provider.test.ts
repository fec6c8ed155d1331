/**
 * The API as react-admin meets it: the stock ra-data-graphql-simple provider (no wrapper, no
 * overrides), in Node against the running server, through every method for every resource,
 * sending records back exactly as the provider holds them.
 */
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import buildGraphQLProvider from "ra-data-graphql-simple";
import { signIn as sessionOf } from "../../tools/support/sign-in";
import { DEMO_PASSWORD, TESTER, openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

type Provider = ReturnType<typeof buildGraphQLProvider>;
type Row = Record<string, unknown> & { id: string; version?: number };

function provider(url: string, cookie?: string): Provider {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: url,
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...init?.headers, ...(cookie ? { cookie } : {}) } }),
    }),
    defaultOptions: { mutate: { fetchPolicy: "no-cache" } },
  });
  return buildGraphQLProvider({ client });
}

const page = (filter: object = {}, perPage = 25, field = "id", order: "ASC" | "DESC" = "ASC") => ({
  pagination: { page: 1, perPage },
  sort: { field, order },
  filter,
});

/** The GraphQL error behind the provider's HttpError. */
async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => Promise.reject(new Error("expected a refusal")),
    (e: unknown) => e,
  )) as { body?: { graphQLErrors?: { extensions: Record<string, unknown> }[] } };
  return error.body!.graphQLErrors![0]!.extensions;
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "the stock react-admin provider on %s",
  (_, backend) => {
    let api: Api;
    let system: Provider;
    let finance: Provider;
    let anonymous: Provider;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
      system = provider(api.url, await sessionOf(api.url, TESTER.loginId, TESTER.password));
      finance = provider(api.url, await sessionOf(api.url, "finance", DEMO_PASSWORD("finance")));
      anonymous = provider(api.url);
    });
    afterAll(() => api.close());

    it.each([
      ["Municipality", 1],
      ["FiscalYear", 5],
      ["GrantType", 4],
      ["Category", 13],
      ["Project", 5],
      ["Kpi", 16],
      ["Report", 5],
      ["BudgetProgram", 21],
      ["User", 6],
    ])("%s: getList, getOne and getMany", async (resource, total) => {
      const list = await system.getList(resource, page({}, 2));
      expect(list.total).toBe(total);
      expect(list.data.length).toBe(Math.min(2, total));
      const ids = list.data.map((r) => r.id);
      expect(ids.every((id) => typeof id === "string")).toBe(true);
      const one = await system.getOne(resource, { id: ids[0]! });
      expect(one.data.id).toBe(ids[0]);
      const many = await system.getMany(resource, { ids });
      expect(many.data.map((r) => r.id)).toEqual(ids);
    });

    it.each([
      ["Kpi", "projectId", "1", 3],
      ["Report", "fiscalYear", "2020", 5],
      ["Report", "projectId", "4", 1],
      ["Report", "municipalityId", "1", 5],
      ["BudgetProgram", "reportId", "3", 7],
      ["Project", "municipalityId", "1", 5],
      ["Project", "grantTypeId", "1", 5],
      ["User", "municipalityId", "1", 4],
    ])("%s: getManyReference by %s = %s", async (resource, target, id, total) => {
      const result = await system.getManyReference(resource, { ...page(), target, id });
      expect(result.total).toBe(total);
      expect(result.data).toHaveLength(total);
    });

    it("filters by a multi-select, by text, and sorts by what a report list shows", async () => {
      const drafts = await system.getList("Report", page({ status: ["DRAFT", "IN_REVIEW"] }));
      expect(drafts.total).toBe(5);
      // Case and full-width forms do not matter: ＩＣＴ and ict both find "…ICTパーク…".
      for (const q of ["ＩＣＴ", "ict"]) {
        const found = await system.getList("Report", page({ q }));
        expect([q, found.data.map((r) => r.id)]).toEqual([q, ["4"]]);
      }
      for (const field of ["projectName", "municipality", "executionRate", "updatedAt"]) {
        const sorted = await system.getList("Report", page({}, 25, field, "DESC"));
        expect(sorted.data).toHaveLength(5);
      }
      // Report 1 spent its whole budget: the highest execution rate comes first.
      const byRate = await system.getList("Report", page({}, 1, "executionRate", "DESC"));
      expect(byRate.data[0]!.id).toBe("1");
    });

    it("sends a Project back with a new grant type: the key wins over the nested relation", async () => {
      const { data: held } = await system.getOne("Project", { id: "2" });
      expect(held.grantType).toEqual({ id: "1" });
      const { data: saved } = await system.update("Project", {
        id: held.id,
        data: { ...held, grantTypeId: "3" },
        previousData: held,
      });
      expect(saved).toMatchObject({ grantTypeId: "3", version: held.version + 1 });
      expect((await system.getOne("Project", { id: "2" })).data.grantTypeId).toBe("3");
    });

    it("sends a Report back with a month and an effect category edited, as the provider holds it", async () => {
      const { data: held } = await finance.getOne("Report", { id: "3" });
      expect(held).toMatchObject({ actualsAsOf: "2021-03", actualsAsOfLabel: "R3.3" });
      const categories = await finance.getList("Category", page({ kind: ["EFFECT"] }));
      const other = categories.data.find((c) => c.id !== held.effectCategoryId)!;
      const { data: saved } = await finance.update("Report", {
        id: held.id,
        data: {
          ...held,
          department: "地域振興部",
          actualsAsOf: "2021-02",
          effectCategoryId: other.id,
        },
        previousData: held,
      });
      expect(saved).toMatchObject({
        department: "地域振興部",
        actualsAsOf: "2021-02",
        actualsAsOfLabel: "R3.2",
        effectCategoryId: other.id,
        version: (held.version as number) + 1,
      });
      const { data: fresh } = await finance.getOne("Report", { id: "3" });
      expect(fresh).toMatchObject({ actualsAsOf: "2021-02", effectCategoryId: other.id });
      // The totals and programs came back untouched.
      expect(fresh.totals).toEqual(held.totals);
      expect(fresh.programs).toEqual(held.programs);

      // The same record, still at the old version, is refused with the report as it is now.
      const stale = await refusal(
        finance.update("Report", {
          id: held.id,
          data: { ...held, department: "古い版" },
          previousData: held,
        }),
      );
      expect(stale).toMatchObject({ code: "CONFLICT", entity: "Report" });
      expect(stale.current).toMatchObject({ id: "3", department: "地域振興部" });
    });

    it("round-trips a KPI's target month and the master data each administrator edits", async () => {
      const kpi = (await system.getOne("Kpi", { id: "2" })).data as Row;
      const savedKpi = await system.update("Kpi", {
        id: kpi.id,
        data: { ...kpi, targetMonth: "2024-03" },
        previousData: kpi,
      });
      expect(savedKpi.data).toMatchObject({ targetMonth: "2024-03", targetMonthLabel: "R6.3" });
      const edits: [string, string, Record<string, unknown>][] = [
        ["FiscalYear", "2022", { isOpen: false }],
        ["Municipality", "1", { name: "旭川市(試験)" }],
        ["GrantType", "4", { kpiLimit: 6 }],
        ["Category", "1", { explanation: "説明を追加" }],
        ["User", "2", { name: "評価 太郎(改)" }],
      ];
      for (const [resource, id, change] of edits) {
        const held = (await system.getOne(resource, { id })).data as Row;
        const saved = await system.update(resource, {
          id,
          data: { ...held, ...change },
          previousData: held,
        });
        expect([resource, saved.data]).toEqual([
          resource,
          expect.objectContaining({ ...change, version: (held.version ?? 0) + 1 }),
        ]);
      }
    });

    it("creates and deletes with the fields a form sends", async () => {
      const municipality = await system.create("Municipality", {
        data: { code: "01100", name: "札幌市", prefecture: "北海道" },
      });
      expect(municipality.data).toMatchObject({ code: "011002", version: 1 });
      const year = await system.create("FiscalYear", { data: { year: 2031 } });
      expect(year.data).toMatchObject({ id: "2031", label: "R13年度" });
      const project = await system.create("Project", {
        data: { municipalityId: municipality.data.id, grantTypeId: "1", number: 1, name: "新事業" },
      });
      const kpi = await system.create("Kpi", {
        data: {
          projectId: project.data.id,
          name: "来訪者数",
          target: "1,200",
          unit: "人",
          targetMonth: "R5.3",
        },
      });
      expect(kpi.data).toMatchObject({ target: "1200", targetMonth: "2023-03" });
      const report = await system.create("Report", {
        data: { projectId: project.data.id, fiscalYear: 2021 },
      });
      expect(report.data).toMatchObject({ status: "DRAFT", version: 1, projectName: "新事業" });
      for (const [resource, id] of [
        ["Report", report.data.id],
        ["Kpi", kpi.data.id],
        ["Project", project.data.id],
        ["FiscalYear", year.data.id],
        ["Municipality", municipality.data.id],
      ] as const) {
        const deleted = await system.delete(resource, { id, previousData: { id } });
        expect([resource, deleted.data.id]).toEqual([resource, id]);
      }
    });

    it("refuses what a role may not do, and what an anonymous visitor may not read", async () => {
      const held = (await finance.getOne("Project", { id: "1" })).data;
      const forbidden = await refusal(
        finance.update("Project", { id: "1", data: { ...held, name: "改名" }, previousData: held }),
      );
      expect(forbidden.code).toBe("FORBIDDEN");
      const published = await anonymous.getList("Report", page());
      expect(published.total).toBe(0);
      expect((await refusal(anonymous.getList("Project", page()))).code).toBe("UNAUTHENTICATED");
    });
  },
);
