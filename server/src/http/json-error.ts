import type { ServerResponse } from "node:http";

/** A GraphQL-shaped error answer for failures outside GraphQL execution (413, 503, 500). */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  code: string,
  ja: string,
  en: string,
  extensions: Record<string, unknown> = {},
): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `${ja} / ${en}`,
          extensions: { code, messageJa: ja, messageEn: en, ...extensions },
        },
      ],
    }),
  );
}
