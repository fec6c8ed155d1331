import type { ApiErrorBody } from "../../admin/src/providers/apiError";
import { soseiDataProvider } from "../../admin/src/providers/dataProvider";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * The admin's data provider (ra-data-graphql-simple + the wrapper) against the real server, as
 * an anonymous visitor who reads the five published seed reports.
 */
let api: Api;
beforeAll(async () => {
  const embedded = backends().find((backend) => backend.name === "embedded")!;
  api = await openApi(embedded, "seeded", { reportStatus: "PUBLISHED", as: null });
}, 120_000);
afterAll(() => api?.close());

const list = (filter: object = {}, page = 1, perPage = 2) => ({
  pagination: { page, perPage },
  sort: { field: "id", order: "ASC" as const },
  filter,
});

/** react-admin's HttpError, which its notifications and forms read. */
interface HttpError extends Error {
  status: number;
  body: unknown;
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ error: HttpError; body: ApiErrorBody }> {
  const error = await promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "HttpError", status: expect.any(Number) });
  return { error: error as HttpError, body: (error as HttpError).body as ApiErrorBody };
}

describe("the admin's data provider", () => {
  it("pages a list with its total under react-admin's resource name", async () => {
    // The stock provider sends _allReportsMeta(page, perPage, filter) and fails on this.
    const provider = soseiDataProvider(api.url);
    const first = await provider.getList("reports", list());
    const second = await provider.getList("reports", list({}, 2));
    expect(first.total).toBe(5);
    expect(first.data.map((r) => Number(r.id))).toEqual([1, 2]);
    expect(second.data.map((r) => Number(r.id))).toEqual([3, 4]);
    const filtered = await provider.getList("reports", list({ fiscalYear: 2020 }, 1, 25));
    expect([filtered.total, filtered.data.length]).toEqual([5, 5]);
  });

  it("keeps the server's code, Japanese message and field of a variable that does not fit (HTTP 400)", async () => {
    const provider = soseiDataProvider(api.url);
    // An enum: ra-data-graphql-simple parseInt()s Int filters itself ("R2" becomes null,
    // which is no filter at all), so only other types reach the server's coercion.
    const { error, body } = await failure(provider.getList("reports", list({ status: "NOPE" })));
    expect(body.code).toBe("BAD_USER_INPUT");
    expect(body.field).toEqual(["filter", "status"]);
    expect(error.message).toBe(body.message);
    expect(error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(body.messageEn).not.toBe(body.message);
  });

  it("passes on NOT_FOUND with the server's message", async () => {
    const provider = soseiDataProvider(api.url);
    const { error, body } = await failure(provider.getOne("reports", { id: 999_999 }));
    expect(body.code).toBe("NOT_FOUND");
    expect(error.message).toBe(body.message);
  });

  it("refuses a resource it has no GraphQL type for, as a bug rather than a network error", async () => {
    const provider = soseiDataProvider(api.url);
    await expect(provider.getList("secrets", list())).rejects.toThrow(
      'no GraphQL type for the resource "secrets"',
    );
  });
});
