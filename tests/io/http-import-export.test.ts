/**
 * Import and export over HTTP, as the admin will call them: multipart upload with a dry-run
 * report as JSON, apply in one transaction recorded as the signed-in user, role and scope
 * checks, a 100 MB upload refused with 413, downloads of CSV and XLSX.
 */
import fs from "node:fs";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { baseOf, cookieOf } from "../helpers/http";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import { SOURCE_FILE, upload } from "./io-helpers";

const source = () => ({ name: "asahikawa-fy2020.txt", bytes: fs.readFileSync(SOURCE_FILE) });
const ASAHIKAWA_FORM = "?grantType=地方創生推進交付金&unit=千円";

describe.each(backends().map((b) => [b.name, b] as const))(
  "import and export over HTTP (%s)",
  (_name, backend) => {
    let api: Api;
    let finance: string;

    beforeAll(async () => {
      api = await openApi(backend, "seeded");
      finance = await cookieOf(api, "finance");
    });
    afterAll(() => api?.close());

    test("a dry run of the source form by finance of 旭川市: five reports unchanged, the known warnings, nothing written", async () => {
      const response = await upload(api, ASAHIKAWA_FORM, [source()], finance);
      expect(response.status).toBe(200);
      const result = (await response.json()) as FileImportResult;
      expect(result.applied).toBe(false);
      expect(result.counts).toMatchObject({ create: 0, update: 0, unchanged: 5 });
      expect(result.warningCount).toBe(8);
    });

    test("a changed amount: the dry run names the field, the apply writes it as the finance user (history)", async () => {
      const text = fs
        .readFileSync(SOURCE_FILE, "utf8")
        .replace("1,133 (566)\t1,133 (566)", "1,133 (566)\t1,100 (550)");
      const file = { name: "corrected.txt", bytes: Buffer.from(text) };
      const dry = (await (
        await upload(api, ASAHIKAWA_FORM, [file], finance)
      ).json()) as FileImportResult;
      expect(
        dry.reports
          .filter((r) => r.action === "update")
          .map((r) => [r.number, r.changes.map((c) => [c.labelJa, c.before, c.after, c.line])]),
      ).toEqual([
        [
          2,
          [
            ["④ 事業 2 実績額", "1,133 千円", "1,100 千円", 35],
            ["④ 事業 2 うち交付金", "566 千円", "550 千円", 35],
          ],
        ],
      ]);
      const applied = await upload(api, `${ASAHIKAWA_FORM}&apply=1`, [file], finance);
      expect(applied.status).toBe(200);
      expect(((await applied.json()) as FileImportResult).applied).toBe(true);
      const programs = await api.query(
        `{ allReports(filter: { q: "まちを支える" }) { id version programs { actual } } }`,
      );
      const report = programs.data.allReports[0];
      expect(report.programs[1].actual).toBe(1_100_000);
      expect(report.version).toBe(2);
      const history = await api.query(
        `{ reportHistory(reportId: ${report.id}) { actorName entity action } }`,
      );
      expect(history.errors).toBeUndefined();
      expect(
        history.data.reportHistory.some(
          (h: { actorName: string | null; entity: string }) =>
            h.entity === "BudgetProgram" && h.actorName === "財政 花子",
        ),
      ).toBe(true);
    });

    test("who may import: anonymous 401, an evaluator 403, an unknown municipality and another municipality's reports refused (422)", async () => {
      expect((await upload(api, ASAHIKAWA_FORM, [source()])).status).toBe(401);
      const evaluator = await upload(
        api,
        ASAHIKAWA_FORM,
        [source()],
        await cookieOf(api, "evaluator"),
      );
      expect(evaluator.status).toBe(403);
      expect(((await evaluator.json()) as { error: { messageEn: string } }).error.messageEn).toBe(
        "only finance staff and administrators may import",
      );
      const unknown = await upload(
        api,
        `${ASAHIKAWA_FORM}&municipality=011002`,
        [source()],
        finance,
      );
      expect(unknown.status).toBe(422);
      const notFound = (await unknown.json()) as FileImportResult;
      expect(
        new Set(notFound.problems.filter((p) => p.severity === "error").map((p) => p.code)),
      ).toEqual(new Set(["UNKNOWN_MUNICIPALITY"]));
      const created = await api.query(
        `mutation { createMunicipality(code: "011002", name: "札幌市", prefecture: "北海道") { id } }`,
      );
      expect(created.errors).toBeUndefined();
      const other = await upload(
        api,
        `${ASAHIKAWA_FORM}&municipality=011002&apply=1`,
        [source()],
        finance,
      );
      expect(other.status).toBe(422);
      const result = (await other.json()) as FileImportResult;
      expect(
        result.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.report]),
      ).toEqual([1, 2, 3, 4, 5].map((n) => ["OUT_OF_SCOPE", n]));
      expect(result.applied).toBe(false);
      expect((await api.query(`{ _allReportsMeta { count } }`)).data._allReportsMeta.count).toBe(5);
    });

    test("a 100 MB upload is refused with 413 and a bilingual message; the server goes on serving", async () => {
      const big = Buffer.alloc(100 * 1024 * 1024, 0x41);
      const response = await upload(api, "", [{ name: "huge.csv", bytes: big }], finance);
      expect(response.status).toBe(413);
      const body = (await response.json()) as {
        error: { code: string; messageJa: string; messageEn: string };
      };
      expect(body.error).toEqual({
        code: "PAYLOAD_TOO_LARGE",
        messageJa: "ファイルが大きすぎます (上限 20 MB)",
        messageEn: "the upload is too large (limit 20 MB)",
      });
      expect((await fetch(`${baseOf(api)}/public/`)).status).toBe(200);
    });

    test("downloads: programs CSV (BOM, attachment) and the XLSX for a signed-in user; anonymous 401", async () => {
      const csv = await fetch(`${baseOf(api)}/api/exports/2020/programs.csv?municipality=012041`, {
        headers: { cookie: finance, "x-sosei-request": "1" },
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-disposition")).toContain(
        'filename="sosei-2020-012041-programs.csv"',
      );
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").split("\r\n").filter(Boolean)).toHaveLength(1 + 21);
      const xlsx = await fetch(`${baseOf(api)}/api/exports/2020.xlsx`, {
        headers: { cookie: finance, "x-sosei-request": "1" },
      });
      expect(xlsx.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(
        Buffer.from(await xlsx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
      const anonymous = await fetch(`${baseOf(api)}/api/exports/2020/reports.csv`, {
        headers: { "x-sosei-request": "1" },
      });
      expect(anonymous.status).toBe(401);
    });
  },
);
