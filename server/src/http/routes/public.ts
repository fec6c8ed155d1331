/**
 * Stable public URLs of the publication (published reports only), each as HTML, JSON and CSV:
 *   /public/                                        index
 *   /public/municipalities/{code}/                  a municipality's reports     .json  /{table}.csv
 *   /public/municipalities/{code}/{year}/           its reports of a year, as the form   .json  /{table}.csv
 *   /public/municipalities/{code}/{year}/{project}/ one report (current published revision)  .json  /{table}.csv
 *   /public/municipalities/{code}/{year}.pdf, /{year}/{project}.pdf  the form as kept PDFs (made on publication)
 *   /public/fiscal-years/{year}/                    national roll-up   /prefectures/{pp}/   /summary.json
 *   /public/fiscal-years/{year}.json  /{table}.csv  every published report of the year
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { write } from "../../common/write-chunk";
import type { PrismaClient } from "../../db/database";
import { sendError } from "../../errors/http-errors";
import { tableRows } from "../../io/export/table-rows";
import { csvLines } from "../../io/export/write-csv";
import type { TableName } from "../../io/tables/part-columns";
import type { Route } from "./router";
import { sendPublic } from "./respond";
import { writeReportsJson } from "../../publication/open-data/open-data-json";
import {
  freshnessOf,
  publishedReports,
  type PublishedScope,
} from "../../publication/open-data/published";
import {
  formPage,
  indexPage,
  kpiSlotsOf,
  municipalityPage,
  reportPath,
  type Published,
} from "../../publication/public-pages";
import { PublicationPdfs, type PdfScope } from "../../publication/pdf/publication-pdfs";
import { fiscalYearRollup } from "../../publication/rollup/rollup";
import { nationalPage, prefecturePage } from "../../publication/rollup/rollup-pages";

type Format = { kind: "html" } | { kind: "json" } | { kind: "csv"; table: TableName };
type Handler = (req: IncomingMessage, res: ServerResponse, m: string[]) => Promise<void>;

const TABLE = "(reports|programs|kpis)";
const CODE = "(\\d{6})";
const YEAR = "(\\d{4})";

const notFound = (res: ServerResponse, type: "html" | "json" | "text") =>
  sendError(res, 404, "NOT_FOUND", "公表された報告はありません", "no published report here", type);

async function collect(reports: AsyncIterable<Published>): Promise<Published[]> {
  const all: Published[] = [];
  for await (const r of reports) all.push(r);
  return all;
}

export function publicRoutes(prisma: PrismaClient, pdfs = new PublicationPdfs(prisma)): Route {
  async function pdf(req: IncomingMessage, res: ServerResponse, scope: PdfScope) {
    // A missing PDF is made now; without a browser that can make it, say so (the page stays).
    const found = await pdfs.get(scope).catch((error: Error) => error);
    if (found instanceof Error) {
      return sendError(
        res,
        503,
        "PDF_UNAVAILABLE",
        `PDFを作成できません (${found.message.split("\n")[0]})。HTML の公表ページをご利用ください`,
        `the PDF cannot be made (${found.message.split("\n")[0]}); use the HTML page`,
        "text",
      );
    }
    if (!found) return notFound(res, "text");
    return sendPublic(req, res, found.fresh, "pdf", (out) => void out.end(found.pdf));
  }

  /** A scope of published reports in one of its formats. */
  async function scoped(
    req: IncomingMessage,
    res: ServerResponse,
    scope: PublishedScope,
    format: Format,
    html: (reports: Published[]) => Promise<string>,
  ) {
    const kind = format.kind === "csv" ? `csv:${format.table}` : format.kind;
    const fresh = await freshnessOf(prisma, scope, kind);
    if (fresh.count === 0)
      return notFound(
        res,
        format.kind === "html" ? "html" : format.kind === "json" ? "json" : "text",
      );
    const reports = () => publishedReports(prisma, scope);
    if (format.kind === "json") {
      return sendPublic(req, res, fresh, "json", (out) =>
        writeReportsJson(out, reports(), (r) => reportPath(r)),
      );
    }
    if (format.kind === "csv") {
      return sendPublic(req, res, fresh, "csv", async (out) => {
        for await (const line of csvLines(tableRows(format.table, reports())))
          await write(out, line);
      });
    }
    const body = await html(await collect(reports()));
    return sendPublic(req, res, fresh, "html", (out) => void out.end(body));
  }

  const asForm = (single: boolean) => async (reports: Published[]) =>
    formPage(reports, await kpiSlotsOf(prisma), single);
  const asMunicipality = async (reports: Published[]) => {
    const m = reports[0]!.municipality;
    return municipalityPage({ code: m.code, name: m.name ?? m.code }, reports);
  };
  const format = (suffix: string | undefined, table?: string): Format =>
    table
      ? { kind: "csv", table: table as TableName }
      : suffix === ".json"
        ? { kind: "json" }
        : { kind: "html" };

  async function rollup(
    req: IncomingMessage,
    res: ServerResponse,
    year: number,
    prefecture: string | null,
    json: boolean,
  ) {
    const fresh = await freshnessOf(prisma, { fiscalYear: year }, `rollup:${prefecture}:${json}`);
    if (fresh.count === 0) return notFound(res, json ? "json" : "html");
    const r = await fiscalYearRollup(prisma, year);
    if (json) return sendPublic(req, res, fresh, "json", (out) => void out.end(JSON.stringify(r)));
    const p = prefecture === null ? null : r.prefectures.find((x) => x.code === prefecture);
    if (p === undefined) return notFound(res, "html");
    const body = p === null ? nationalPage(r) : prefecturePage(r, p);
    return sendPublic(req, res, fresh, "html", (out) => void out.end(body));
  }

  const routes: [RegExp, Handler][] = [
    [
      /^\/public\/?$/,
      async (req, res) => {
        const body = await indexPage(prisma);
        const fresh = await freshnessOf(prisma, {}, "index");
        return sendPublic(req, res, fresh, "html", (out) => void out.end(body));
      },
    ],
    [
      new RegExp(`^/public/municipalities/${CODE}(?:(\\.json)|/${TABLE}\\.csv|/?)$`),
      (req, res, m) =>
        scoped(req, res, { municipalityCode: m[1] }, format(m[2], m[3]), asMunicipality),
    ],
    [
      new RegExp(`^/public/municipalities/${CODE}/${YEAR}(?:(\\.json)|/${TABLE}\\.csv|/?)$`),
      (req, res, m) =>
        scoped(
          req,
          res,
          { municipalityCode: m[1], fiscalYear: Number(m[2]) },
          format(m[3], m[4]),
          asForm(false),
        ),
    ],
    [
      new RegExp(
        `^/public/municipalities/${CODE}/${YEAR}/(\\d{1,9})(?:(\\.json)|/${TABLE}\\.csv|/?)$`,
      ),
      (req, res, m) =>
        scoped(
          req,
          res,
          { municipalityCode: m[1], fiscalYear: Number(m[2]), projectId: Number(m[3]) },
          format(m[4], m[5]),
          asForm(true),
        ),
    ],
    [
      new RegExp(`^/public/municipalities/${CODE}/${YEAR}(?:/(\\d{1,9}))?\\.pdf$`),
      (req, res, m) =>
        pdf(req, res, {
          municipalityCode: m[1]!,
          fiscalYear: Number(m[2]),
          projectId: m[3] ? Number(m[3]) : undefined,
        }),
    ],
    [
      new RegExp(`^/public/fiscal-years/${YEAR}(?:(\\.json)|/${TABLE}\\.csv)$`),
      (req, res, m) =>
        scoped(req, res, { fiscalYear: Number(m[1]) }, format(m[2], m[3]), asForm(false)),
    ],
    [
      new RegExp(`^/public/fiscal-years/${YEAR}/?$`),
      (req, res, m) => rollup(req, res, Number(m[1]), null, false),
    ],
    [
      new RegExp(`^/public/fiscal-years/${YEAR}/summary\\.json$`),
      (req, res, m) => rollup(req, res, Number(m[1]), null, true),
    ],
    [
      new RegExp(`^/public/fiscal-years/${YEAR}/prefectures/(\\d{2})/?$`),
      (req, res, m) => rollup(req, res, Number(m[1]), m[2]!, false),
    ],
  ];

  return {
    matches: (path) => path === "/public" || path.startsWith("/public/"),
    async handle(req, res, url) {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("allow", "GET, HEAD");
        return sendError(
          res,
          405,
          "METHOD_NOT_ALLOWED",
          "GET で取得してください",
          "use GET",
          "text",
        );
      }
      for (const [pattern, handler] of routes) {
        const m = pattern.exec(url.pathname);
        if (m) return handler(req, res, [...m].map((x) => x ?? "") as string[]);
      }
      return notFound(res, "html");
    },
  };
}
