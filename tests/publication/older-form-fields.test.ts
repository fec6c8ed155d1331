/**
 * Fields of older forms that used to be lost: the header block (担当部局課名, 連絡先) and the
 * grant's kind (先行型: タイプⅠ …) on the public form, in the open data and the CSV, read back
 * by the import; and a published report's No and grant type for anonymous GraphQL readers,
 * who may not read the project itself.
 */
import { PassThrough } from "node:stream";
import { createPrismaClient, type PrismaClient } from "../../server/src/db/database";
import { exportCsv, TABLE_NAMES } from "../../server/src/io/export/export-files";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { importAll, userOf } from "../io/io-helpers";
import { get, projectIdOf } from "../helpers/http";

const HEADER = { department: "経済部 観光課", contact: "0166-25-7364", grantKind: "タイプⅠ" };

let api: Api;
beforeAll(async () => {
  api = await openApi(backends()[0]!, "seeded", {
    reportStatus: "PUBLISHED",
    as: null,
    prepare: async (prisma) => {
      await prisma.report.updateMany({ where: { project: { number: 1 } }, data: HEADER });
    },
  });
});
afterAll(() => api?.close());

test("the public form states the header block and the grant's kind where the report does", async () => {
  const id = await projectIdOf(api, 1);
  const html = await (await get(api, `/public/municipalities/012041/2020/${id}/`)).text();
  expect(html).toContain(`担当部局課名: <span data-cell="department">経済部 観光課</span>`);
  expect(html).toContain(`連絡先: <span data-cell="contact">0166-25-7364</span>`);
  expect(html).toContain(`(<span data-cell="grant-kind">タイプⅠ</span>)`);
  const other = await (
    await get(api, `/public/municipalities/012041/2020/${await projectIdOf(api, 2)}/`)
  ).text();
  expect(other).not.toContain("担当部局課名");
  expect(other).not.toContain('data-cell="grant-kind"');
});

test("open data JSON and CSV carry them", async () => {
  const json = (await (await get(api, "/public/municipalities/012041/2020.json")).json()) as {
    reports: { number: number; department: string; contact: string; grantKind: string }[];
  };
  expect(json.reports.map((r) => [r.number, r.department, r.contact, r.grantKind])).toEqual([
    [1, HEADER.department, HEADER.contact, HEADER.grantKind],
    [2, null, null, null],
    [3, null, null, null],
    [4, null, null, null],
    [5, null, null, null],
  ]);
  const csv = await (await get(api, "/public/municipalities/012041/2020/reports.csv")).text();
  const [head, first] = csv.split("\r\n");
  const column = head!.split(",").indexOf("交付金の区分");
  expect(column).toBeGreaterThan(0);
  expect(first!.split(",")[column]).toBe("タイプⅠ");
});

test("anonymous GraphQL readers get each published report's No and grant type, not the project", async () => {
  const result = await api.anonymous.query(
    `{ allReports(sortField: "id") { projectNumber grantTypeName grantKind department project { id } } }`,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.allReports).toEqual(
    [1, 2, 3, 4, 5].map((n) => ({
      projectNumber: n,
      grantTypeName: "地方創生推進交付金",
      grantKind: n === 1 ? "タイプⅠ" : null,
      department: n === 1 ? HEADER.department : null,
      project: null,
    })),
  );
});

describe("the import", () => {
  let prisma: PrismaClient;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const db = await backends()[0]!.open("seeded");
    prisma = createPrismaClient(db);
    close = async () => {
      await prisma.$disconnect();
      await db.close();
    };
    await prisma.report.updateMany({ data: { status: "DRAFT" } });
    await prisma.report.updateMany({ where: { project: { number: 1 } }, data: HEADER });
  });
  afterAll(() => close?.());

  test("reads 交付金の区分 back: an exported file round-trips, a changed kind is written", async () => {
    const filter = { fiscalYear: 2020, publishedOnly: false, reader: "system" as const };
    const files = [];
    for (const table of TABLE_NAMES) {
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
      await exportCsv(prisma, filter, table, sink);
      sink.end();
      files.push({ name: `${table}.csv`, bytes: Buffer.concat(chunks) });
    }
    // Finance of 旭川市 imports the drafts back, as the admin's import page does.
    const actor = await userOf(prisma, ["FINANCE"], "012041");
    const same = await importAll(prisma, files, { actor, apply: false });
    expect([same.counts.unchanged, same.errorCount]).toEqual([5, 0]);
    const reports = files.find((f) => f.name === "reports.csv")!;
    reports.bytes = Buffer.from(reports.bytes.toString("utf8").replace("タイプⅠ", "タイプⅡ"));
    const applied = await importAll(prisma, files, { actor, apply: true });
    expect([applied.counts.update, applied.errorCount, applied.applied]).toEqual([1, 0, true]);
    const stored = await prisma.report.findMany({
      where: { project: { number: 1 } },
      select: { grantKind: true, department: true },
    });
    expect(stored).toEqual([{ grantKind: "タイプⅡ", department: HEADER.department }]);
  });
});
