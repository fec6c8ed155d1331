import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { adminStaticRoute } from "../../server/src/http/routes/admin-static";
import { routeRequest } from "../../server/src/http/routes/router";

/** The admin route alone, over a dist/ of known files, spoken to over real HTTP. */
let dir: string;
let dist: string;
let server: http.Server;
let port: number;

const SCRIPT = "console.log('sosei admin');\n".repeat(100);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-admin-static-"));
  dist = path.join(dir, "dist");
  fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Sosei</title>");
  fs.writeFileSync(path.join(dist, "assets", "index-AbC123.js"), SCRIPT);
  fs.writeFileSync(path.join(dist, "assets", "index-AbC123.js.map"), '{"sourcesContent":[]}');
  fs.writeFileSync(path.join(dist, ".env"), "SECRET=1");
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside dist");
  server = http.createServer(routeRequest([adminStaticRoute(dist)], () => {}));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw request: the path is sent exactly as written (fetch would resolve "..").*/
function get(rawPath: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject).end();
  });
}

describe("the admin's static files", () => {
  it("sends /admin, and / when signed in, to /admin/", async () => {
    for (const [p, headers] of [
      ["/admin", {}],
      ["/", { cookie: "sosei_session=abc" }],
    ] as const) {
      const answer = await get(p, headers);
      expect([answer.status, answer.headers.location]).toEqual([302, "/admin/"]);
    }
  });

  it("offers a signed-out visitor of / the public reports and the sign-in", async () => {
    const answer = await get("/");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    const links = [...answer.body.toString().matchAll(/<a href="([^"]+)">([^<]+)/g)].map((m) =>
      m.slice(1),
    );
    expect(links).toEqual([
      ["/public/", "公表資料を見る"],
      ["/admin/login", "職員のログイン"],
    ]);
  });

  it("serves index.html uncached, with a content security policy", async () => {
    const answer = await get("/admin/");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("no-cache");
    expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(answer.body.toString()).toBe("<!doctype html><title>Sosei</title>");
  });

  it("never serves a source map (issue 17 #9)", async () => {
    const answer = await get("/admin/assets/index-AbC123.js.map");
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain("sourcesContent");
  });

  it("answers the SPA's own routes with index.html, so a reload keeps the page", async () => {
    for (const p of ["/admin/fiscal-years", "/admin/reports/3/show?tab=1", "/admin/login"]) {
      const answer = await get(p);
      expect([answer.status, answer.body.toString()]).toEqual([
        200,
        "<!doctype html><title>Sosei</title>",
      ]);
    }
  });

  it("caches hashed assets for a year, gzips them on request and answers 304 to a known etag", async () => {
    const plain = await get("/admin/assets/index-AbC123.js");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["x-content-type-options"]).toBe("nosniff");
    expect(plain.body.toString()).toBe(SCRIPT);

    const gzipped = await get("/admin/assets/index-AbC123.js", { "accept-encoding": "gzip, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzipped.headers["content-length"])).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(SCRIPT);

    const again = await get("/admin/assets/index-AbC123.js", {
      "if-none-match": String(plain.headers.etag),
    });
    expect([again.status, again.body.length]).toEqual([304, 0]);

    const head = await get("/admin/assets/index-AbC123.js", {}, "HEAD");
    expect([head.status, head.body.length, head.headers["content-length"]]).toEqual([
      200,
      0,
      String(SCRIPT.length),
    ]);
  });

  it("answers 404 for a missing asset instead of the page", async () => {
    const answer = await get("/admin/assets/index-gone.js");
    expect(answer.status).toBe(404);
  });

  it("never serves a file outside dist/ or a hidden one", async () => {
    for (const p of [
      "/admin/../secret.txt",
      "/admin/..%2fsecret.txt",
      "/admin/%2e%2e/secret.txt",
      "/admin/assets/..%2f..%2fsecret.txt",
      "/admin/..%5csecret.txt",
      "/admin/.env",
      "/admin/%00index.html",
      "/admin/%E0%A4%A",
    ]) {
      const answer = await get(p);
      expect(answer.body.toString()).not.toMatch(/outside dist|SECRET/);
      expect(answer.status).not.toBe(500);
    }
    expect((await get("/admin/..%2fsecret.txt")).status).toBe(404);
    expect((await get("/admin/.env")).status).toBe(404);
  });

  it("accepts only GET and HEAD", async () => {
    const answer = await get("/admin/", {}, "POST");
    expect([answer.status, answer.headers.allow]).toEqual([405, "GET, HEAD"]);
  });

  it("leaves the API's and the public pages' paths to their routes", async () => {
    for (const p of [
      "/graphql",
      "/healthz",
      "/readyz",
      "/reports/1",
      "/open-data/x.csv",
      "/administrator",
    ]) {
      expect((await get(p)).status).toBe(404);
    }
  });

  it("says how to build the admin when dist/ is empty", async () => {
    const empty = http.createServer(
      routeRequest([adminStaticRoute(path.join(dir, "nothing"))], () => {}),
    );
    await new Promise<void>((resolve) => empty.listen(0, "127.0.0.1", resolve));
    try {
      const { port: emptyPort } = empty.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${emptyPort}/admin/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("pnpm build:admin");
    } finally {
      await new Promise((resolve) => empty.close(resolve));
    }
  });
});
