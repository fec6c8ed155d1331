/**
 * Downloads for signed-in users (the admin's export buttons), over what the user may read:
 *   GET /api/exports/{year}/{reports|programs|kpis}.csv[?municipality=CODE&published=1]
 *   GET /api/exports/{year}.xlsx[?municipality=CODE&published=1]
 * Streamed, so a national year leaves memory flat.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Actor } from "../../auth/permissions";
import type { PrismaClient } from "../../db/database";
import { sendError } from "../../errors/http-errors";
import type { Route } from "./router";
import { TYPES } from "./respond";
import { exportCsv, exportFileName, exportXlsx } from "../../io/export/export-files";
import type { ExportFilter } from "../../io/export/export-query";
import type { TableName } from "../../io/tables/part-columns";

const PATH = /^\/api\/exports\/(\d{4})(?:\/(reports|programs|kpis)\.csv|\.xlsx)$/;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(res: ServerResponse, type: string, name: string) {
  res.writeHead(200, {
    "content-type": type,
    "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
}

export function exportRoute(
  prisma: PrismaClient,
  actorOf: (req: IncomingMessage) => Promise<Actor | null>,
): Route {
  return {
    matches: (path) => path.startsWith("/api/exports/"),
    async handle(req, res, url) {
      const m = PATH.exec(url.pathname);
      if (!m || req.method !== "GET")
        return sendError(res, 404, "NOT_FOUND", "見つかりません", "not found");
      const actor = await actorOf(req);
      if (!actor)
        return sendError(res, 401, "UNAUTHENTICATED", "ログインしてください", "sign in first");
      const municipality = url.searchParams.get("municipality") ?? undefined;
      if (municipality !== undefined && !/^\d{6}$/.test(municipality)) {
        return sendError(
          res,
          400,
          "BAD_USER_INPUT",
          "団体コードは6桁の数字です",
          "municipality must be a six-digit code",
        );
      }
      const filter: ExportFilter = {
        fiscalYear: Number(m[1]),
        municipalityCode: municipality,
        publishedOnly: url.searchParams.get("published") === "1",
        reader: actor,
      };
      if (m[2]) {
        attachment(res, TYPES.csv, exportFileName(filter, `-${m[2]}.csv`));
        await exportCsv(prisma, filter, m[2] as TableName, res);
        res.end();
      } else {
        attachment(res, XLSX, exportFileName(filter, ".xlsx"));
        await exportXlsx(prisma, filter, res);
      }
    },
  };
}
