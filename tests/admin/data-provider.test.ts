import { introspectionFromSchema, type IntrospectionSchema } from "graphql";
import type { ApiErrorBody } from "../../admin/src/providers/apiError";
import { soseiDataProvider, type SoseiDataProvider } from "../../admin/src/providers/dataProvider";
import { signIn as sessionOf } from "../../tools/support/sign-in";
import { buildSoseiSchema } from "../../server/src/schema";
import { DEMO_PASSWORD, openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * The admin's data provider (ra-data-graphql-simple + the wrapper) against the real server with
 * introspection off, as in production: the schema comes from the build (here: built in-process,
 * as admin/scripts/introspection.mjs does), never from the server at run time.
 */
let api: Api;
let schema: IntrospectionSchema;
/** The requests the provider sent: their GraphQL source and the size of the answer. */
let sent: { query: string; variables: Record<string, unknown>; bytes: number }[];
let cookie: string | undefined;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const embedded = backends().find((backend) => backend.name === "embedded")!;
  [api, schema] = await Promise.all([
    openApi(embedded, "seeded", { as: null, env: { SOSEI_INTROSPECTION: "false" } }),
    buildSoseiSchema().then((s) => introspectionFromSchema(s, { descriptions: false }).__schema),
  ]);
  // A browser sends the session cookie itself; node's fetch is given it here.
  globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await realFetch(input, { ...init, headers });
    const body = JSON.parse(String(init?.body ?? "{}")) as (typeof sent)[number];
    const text = await response.clone().text();
    sent.push({ query: body.query, variables: body.variables, bytes: text.length });
    return response;
  };
}, 120_000);
afterAll(async () => {
  globalThis.fetch = realFetch;
  await api?.close();
});
beforeEach(() => {
  sent = [];
  cookie = undefined;
});

const providerAs = async (loginId?: string): Promise<SoseiDataProvider> => {
  cookie = loginId ? await sessionOf(api.url, loginId, DEMO_PASSWORD(loginId)) : undefined;
  sent = [];
  return soseiDataProvider({ uri: api.url, schema: async () => schema });
};

const list = (filter: object = {}, page = 1, perPage = 2) => ({
  pagination: { page, perPage },
  sort: { field: "id", order: "ASC" as const },
  filter,
});

/** react-admin's HttpError, which its notifications and forms read. */
interface HttpError extends Error {
  status: number;
  body: ApiErrorBody;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "HttpError", status: expect.any(Number) });
  return error as HttpError;
}

