/**
 * Open data and roll-ups never show a draft nor any revision but the current published one:
 * report 3 is a draft, report 4's first revision is SUPERSEDED by a published second one,
 * report 5 has a second revision in DRAFT while its first stays published. Every public
 * format answers with the licence and ETag/Last-Modified, and a harvester's conditional
 * request gets 304 until something it sees changes.
 */
import type { PrismaClient } from "../../server/src/db/database";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { get, projectIdOf } from "../helpers/http";

const DRAFT_NAME = "ものづくり企業のデザイン力向上による持続可能な都市創出プロジェクト";

async function prepare(prisma: PrismaClient): Promise<void> {
  const of = (number: number) => prisma.report.findFirstOrThrow({ where: { project: { number } } });
  const [r3, r4, r5] = [await of(3), await of(4), await of(5)];
  await prisma.report.update({ where: { id: r3.id }, data: { status: "DRAFT" } });
  await prisma.report.update({ where: { id: r4.id }, data: { status: "SUPERSEDED" } });
  const copy = (r: typeof r4) => ({
    projectId: r.projectId,
    municipalityId: r.municipalityId,
    fiscalYear: r.fiscalYear,
    revision: 2,
    projectName: r.projectName,
    moneyUnit: r.moneyUnit,
  });
  await prisma.report.create({
    data: {
      ...copy(r4),
      status: "PUBLISHED",
      overview: "改訂版の全体概要",
      publishedAt: new Date("2021-06-30T00:00:00Z"),
    },
  });
  await prisma.report.create({ data: { ...copy(r5), status: "DRAFT", overview: "作成中の改訂" } });
}

type Body = {
  licence: { url: string };
  reports: {
    number: number;
    revision: number;
    overview: string;
    projectName: string;
    municipality: { name: string };
  }[];
};

