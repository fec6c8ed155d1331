import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { REPO_ROOT } from "../../paths";
import { sendLandingPage } from "./landing";
import type { Route } from "./router";

/** The admin SPA is served under ADMIN_BASE (Vite's `base` in admin/vite.config.ts). */
export const ADMIN_BASE = "/admin/";
export const ADMIN_DIST = path.join(REPO_ROOT, "admin", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".map", ".svg", ".txt"]);

/** Emotion (MUI) writes inline styles; everything else comes from this origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const gzip = promisify(zlib.gzip);

interface StaticFile {
  body: Buffer;
  gzipped?: Buffer;
  etag: string;
}

/**
 * Serves admin/dist at /admin/: files as they are, hashed assets (assets/*) cached for a year,
 * index.html never cached, and index.html for every other path under /admin/ so the SPA's
 * own routes survive a reload. "/" offers the public reports and the sign-in (landing.ts).
 */
export function adminStaticRoute(distDir = ADMIN_DIST): Route {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, "index.html");
  // Read and compressed once per build: an entry is kept while the file's mtime and size stay.
  const cache = new Map<string, StaticFile & { stamp: string }>();

  async function load(file: string, ext: string): Promise<StaticFile | null> {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) return null;
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) {
      const body = await fs.readFile(file);
      const compress = COMPRESSIBLE.has(ext) && body.length > 1024;
      entry = {
        body,
        gzipped: compress ? await gzip(body, { level: 9 }) : undefined,
        etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
        stamp,
      };
      cache.set(file, entry);
    }
    return entry;
  }

  /** The file a path under /admin/ names, or null when it leaves dist/, is hidden or a source map. */
  function fileOf(pathname: string): string | null {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(ADMIN_BASE.length));
    } catch {
      return null;
    }
    if (relative.includes("\0")) return null;
    const file = path.resolve(root, relative || "index.html");
    const inside = file.startsWith(root + path.sep);
    const hidden = path
      .relative(root, file)
      .split(path.sep)
      .some((part) => part.startsWith("."));
    // A source map would publish the admin's whole source; builds make none (vite.config.ts),
    // and one left in dist/ from a development build is not served either.
    return inside && !hidden && !file.endsWith(".map") ? file : null;
  }

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    file: StaticFile,
    ext: string,
    cacheControl: string,
  ): Promise<void> {
    const headers: Record<string, string> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": cacheControl,
      etag: file.etag,
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
    };
    if (ext === ".html") {
      headers["content-security-policy"] = CONTENT_SECURITY_POLICY;
      headers["referrer-policy"] = "same-origin";
    }
    if (req.headers["if-none-match"] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const useGzip = file.gzipped && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = useGzip ? file.gzipped! : file.body;
    if (useGzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return {
    matches: (pathname) =>
      pathname === "/" || pathname === "/admin" || pathname.startsWith(ADMIN_BASE),
    async handle(req, res, url) {
      if (url.pathname === "/") {
        sendLandingPage(req, res);
        return;
      }
      if (url.pathname === "/admin") {
        res.writeHead(302, { location: ADMIN_BASE }).end();
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      const file = fileOf(url.pathname);
      if (!file) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
        return;
      }
      const ext = path.extname(file);
      const found = await load(file, ext);
      if (found) {
        const hashed = path.relative(root, file).startsWith(`assets${path.sep}`);
        await send(
          req,
          res,
          found,
          ext,
          hashed ? "public, max-age=31536000, immutable" : "no-cache",
        );
        return;
      }
      // A missing asset is a 404, not the SPA page (which would fail to parse as a script).
      if (ext && file !== indexFile) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
        return;
      }
      const index = await load(indexFile, ".html");
      if (!index) {
        res
          .writeHead(503, { "content-type": "text/plain; charset=utf-8" })
          .end(
            "管理画面はまだビルドされていません: pnpm build:admin\n" +
              "The admin is not built yet: run pnpm build:admin\n",
          );
        return;
      }
      await send(req, res, index, ".html", "no-cache");
    },
  };
}
