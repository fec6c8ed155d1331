/**
 * POST /api/import[?apply=1&municipality=CODE&year=R2&grantType=…&unit=千円]: multipart/form-data
 * with one or more files (field "file"), for finance staff and administrators, within their
 * municipality (an administrator of all may import anywhere). Answers the dry-run report as
 * JSON (200 without errors, 422 with them); with apply=1 writes everything or nothing, as the
 * signed-in user through the domain's pipeline. archive=1: the system administrator's take-over
 * of earlier years' published reports (workflow/archive-report.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import busboy from "busboy";
import { IMPORT_ROLES, type Actor } from "../../auth/permissions";
import type { PrismaClient } from "../../db/database";
import { actingAs } from "../../db/acting-client";
import { sendError } from "../../errors/http-errors";
import type { Route } from "./router";
import { TYPES } from "./respond";
import { parseFiscalYear, isRuleError } from "../../rules";
import { importFiles, type ImportFile } from "../../io/import/import-files";
import type { ImportDefaults } from "../../io/import/import-model";

class TooLarge extends Error {}

function readFiles(req: IncomingMessage, maxBytes: number): Promise<ImportFile[]> {
  return new Promise((resolve, reject) => {
    const files: ImportFile[] = [];
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 10 } });
    } catch (error) {
      return reject(error);
    }
    parser.on("file", (_field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => reject(new TooLarge()));
      stream.on("close", () =>
        files.push({ name: info.filename || "upload", bytes: Buffer.concat(chunks) }),
      );
    });
    parser.on("error", reject);
    parser.on("close", () => resolve(files));
    req.pipe(parser);
  });
}

/**
 * Reads the rest of the body before answering: a client that is still sending would see its
 * connection reset instead of the 413 if the server answered and closed at once.
 */
async function tooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
): Promise<void> {
  if (!req.readableEnded) {
    await new Promise<void>((resolve) => {
      req.on("end", resolve).on("close", resolve).on("error", resolve);
      req.unpipe();
      req.resume();
    });
  }
  const mb = Math.floor(maxBytes / 1_000_000);
  res.setHeader("connection", "close");
  sendError(
    res,
    413,
    "PAYLOAD_TOO_LARGE",
    `ファイルが大きすぎます (上限 ${mb} MB)`,
    `the upload is too large (limit ${mb} MB)`,
  );
}

async function defaultsOf(prisma: PrismaClient, url: URL, actor: Actor): Promise<ImportDefaults> {
  const p = url.searchParams;
  const own =
    actor.municipalityId === null
      ? null
      : await prisma.municipality.findUnique({ where: { id: actor.municipalityId } });
  const code = p.get("municipality") ?? own?.code;
  const unit = p.get("unit");
  return {
    municipality: code ? { code } : undefined,
    fiscalYear: p.get("year") ? parseFiscalYear(p.get("year")!) : undefined,
    grantType: p.get("grantType") ?? undefined,
    moneyUnit: unit === "円" || unit === "YEN" ? "YEN" : unit ? "THOUSAND_YEN" : undefined,
  };
}

export function importRoute(
  prisma: PrismaClient,
  actorOf: (req: IncomingMessage) => Promise<Actor | null>,
  maxBytes: number,
): Route {
  return {
    matches: (path) => path === "/api/import",
    async handle(req, res, url) {
      if (req.method !== "POST")
        return sendError(res, 405, "METHOD_NOT_ALLOWED", "POST で送信してください", "use POST");
      const actor = await actorOf(req);
      if (!actor)
        return void (
          req.resume(),
          sendError(res, 401, "UNAUTHENTICATED", "ログインしてください", "sign in first")
        );
      if (!actor.roles.some((role) => IMPORT_ROLES.includes(role))) {
        req.resume();
        return sendError(
          res,
          403,
          "FORBIDDEN",
          "取り込みは財政担当と管理者が行えます",
          "only finance staff and administrators may import",
        );
      }
      if (Number(req.headers["content-length"] ?? 0) > maxBytes)
        return tooLarge(req, res, maxBytes);
      let files: ImportFile[];
      let defaults: ImportDefaults;
      try {
        defaults = await defaultsOf(prisma, url, actor);
        files = await readFiles(req, maxBytes);
      } catch (error) {
        if (error instanceof TooLarge) return tooLarge(req, res, maxBytes);
        req.resume();
        const [ja, en] = isRuleError(error)
          ? [error.messageJa, error.messageEn]
          : [
              "multipart/form-data でファイルを送信してください",
              `send the files as multipart/form-data (${(error as Error).message})`,
            ];
        return sendError(res, 400, "BAD_USER_INPUT", ja, en);
      }
      const result = await importFiles(actingAs(prisma, actor.id), files, {
        defaults,
        actor,
        apply: url.searchParams.get("apply") === "1",
        archive: url.searchParams.get("archive") === "1",
      });
      res.writeHead(result.errorCount ? 422 : 200, {
        "content-type": TYPES.json,
        "cache-control": "no-store",
      });
      res.end(JSON.stringify(result));
    },
  };
}
