/**
 * The PDFs of the public site, read back with poppler: the form as cities print it (A4
 * landscape; no amount, figure or column header split over two lines; every page holds
 * content and no page but the last is left mostly empty), for each of the seed's five reports;
 * kept in the database, answered with an ETag, and made again by the publication of a new revision.
 */
import type { SqlDriver } from "../../server/src/db/sql-driver";
import { openApi, type Api } from "../helpers/api";
import { backends, capturing } from "../helpers/databases";
import { readSourceReports } from "../seed/source-document";
import { get, projectIdOf } from "../helpers/http";
import { onOneLine, readPdf, type PdfPage } from "./pdf-text";

jest.setTimeout(180_000);

const source = readSourceReports();
const YEAR = "/public/municipalities/012041/2020";

/** Every column and row header of the form, as one unit each. */
const HEADERS = [
  "①国提出事業名",
  "②実施計画期間 (R2年度の実施年数)",
  "事業名",
  "主な事業実績",
  "予算額",
  "(うち交付金見込)",
  "実績額",
  "合計 (うち交付金対象)",
  "⑤本事業における重要業績評価指標(KPI)",
  "⑥本事業終了後における実績値",
  "基準値",
  "目標値",
  "目標年月",
  "最新値",
  "事業効果",
  ...["指標①", "指標②", "指標③", "指標④"],
  "事業の評価",
  "外部有識者からの意見",
  "今後の方針の理由",
];

let api: Api;
let sql: SqlDriver;
beforeAll(async () => {
  api = await openApi(
    capturing(backends()[0]!, (db) => (sql = db.sql)),
    "seeded",
    {
      reportStatus: "PUBLISHED",
      env: { SOSEI_PDF_ON_PUBLISH: "true" },
    },
  );
});
afterAll(() => api?.close());

async function pdfOf(path: string): Promise<{ pages: PdfPage[]; response: Response }> {
  const response = await get(api, path);
  expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/pdf"]);
  return { pages: readPdf(Buffer.from(await response.arrayBuffer())), response };
}

describe("the form as printed", () => {
  test.each(source.map((r) => [r.number, r] as const))(
    "report No.%i: A4 landscape, no header or amount split, every page filled",
    async (number, report) => {
      const { pages } = await pdfOf(`${YEAR}/${await projectIdOf(api, number)}.pdf`);
      for (const page of pages) {
        expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      }
      const split = (texts: string[]) => texts.filter((t) => t !== "" && !onOneLine(pages, t));
      expect(split([...HEADERS, report.actualsHeaderCell, report.kpiNameHeaderCell])).toEqual([]);
      const amounts = [
        ...report.programs.flatMap((p) => [p.budgetCell, p.actualCell]),
        report.totals.budgetCell,
        report.totals.actualCell,
        ...report.kpis.flatMap((k) => [k.baseline, k.target, k.targetMonth]),
      ];
      expect(split(amounts)).toEqual([]);
      const content = pages.map((p) => p.lines.join("").replace(/\s+/g, "").length);
      expect(content.filter((chars) => chars < 100)).toEqual([]);
      // A row that does not fit continues on the next page: only the last page may end early.
      const early = pages.slice(0, -1).filter((p) => p.filledTo < 0.75);
      expect(early.map((p) => p.filledTo)).toEqual([]);
    },
  );
});

describe("PDFs on the public site", () => {
  test("a report's PDF is kept in the database and answered with an ETag (304 when unchanged)", async () => {
    const id = await projectIdOf(api, 3);
    const first = await get(api, `${YEAR}/${id}.pdf`);
    const body = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const [kept] = await sql.query<{ etag: string; bytes: number; createdAt: Date }>(
      `SELECT etag, length(pdf) AS bytes, "createdAt" FROM "PublicationPdf" WHERE key = $1`,
      [`report:012041:2020:${id}`],
    );
    expect(kept).toMatchObject({ etag, bytes: body.length });
    const again = await get(api, `${YEAR}/${id}.pdf`);
    expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);
    const [still] = await sql.query<{ createdAt: Date }>(
      `SELECT "createdAt" FROM "PublicationPdf" WHERE key = $1`,
      [`report:012041:2020:${id}`],
    );
    expect(still!.createdAt).toEqual(kept!.createdAt);
    expect((await get(api, `${YEAR}/${id}.pdf`, { "if-none-match": etag })).status).toBe(304);
    expect((await get(api, `${YEAR}/999999.pdf`)).status).toBe(404);
  });

  test("the town's year is one PDF holding every report, linked from the year's page", async () => {
    const { pages } = await pdfOf(`${YEAR}.pdf`);
    for (const r of source) expect(onOneLine(pages, r.nameCell.slice(0, 20))).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(source.length);
    const html = await (await get(api, `${YEAR}/`)).text();
    expect(html).toContain(`href="${YEAR}.pdf"`);
    const id = await projectIdOf(api, 1);
    expect(await (await get(api, `${YEAR}/${id}/`)).text()).toContain(`href="${YEAR}/${id}.pdf"`);
  });

  test("publishing a new revision makes its PDF after the commit; the old one is replaced", async () => {
    const id = await projectIdOf(api, 2);
    const key = `report:012041:2020:${id}`;
    const before = await get(api, `${YEAR}/${id}.pdf`);
    const oldTag = before.headers.get("etag");
    const [published] = await sql.query<{ id: number }>(
      `SELECT id FROM "Report" WHERE "projectId" = $1 AND status = 'PUBLISHED'`,
      [id],
    );
    const revised = await api.query(`mutation { reviseReport(id: ${published!.id}) { id } }`);
    const draft = Number(revised.data.reviseReport.id);
    await sql.query(
      `UPDATE "Report" SET overview = '改訂版の全体概要', status = 'APPROVED' WHERE id = $1`,
      [draft],
    );
    const [{ version }] = (await sql.query<{ version: number }>(
      `SELECT version FROM "Report" WHERE id = $1`,
      [draft],
    )) as [{ version: number }];
    const done = await api.query(
      `mutation { publishReport(id: ${draft}, version: ${version}) { status } }`,
    );
    expect(done.data).toEqual({ publishReport: { status: "PUBLISHED" } });
    // Made in the background, not by a request: wait for the stored copy to change.
    let stored: string | undefined;
    for (let i = 0; i < 120 && (stored === undefined || stored === oldTag); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      [{ etag: stored } = { etag: undefined }] = await sql.query<{ etag: string }>(
        `SELECT etag FROM "PublicationPdf" WHERE key = $1`,
        [key],
      );
    }
    const { pages, response } = await pdfOf(`${YEAR}/${id}.pdf`);
    expect(response.headers.get("etag")).toBe(stored);
    expect(stored).not.toBe(oldTag);
    expect(onOneLine(pages, "改訂版の全体概要")).toBe(true);
    const yearTag = (await get(api, `${YEAR}.pdf`)).headers.get("etag");
    const [year] = await sql.query<{ etag: string }>(
      `SELECT etag FROM "PublicationPdf" WHERE key = 'year:012041:2020:'`,
    );
    expect(year?.etag).toBe(yearTag);
  });
});
