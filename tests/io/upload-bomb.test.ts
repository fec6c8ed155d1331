/**
 * Zip bombs at POST /api/import (issue 17 #4). A workbook is a zip: its directory is checked
 * before anything inflates (entries, declared total per file and per upload, ratio), each
 * entry is then inflated at most to its declared size, and the workbook is read on a worker
 * thread, so the server keeps answering /healthz and a 25-row list while ten bombs are
 * refused with located 422 problems, and while a real workbook is imported.
 */
import { checkZip, uploadBudget } from "../../server/src/io/import/tables/zip-check";
import { Problems } from "../../server/src/io/import/problems";
import { backends } from "../helpers/databases";
import { spawnSosei, type SoseiProcess } from "../helpers/server-process";
import { bombEntry, entryOf, xlsxBomb, zipOf } from "./zip-files";

jest.setTimeout(240_000);

function check(bytes: Buffer) {
  const problems = new Problems();
  const { ok, inflated } = checkZip("bomb.xlsx", bytes, uploadBudget(), problems);
  return { ok, inflated, codes: problems.list.map((p) => p.code) };
}

describe("the zip check, before anything inflates", () => {
  it("refuses 0.5 MB that declares 500 MB, having inflated nothing", async () => {
    const bomb = await xlsxBomb(500);
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(check(bomb)).toEqual({ ok: false, inflated: 0, codes: ["ZIP_TOO_LARGE"] });
  });

  it("refuses an entry compressed a thousandfold within the size limit, having inflated nothing", async () => {
    const bomb = await xlsxBomb(50);
    expect(check(bomb)).toEqual({ ok: false, inflated: 0, codes: ["ZIP_RATIO"] });
  });

  it("refuses a directory that lies, after at most its declared size", async () => {
    const liar = await bombEntry("xl/worksheets/sheet1.xml", 50);
    const result = check(zipOf([{ ...liar, size: 1000 }]));
    expect(result.codes).toEqual(["ZIP_SIZE_MISMATCH"]);
    expect(result.inflated).toBeLessThanOrEqual(1000);
  });

  it("refuses too many entries", () => {
    const many = Array.from({ length: 1001 }, (_, i) => entryOf(`x/${i}.xml`, "<x/>"));
    expect(check(zipOf(many)).codes).toEqual(["ZIP_TOO_MANY_ENTRIES"]);
  });
});

/** Polls `path` back to back until `until` settles; the longest answer in ms. */
async function longestAnswer(base: string, init: () => RequestInit, until: Promise<unknown>) {
  let done = false;
  void until.finally(() => (done = true));
  let longest = 0;
  let count = 0;
  while (!done) {
    const started = performance.now();
    const response = await fetch(base, init());
    await response.arrayBuffer();
    longest = Math.max(longest, performance.now() - started);
    count++;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { longest, count };
}

describe.each(backends().map((b) => [b.name, b] as const))("uploads on %s", (_, backend) => {
  let sosei: SoseiProcess;
  let close: () => Promise<void>;
  let cookie: string;

  beforeAll(async () => {
    const db = await backend.open("seeded");
    sosei = await spawnSosei({ DATABASE_URL: db.url, SOSEI_SEED_ON_EMPTY: "false" });
    close = async () => {
      sosei.child.kill("SIGTERM");
      await sosei.exited;
      await db.close();
    };
    const login = await fetch(`${sosei.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(loginId: "finance", password: "sosei-finance-demo") { id } }`,
      }),
    });
    cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  });
  afterAll(() => close());

  /** The multipart body is built before the clock starts: only the server is measured. */
  const upload = async (files: { name: string; bytes: Buffer }[]) => {
    const form = new FormData();
    for (const f of files) form.append("file", new Blob([new Uint8Array(f.bytes)]), f.name);
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const type = encoded.headers.get("content-type")!;
    return () =>
      fetch(`${sosei.base}/api/import`, {
        method: "POST",
        body,
        headers: { cookie, "sec-fetch-site": "same-origin", "content-type": type },
      });
  };
  const health = () => ({});
  const list = () => ({
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: `{ allBudgetPrograms(perPage: 25) { id name budget } }` }),
  });

  async function whileUploading(files: { name: string; bytes: Buffer }[]) {
    // Warm: the first list of a fresh server plans its statement.
    for (let i = 0; i < 3; i++) await (await fetch(`${sosei.base}/graphql`, list())).json();
    const send = await upload(files);
    const answer = send().then(async (r) => ({ status: r.status, body: await r.json() }));
    const [result, healthz, listed] = await Promise.all([
      answer,
      longestAnswer(`${sosei.base}/healthz`, health, answer),
      longestAnswer(`${sosei.base}/graphql`, list, answer),
    ]);
    // The same polling without an upload, as long, for comparison. The aim is under 100 ms
    // added; the bound here is what a shared 2-core test machine under load 12-15 holds
    // (inflating the bombs on the main thread stalled it for 2-18 s); the figures are logged.
    const quiet = new Promise((resolve) => setTimeout(resolve, 2000));
    const [idleHealthz, idleList] = await Promise.all([
      longestAnswer(`${sosei.base}/healthz`, health, quiet),
      longestAnswer(`${sosei.base}/graphql`, list, quiet),
    ]);
    const report = (name: string) =>
      console.log(
        `${name}: longest /healthz ${healthz.longest.toFixed(1)} ms of ${healthz.count} ` +
          `(idle ${idleHealthz.longest.toFixed(1)}), longest 25-row list ` +
          `${listed.longest.toFixed(1)} ms of ${listed.count} (idle ${idleList.longest.toFixed(1)})`,
      );
    const expectResponsive = () => {
      expect(healthz.longest).toBeLessThan(1000 + idleHealthz.longest);
      expect(listed.longest).toBeLessThan(1000 + idleList.longest);
    };
    return { result, report, expectResponsive };
  }

  it("ten 500 MB bombs in one upload: 422, each located, and the server keeps answering", async () => {
    const bomb = await xlsxBomb(500);
    const files = Array.from({ length: 10 }, (_, i) => ({ name: `bomb-${i}.xlsx`, bytes: bomb }));
    const { result, report, expectResponsive } = await whileUploading(files);
    expect(result.status).toBe(422);
    const problems = result.body.problems as { file: string; code: string }[];
    expect(problems.map((p) => [p.file, p.code])).toEqual(
      files.map((f) => [f.name, "ZIP_TOO_LARGE"]),
    );
    report("ten bombs");
    expectResponsive();
  });

  it("a real workbook is read off the main thread: the server keeps answering", async () => {
    const exported = await fetch(`${sosei.base}/api/exports/2020.xlsx`, {
      headers: { cookie, "sec-fetch-site": "same-origin" },
    });
    expect(exported.status).toBe(200);
    const bytes = Buffer.from(await exported.arrayBuffer());
    const { result, report, expectResponsive } = await whileUploading([
      { name: "sosei-2020.xlsx", bytes },
    ]);
    expect([result.status, result.body.errorCount]).toEqual([200, 0]);
    report("a workbook");
    expectResponsive();
  });
});
