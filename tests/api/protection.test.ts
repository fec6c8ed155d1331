import { serveDatabase, type RunningServer } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import type { Database } from "../../server/src/db/database";
import { backends } from "../helpers/databases";

/** The endpoint's protections, over HTTP; they do not depend on the database engine. */
const embedded = backends()[0];

interface Served {
  url: string;
  db: Database;
  server: RunningServer;
}

async function serve(env: NodeJS.ProcessEnv): Promise<Served> {
  const db = await embedded.open("seeded");
  const config = {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false", ...env }, "/"),
    databaseUrl: "unused",
  };
  const server = await serveDatabase(db, config, () => {});
  return { url: server.url, db, server };
}

interface Reply {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[];
  };
}

async function post(url: string, body: string, contentType = "application/json"): Promise<Reply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Reply["body"] };
}

const gql = (url: string, query: string) => post(url, JSON.stringify({ query }));

function nested(levels: number): string {
  // __type → fields → type → ofType → … is valid at any depth, whatever the domain schema.
  let selection = "name";
  // Armor counts every field, leaves included: __type, fields, type, the ofTypes and name.
  for (let i = 0; i < levels - 4; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
}

describe("GraphQL endpoint protection (development settings)", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve({});
  });
  afterAll(() => served.server.close());

  it("accepts a query at the depth limit (12) and refuses one level deeper", async () => {
    const atLimit = await gql(served.url, nested(12));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const tooDeep = await gql(served.url, nested(13));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors).toHaveLength(1);
    expect(tooDeep.body.errors![0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "maxDepth",
      messageEn: "Query depth limit of 12 exceeded, found 13.",
    });
    expect(tooDeep.body.errors![0].message).toContain("入れ子の深さの上限 (12)");
  });

  it("refuses a query whose cost is over 5000 although depth, aliases and tokens are fine", async () => {
    // 60 leaves at depth 12 cost 60 × 1.5^11 ≈ 5,190 (each level multiplies by 1.5).
    const expensive = nested(12).replace("{ name }", `{ ${"name ".repeat(60)} }`);
    const refused = await gql(served.url, expensive);
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "maxCost",
    });
    expect(refused.body.errors![0].extensions.messageEn).toMatch(
      /^Query Cost limit of 5000 exceeded/,
    );
    const cheaper = nested(12).replace("{ name }", `{ ${"name ".repeat(10)} }`);
    expect((await gql(served.url, cheaper)).status).toBe(200);
  });

  it("refuses more than 50 directives", async () => {
    const directives = (n: number) => `{ ${"__typename @skip(if: false) ".repeat(n)}}`;
    expect((await gql(served.url, directives(50))).body.errors).toBeUndefined();
    const refused = await gql(served.url, directives(51));
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "maxDirectives",
      messageEn: "Directives limit of 50 exceeded, found 51.",
    });
  });

  it("refuses 50 aliases but accepts 30", async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: allReports { id }`).join(" ")} }`;
    const ok = await gql(served.url, aliases(30));
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body.data as object)).toHaveLength(30);
    const refused = await gql(served.url, aliases(50));
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: "maxAliases",
      messageEn: "Aliases limit of 30 exceeded, found 50.",
    });
  });

  it("refuses a document of more than 5000 tokens before validating it", async () => {
    // 6,000 `year` tokens in one selection set: cheap to send, and over the token limit.
    const query = `{ allReports { ${"id ".repeat(6000)} } }`;
    const refused = await gql(served.url, query);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: "GRAPHQL_PARSE_FAILED",
      limit: "maxTokens",
      // graphql-js's own wording, typo included.
      messageEn: "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.",
    });
  });

  it("refuses a body over 1 MB with 413 before parsing it", async () => {
    const query = `{ allReports { id } }`;
    const body = JSON.stringify({ query, variables: { pad: "x".repeat(2_000_000) } });
    const refused = await post(served.url, body);
    expect(refused.status).toBe(413);
    expect(refused.body.errors![0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    // The server still answers afterwards.
    expect((await gql(served.url, query)).status).toBe(200);
  });

  it("refuses GET and simple POST requests without a preflight header (CSRF)", async () => {
    const query = encodeURIComponent("{ allReports { id } }");
    const get = await fetch(`${served.url}?query=${query}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain("Cross-Site Request Forgery");
    const plain = await post(served.url, JSON.stringify({ query: "{ __typename }" }), "text/plain");
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${served.url}?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: object }).data).toHaveProperty("allReports");
  });

  it("serves Apollo's landing page to browsers when SOSEI_LANDING_PAGE is on", async () => {
    const page = await fetch(served.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");
  });

  it("answers introspection when SOSEI_INTROSPECTION is on", async () => {
    const reply = await gql(served.url, "{ __schema { queryType { name } } }");
    expect(reply.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});

describe("GraphQL endpoint protection (production settings)", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve({ NODE_ENV: "production", SOSEI_MAX_BODY_BYTES: "2000" });
  });
  afterAll(() => served.server.close());

  it("refuses __schema when introspection is off", async () => {
    const reply = await gql(served.url, "{ __schema { queryType { name } } }");
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(reply.body.errors![0].message).toMatch(/introspection/i);
  });

  it("hides field suggestions, which would reveal the schema", async () => {
    const reply = await gql(served.url, "{ allFiscalYear { year } }");
    expect(reply.status).toBe(400);
    const { message } = reply.body.errors![0];
    expect(message).toContain(
      'Cannot query field "allFiscalYear" on type "Query". [Suggestion hidden]',
    );
    expect(message).not.toContain("allReports");
  });

  it("uses SOSEI_MAX_BODY_BYTES", async () => {
    const padded = JSON.stringify({ query: `{ allReports { id } }`, pad: "x".repeat(2000) });
    expect((await post(served.url, padded)).status).toBe(413);
  });

  it("never sends a stack trace and hides the message of unexpected errors", async () => {
    const replies = [
      await gql(served.url, "{ noSuchField }"),
      await gql(served.url, nested(13)),
      await gql(served.url, `{ Report(id: "999999") { id } }`),
    ];
    // An internal failure: the table behind allReports is gone.
    await served.db.sql.exec(`ALTER TABLE "Report" RENAME TO "ReportGone"`);
    const internal = await gql(served.url, "{ allReports { id } }");
    replies.push(internal);
    const codes = replies.map((r) => r.body.errors![0].extensions.code);
    expect(codes).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
      "GRAPHQL_VALIDATION_FAILED",
      "NOT_FOUND",
      "INTERNAL_SERVER_ERROR",
    ]);
    for (const reply of replies) {
      for (const error of reply.body.errors!)
        expect(error.extensions).not.toHaveProperty("stacktrace");
    }
    expect(internal.body.errors![0]).toMatchObject({
      message: "サーバー内部でエラーが発生しました / internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR", messageEn: "internal server error" },
    });
    expect(JSON.stringify(internal.body)).not.toContain('Report"');
    expect(replies[1].body.errors![0].extensions.limit).toBe("maxDepth");
  });

  it("serves no landing page", async () => {
    const page = await fetch(served.url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("<html");
  });
});