describe.each(backends().map((b) => [b.name, b] as const))(
  "open data and roll-ups (%s)",
  (_name, backend) => {
    let api: Api;

    beforeAll(async () => {
      api = await openApi(backend, "seeded", { reportStatus: "PUBLISHED", prepare });
    });
    afterAll(() => api?.close());

    test("a fiscal year as JSON: reports 1, 2, 4 (revision 2) and 5 (revision 1); never the draft or a superseded revision", async () => {
      const response = await get(api, "/public/fiscal-years/2020.json");
      expect(response.status).toBe(200);
      const body = (await response.json()) as Body;
      expect(body.reports.map((r) => [r.number, r.revision])).toEqual([
        [1, 1],
        [2, 1],
        [4, 2],
        [5, 1],
      ]);
      expect(body.reports.find((r) => r.number === 4)!.overview).toBe("改訂版の全体概要");
      expect(body.reports.find((r) => r.number === 5)!.overview).not.toBe("作成中の改訂");
      expect(body.licence.url).toBe("https://creativecommons.org/licenses/by/4.0/deed.ja");
      expect(response.headers.get("link")).toBe(
        '<https://creativecommons.org/licenses/by/4.0/deed.ja>; rel="license"',
      );
    });

    test("the draft report 3 is not found in any format, and absent from every collection", async () => {
      const base = `/public/municipalities/012041/2020/${await projectIdOf(api, 1)}`.replace(
        /\d+$/,
        "",
      );
      const r3 = (await api.query(`{ allReports(filter: { q: "デザイン力" }) { project { id } } }`))
        .data.allReports[0].project.id;
      for (const suffix of ["/", ".json", "/reports.csv", "/programs.csv", "/kpis.csv"]) {
        expect([suffix, (await get(api, `${base}${r3}${suffix}`)).status]).toEqual([suffix, 404]);
      }
      for (const path of [
        "/public/municipalities/012041/2020/",
        "/public/municipalities/012041/2020/kpis.csv",
        "/public/municipalities/012041/reports.csv",
        "/public/fiscal-years/2020/programs.csv",
        "/public/municipalities/012041.json",
      ]) {
        const text = await (await get(api, path)).text();
        expect([
          path,
          text.includes(DRAFT_NAME),
          text.includes("デザイン経営実践企業数"),
          text.includes("作成中の改訂"),
        ]).toEqual([path, false, false, false]);
      }
    });

    test("CSV (UTF-8 with BOM): the year's KPI rows are those of reports 1, 2 and 5 (report 4's revision 2 has none)", async () => {
      const bytes = Buffer.from(
        await (await get(api, "/public/fiscal-years/2020/kpis.csv")).arrayBuffer(),
      );
      const csv = bytes.toString("utf8");
      const lines = csv.split("\r\n").filter(Boolean);
      expect(lines[0]!.startsWith("\uFEFF団体コード,年度,No,国提出事業名,番号,指標名")).toBe(true);
      expect(lines.slice(1).map((l) => l.split(",")[2])).toEqual([
        "1",
        "1",
        "1",
        "2",
        "2",
        "2",
        "5",
        "5",
        "5",
      ]);
    });

    test("conditional requests: If-None-Match and If-Modified-Since → 304 without a body; a stale ETag → 200", async () => {
      const first = await get(api, "/public/municipalities/012041/2020.json");
      const etag = first.headers.get("etag")!;
      const lastModified = first.headers.get("last-modified")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const byTag = await get(api, "/public/municipalities/012041/2020.json", {
        "if-none-match": etag,
      });
      expect(byTag.status).toBe(304);
      expect(await byTag.text()).toBe("");
      expect(
        (
          await get(api, "/public/municipalities/012041/2020.json", {
            "if-modified-since": lastModified,
          })
        ).status,
      ).toBe(304);
      expect(
        (await get(api, "/public/municipalities/012041/2020.json", { "if-none-match": '"stale"' }))
          .status,
      ).toBe(200);
      expect(
        (await get(api, "/public/municipalities/012041/2020/kpis.csv")).headers.get("etag"),
      ).not.toBe(etag);
    });

    test("a change the public sees (the municipality renamed) changes the ETag; the old one gets the new body", async () => {
      const path = "/public/fiscal-years/2020.json";
      const etag = (await get(api, path)).headers.get("etag")!;
      const id = (await api.query(`{ allMunicipalities { id } }`)).data.allMunicipalities[0].id;
      const renamed = await api.query(
        `mutation { updateMunicipality(id: ${id}, version: 1, name: "旭川市(改称)") { name } }`,
      );
      expect(renamed.errors).toBeUndefined();
      const after = await get(api, path, { "if-none-match": etag });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(etag);
      expect(((await after.json()) as Body).reports[0]!.municipality.name).toBe("旭川市(改称)");
    });

    test("roll-up of FY2020: 2 of 4 published projects with a KPI achieved (50.0%), 2 of 9 KPIs (22.2%), nationally and for 北海道", async () => {
      const summary = (await (await get(api, "/public/fiscal-years/2020/summary.json")).json()) as {
        national: Record<string, number>;
        prefectures: {
          code: string;
          name: string;
          stats: Record<string, number>;
          municipalities: { code: string }[];
        }[];
      };
      const expected = {
        reportCount: 4,
        reportsWithAchievedKpi: 2,
        kpiCount: 9,
        achievedKpiCount: 2,
        reportsWithAchievedKpiShare: 0.5,
        achievedKpiShare: 2 / 9,
      };
      expect(summary.national).toEqual(expected);
      expect(summary.prefectures).toHaveLength(1);
      expect(summary.prefectures[0]).toMatchObject({
        code: "01",
        stats: expected,
        municipalities: [{ code: "012041" }],
      });
      const page = await (await get(api, "/public/fiscal-years/2020/")).text();
      expect(page).toMatch(
        /data-row="national">[\s\S]*?data-cell="reports-share">50\.0%<[\s\S]*?data-cell="kpis-share">22\.2%</,
      );
      expect(page).toContain('href="prefectures/01/"');
      const prefecture = await (await get(api, "/public/fiscal-years/2020/prefectures/01/")).text();
      expect(prefecture).toContain('href="/public/municipalities/012041/2020/"');
      expect((await get(api, "/public/fiscal-years/2019/")).status).toBe(404);
    });
  },
);
