import http from "node:http";
import type { AddressInfo } from "node:net";
import { routeRequest, type Route } from "../../server/src/http/routes/router";

/**
 * A route that fails unexpectedly is answered by the router: in the one JSON error shape
 * outside /graphql (the shape the admin's upload reads, admin/src/imports/uploadImport.ts),
 * and as GraphQL errors at /graphql, where clients read `errors`.
 */
let server: http.Server;
let base: string;
const failures: string[] = [];

const failing = (path: string): Route => ({
  matches: (p) => p === path,
  handle: async () => {
    throw new Error(`${path} failed`);
  },
});

beforeAll(async () => {
  const routes = [failing("/graphql"), failing("/api/import"), failing("/public/")];
  server = http.createServer(routeRequest(routes, (error) => failures.push(error.message)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ja = "サーバー内部でエラーが発生しました";
const en = "internal server error";

describe("errors answered outside GraphQL execution", () => {
  it("a failing route outside /graphql: 500 with { error: { code, messageJa, messageEn, requestId } }", async () => {
    for (const path of ["/api/import", "/public/"]) {
      const response = await fetch(`${base}${path}`, {
        headers: { "x-request-id": "req-1", "x-sosei-request": "1" },
      });
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await response.json()).toEqual({
        error: { code: "INTERNAL_SERVER_ERROR", messageJa: ja, messageEn: en, requestId: "req-1" },
      });
    }
    expect(failures).toEqual(["/api/import failed", "/public/ failed"]);
  });

  it("a failing /graphql: 500 with GraphQL's errors, the same code and messages", async () => {
    const response = await fetch(`${base}/graphql`, { headers: { "x-request-id": "req-2" } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `${ja} / ${en}`,
          extensions: {
            code: "INTERNAL_SERVER_ERROR",
            messageJa: ja,
            messageEn: en,
            requestId: "req-2",
          },
        },
      ],
    });
  });

  it("a cross-site /api/* request is refused in the same JSON shape", async () => {
    const response = await fetch(`${base}/api/import`, {
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "CROSS_SITE_REQUEST",
    );
  });
});
