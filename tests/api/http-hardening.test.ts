/**
 * The small findings of issue 17, probed over HTTP as an attacker would: personal GraphQL
 * answers that could be cached or sniffed (#6), cross-site uploads and downloads under
 * /api/* (#7), sortField names of Object.prototype (#8), and framing of the publication and
 * the preview, their 401 and 404 included (#10).
 */
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { baseOf, cookieOf } from "../helpers/http";

describe.each(backends().map((b) => [b.name, b] as const))("HTTP hardening (%s)", (_, backend) => {
  let api: Api;
  let finance: string;
  let base: string;

  beforeAll(async () => {
    api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED" });
    finance = await cookieOf(api, "finance");
    base = baseOf(api);
  });
  afterAll(() => api.close());

  describe("#6 GraphQL answers are never cached nor sniffed", () => {
    const expectPrivate = (response: Response) => {
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    };

    it("POST with the cookie, GET with the cookie, and an error answer", async () => {
      const post = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: finance },
        body: JSON.stringify({ query: "{ me { id loginId } }" }),
      });
      expect(((await post.json()) as { data: { me: { loginId: string } } }).data.me.loginId).toBe(
        "finance",
      );
      expectPrivate(post);
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent("{ me { id } }")}`, {
        headers: { cookie: finance, "apollo-require-preflight": "true" },
      });
      expectPrivate(get);
      const broken = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: finance },
        body: "{",
      });
      expect(broken.status).toBe(400);
      expectPrivate(broken);
    });
  });

  describe("#7 /api/* writes and downloads only from Sosei's own pages", () => {
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append("file", new Blob(["団体コード\n"]), "x.csv");
      return fetch(`${base}/api/import`, {
        method: "POST",
        body: form,
        headers: { cookie: finance, ...headers },
      });
    };
    const download = (headers: Record<string, string>) =>
      fetch(`${base}/api/exports/2020/reports.csv`, { headers: { cookie: finance, ...headers } });
    const code = async (response: Response) => [
      response.status,
      ((await response.json()) as { error?: { code: string } }).error?.code,
    ];

    it("refuses another site (Origin, Sec-Fetch-Site cross-site or same-site) and a bare request", async () => {
      const refused = [403, "CROSS_SITE_REQUEST"];
      expect(await code(await upload({ origin: "https://evil.example" }))).toEqual(refused);
      expect(await code(await upload({ "sec-fetch-site": "cross-site" }))).toEqual(refused);
      // A sibling subdomain is "same-site" for SameSite cookies, not same-origin.
      expect(await code(await upload({ "sec-fetch-site": "same-site" }))).toEqual(refused);
      expect(await code(await upload({}))).toEqual(refused);
      expect(await code(await download({ "sec-fetch-site": "cross-site" }))).toEqual(refused);
      expect(await code(await download({ origin: "https://evil.example" }))).toEqual(refused);
    });

    it("accepts the admin's own requests: same origin, a typed URL, or the header", async () => {
      const host = new URL(base).host;
      const accepted: Record<string, string>[] = [
        { "sec-fetch-site": "same-origin" },
        { origin: `http://${host}` },
        { "x-sosei-request": "1" },
      ];
      for (const headers of accepted) {
        // A CSV without Sosei's header row: the import reads it and answers its problem.
        expect((await upload(headers)).status).toBe(422);
      }
      const downloads: Record<string, string>[] = [
        { "sec-fetch-site": "same-origin" },
        { "sec-fetch-site": "none" },
        { "x-sosei-request": "1" },
      ];
      for (const headers of downloads) {
        expect((await download(headers)).status).toBe(200);
      }
    });
  });

  describe("#8 sortField takes only the resource's sortable fields", () => {
    it.each(["__proto__", "hasOwnProperty", "constructor", "toString", "valueOf"])(
      "%s is BAD_USER_INPUT on sortField",
      async (field) => {
        const result = await api.query(
          `query($f: String) { allReports(sortField: $f) { id } _allReportsMeta { count } }`,
          { f: field },
        );
        expect(result.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
        expect(result.errors?.[0]?.extensions.field ?? result.errors?.[0]?.path).toBeDefined();
        expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain("sortField");
      },
    );
  });

  describe("#10 the publication and the preview may be framed by Sosei only", () => {
    const frameAncestors = (response: Response) =>
      /frame-ancestors 'self'/.test(response.headers.get("content-security-policy") ?? "");

    it("on pages, open data, 401 and 404", async () => {
      const answers = [
        await fetch(`${base}/public/`),
        await fetch(`${base}/public/municipalities/012041/`),
        await fetch(`${base}/public/municipalities/012041.json`),
        await fetch(`${base}/public/municipalities/999999/`),
        await fetch(`${base}/preview/reports/1`),
        await fetch(`${base}/preview/reports/999999`, { headers: { cookie: finance } }),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 404, 401, 404]);
      expect(answers.map(frameAncestors)).toEqual(answers.map(() => true));
    });
  });
});