describe("the admin's data provider, with introspection off", () => {
  it("is refused introspection by the server, and lists with totals without it", async () => {
    const answer = await api.anonymous.query("{ __schema { queryType { name } } }");
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    const provider = await providerAs("finance");
    const first = await provider.getList("reports", list());
    const second = await provider.getList("reports", list({}, 2));
    expect(first.total).toBe(5);
    expect(first.data.map((r) => Number(r.id))).toEqual([1, 2]);
    expect(second.data.map((r) => Number(r.id))).toEqual([3, 4]);
    const filtered = await provider.getList("reports", list({ fiscalYear: ["2020"] }, 1, 25));
    expect([filtered.total, filtered.data.length]).toEqual([5, 5]);
    expect(sent.some((request) => request.query.includes("__schema"))).toBe(false);
  });

  it("asks a list only for the columns it shows: the report list is small", async () => {
    const provider = await providerAs("finance");
    const { data } = await provider.getList("reports", list({}, 1, 25));
    const [request] = sent;
    expect(request.query).not.toMatch(/programs|overview|comments|kpis/);
    expect(data[2]).toMatchObject({
      projectName: "ものづくり企業のデザイン力向上による持続可能な都市創出プロジェクト",
      totals: { budget: { yen: 43_995_000, display: "43,995" } },
      status: "DRAFT",
      allowedOperations: ["editFinance", "submit"],
    });
    // Five rows of the report list, about 1 KB each (the whole type was ~4 KB per row).
    expect(request.bytes / data.length).toBeLessThan(1200);
  });

  it("filters a reference by its ID key (getManyReference)", async () => {
    const provider = await providerAs("finance");
    const { data, total } = await provider.getManyReference("kpis", {
      target: "projectId",
      id: "3",
      ...list({}, 1, 10),
    });
    expect(total).toBe(4);
    expect(data.map((k) => k.position)).toEqual([1, 2, 3, 4]);
  });

  it("updates with the keys and the changed fields only, and the version read", async () => {
    const provider = await providerAs("admin");
    const { data: project } = await provider.getOne("projects", { id: "3" });
    expect(project.grantTypeId).toBeDefined();
    const { data: grantTypes } = await provider.getList("grant-types", list({}, 1, 10));
    const other = grantTypes.find((g) => g.id !== project.grantTypeId)!;
    sent = [];
    const { data: saved } = await provider.update("projects", {
      id: "3",
      data: { ...project, grantTypeId: other.id },
      previousData: project,
    });
    expect(saved).toMatchObject({ grantTypeId: other.id, version: project.version + 1 });
    expect(Object.keys(sent[0].variables).sort()).toEqual(["grantTypeId", "id", "version"]);
    const stale = await failure(
      provider.update("projects", {
        id: "3",
        data: { ...project, name: "古い版からの変更" },
        previousData: project,
      }),
    );
    expect(stale.body.code).toBe("CONFLICT");
    expect(stale.body.current).toMatchObject({ id: "3", version: project.version + 1 });
  });

  it("keeps the server's code, Japanese message and field of a variable that does not fit", async () => {
    const provider = await providerAs();
    const error = await failure(provider.getList("reports", list({ status: ["NOPE"] })));
    expect(error.body.code).toBe("BAD_USER_INPUT");
    expect(error.body.field).toEqual(["filter", "status", 0]);
    expect(error.message).toBe(error.body.message);
    expect(error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(error.body.messageEn).not.toBe(error.body.message);
  });

  it("passes on NOT_FOUND with the server's message", async () => {
    const provider = await providerAs();
    const error = await failure(provider.getOne("reports", { id: 999_999 }));
    expect(error.body.code).toBe("NOT_FOUND");
    expect(error.message).toBe(error.body.message);
  });

  it("refuses a resource it has no GraphQL type for, as a bug rather than a network error", async () => {
    const provider = await providerAs();
    await expect(provider.getList("secrets", list())).rejects.toThrow(
      'no GraphQL type for the resource "secrets"',
    );
  });
});

describe("the report's own methods", () => {
  it("chains saves of different parts through the version each one returns", async () => {
    const finance = await providerAs("finance");
    const { data: report } = await finance.getOne("reports", { id: "4" });
    const programs = report.programs.map((p: object) => ({
      ...p,
      actual: 1_000,
      actualGrant: 500,
    }));
    const afterPrograms = await finance.saveReportPrograms("4", report.version, programs);
    expect(afterPrograms.version).toBe(report.version + 1);
    expect(afterPrograms.totals.actual?.yen).toBe(1_000 * programs.length);
    const afterPolicy = await finance.updateFuturePolicy("4", afterPrograms.version, {
      categoryId: report.futurePolicy.categoryId,
      categoryText: report.futurePolicy.categoryText,
      reason: "理由を書き直した",
    });
    const afterHeader = await finance.updateReport("4", afterPolicy.version, {
      actualsAsOf: "R3.3",
    });
    expect(afterHeader).toMatchObject({ actualsAsOf: "2021-03", actualsAsOfLabel: "R3.3" });
    expect(afterHeader.futurePolicy?.reason).toBe("理由を書き直した");

    const evaluator = await providerAs("evaluator");
    const evaluated = await evaluator.updateEvaluation("4", afterHeader.version, {
      categoryId: null,
      categoryText: "評価の区分",
      opinion: "意見",
    });
    expect(evaluated.version).toBe(afterHeader.version + 1);
    expect(evaluated.allowedOperations).toEqual(["editEvaluation"]);
    // An evaluator's attempt at the amounts is refused by the server.
    const refused = await failure(evaluator.saveReportPrograms("4", evaluated.version, programs));
    expect(refused.body.code).toBe("FORBIDDEN");
  });

  it("returns a stale save's CONFLICT with the report as it is now", async () => {
    const finance = await providerAs("finance");
    const { data: report } = await finance.getOne("reports", { id: "5" });
    await finance.updateReport("5", report.version, { department: "先に保存" });
    const error = await failure(finance.updateReport("5", report.version, { department: "後" }));
    expect(error.body.code).toBe("CONFLICT");
    expect(error.body.current).toMatchObject({
      id: "5",
      version: report.version + 1,
      department: "先に保存",
      programs: expect.any(Array),
    });
  });

  it("runs the workflow and keeps comments and the history", async () => {
    const finance = await providerAs("finance");
    const { data: report } = await finance.getOne("reports", { id: "2" });
    const submitted = await finance.workflow("submit", "2", report.version);
    expect(submitted.status).toBe("IN_REVIEW");
    const manager = await providerAs("manager");
    const returned = await manager.workflow("return", "2", submitted.version, "数字を確認");
    expect(returned.status).toBe("RETURNED");
    expect(returned.comments.at(-1)).toMatchObject({ kind: "RETURN_REASON", body: "数字を確認" });
    const comment = await manager.addReviewComment("2", "了解");
    expect(comment).toMatchObject({ kind: "COMMENT", body: "了解" });
    const history = await manager.reportHistory("2");
    const statusChanges = history.flatMap((e) => (e.changes.status ? [e.changes.status] : []));
    expect(statusChanges.slice(-2)).toEqual([
      { before: "DRAFT", after: "IN_REVIEW" },
      { before: "IN_REVIEW", after: "RETURNED" },
    ]);
  });
});
