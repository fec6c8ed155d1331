/**
 * /preview/reports/{id}: the same form for a signed-in user who may read the report (its
 * municipality's staff, or an administrator of all), in any status. Never public: no cache,
 * and the stated 合計 shows the computed figure beside it where they differ.
 */
import type { IncomingMessage } from "node:http";
import type { Actor } from "../../auth/permissions";
import { canReadReport } from "../../auth/report-visibility";
import type { PrismaClient } from "../../db/database";
import { sendError } from "../../errors/http-errors";
import type { Route } from "./router";
import { CONTENT_INCLUDE, contentOf } from "../../io/content/from-db";
import { renderReport } from "../../publication/form/render-report";
import { FRAME_ANCESTORS, TYPES } from "./respond";
import { page } from "../../publication/page";
import { kpiSlotsOf } from "../../publication/public-pages";

const PATH = /^\/preview\/reports\/(\d{1,9})\/?$/;

export function previewRoute(
  prisma: PrismaClient,
  actorOf: (req: IncomingMessage) => Promise<Actor | null>,
): Route {
  return {
    matches: (path) => PATH.test(path),
    async handle(req, res, url) {
      const actor = await actorOf(req);
      if (!actor)
        return sendError(
          res,
          401,
          "UNAUTHENTICATED",
          "ログインしてください",
          "sign in first",
          "html",
        );
      const id = Number(PATH.exec(url.pathname)![1]);
      const row = await prisma.report.findUnique({ where: { id }, include: CONTENT_INCLUDE });
      const report = row && { status: row.status, municipalityId: row.project.municipality.id };
      // A report the user may not read is answered like one that does not exist.
      if (!row || !canReadReport(actor, report!)) {
        return sendError(res, 404, "NOT_FOUND", "報告が見つかりません", "report not found", "html");
      }
      const content = contentOf(row);
      const slots = await kpiSlotsOf(prisma);
      const body = page(
        `プレビュー: ${content.projectName}`,
        renderReport(content, { mode: "preview", kpiSlots: slots(content.grantType) }),
      );
      res.writeHead(200, {
        "content-type": TYPES.html,
        "cache-control": "no-store",
        "x-robots-tag": "noindex",
        "x-content-type-options": "nosniff",
        "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; ${FRAME_ANCESTORS}`,
      });
      res.end(body);
    },
  };
}
