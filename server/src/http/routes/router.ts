import type { IncomingMessage, ServerResponse } from "node:http";
import { errorFormatOf, sendError } from "../../errors/http-errors";
import { refusedCrossSite, setGuardHeaders } from "../request-guards";
import { requestIdOf } from "../request-id";

/**
 * One HTTP route of the server. app.ts tries the routes in order and answers 404 when none
 * matches, so each feature (GraphQL, the admin, public pages, health checks) adds its own
 * route module instead of growing one handler.
 */
export interface Route {
  /** Whether this route answers the request; `path` is the URL path without the query. */
  matches(path: string, req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

export function routeRequest(
  routes: readonly Route[],
  onError: (error: Error, req: IncomingMessage) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    setGuardHeaders(url.pathname, res);
    if (refusedCrossSite(url.pathname, req, res)) return;
    const route = routes.find((r) => r.matches(url.pathname, req));
    if (!route) {
      res
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end("Not found: GraphQL is served at /graphql\n");
      return;
    }
    route.handle(req, res, url).catch((error: Error) => {
      onError(error, req);
      sendError(
        res,
        500,
        "INTERNAL_SERVER_ERROR",
        "サーバー内部でエラーが発生しました",
        "internal server error",
        errorFormatOf(url.pathname),
        { requestId: requestIdOf(req) },
      );
    });
  };
}
