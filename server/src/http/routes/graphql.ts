import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { sendError } from "../../errors/http-errors";
import type { WorkerReply, WorkerRequest } from "../query-workers";
import { REQUEST_ID_HEADER, requestIdOf } from "../request-id";
import type { Route } from "./router";

/** Default of SOSEI_MAX_BODY_BYTES: larger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners("data");
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export type OffloadRequest = Omit<WorkerRequest, "cookie" | "clientAddress">;

/**
 * A variable that does not fit its type answers 200 with its coded error, like every other
 * input error, so that clients that drop the body of a 400 (react-admin's) still show the
 * message and field. (Apollo's own option for this is deprecated in Apollo Server 5.)
 */
function onlyInputErrors(body: string): boolean {
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return !!errors?.length && errors.every((e) => e.extensions?.code === "BAD_USER_INPUT");
  } catch {
    return false;
  }
}

/** Apollo Server 5 on plain node:http: no framework, so nothing else sits on the request path. */
function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  maxBodyBytes = MAX_BODY_BYTES,
  /** Runs a query elsewhere (a worker thread); null: here. See query-workers.ts. */
  offload?: (req: IncomingMessage, request: OffloadRequest) => Promise<WorkerReply> | null,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw: string;
    try {
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > maxBodyBytes) throw new BodyTooLarge();
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Drain the rest instead of resetting the socket, so the client reads the 413;
        // "connection: close" then ends the connection.
        req.resume();
        res.setHeader("connection", "close");
        return sendError(
          res,
          413,
          "PAYLOAD_TOO_LARGE",
          "リクエストが大きすぎます",
          "request body too large",
          "graphql",
        );
      }
      throw error;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    // The id the log and the client's masked errors use (see error-reporting.ts).
    headers.set(REQUEST_ID_HEADER, requestIdOf(req));
    let body: unknown = raw;
    if (req.method === "POST" && headers.get("content-type")?.includes("application/json")) {
      try {
        body = raw === "" ? {} : JSON.parse(raw);
      } catch {
        return sendError(
          res,
          400,
          "BAD_REQUEST",
          "JSON を解釈できません",
          "malformed JSON body",
          "graphql",
        );
      }
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const elsewhere = offload?.(req, {
      method: req.method ?? "GET",
      headers: [...headers],
      search: url.search,
      body,
    });
    if (elsewhere) {
      const reply = await elsewhere;
      for (const [name, value] of reply.headers) res.setHeader(name, value);
      res.statusCode = reply.status;
      res.end(reply.body);
      return;
    }
    let requestContext: C | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => (requestContext = await context(req)),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // Session cookies set by login/logout resolvers.
    const cookies = (requestContext as { cookies?: string[] } | undefined)?.cookies;
    if (cookies?.length) res.setHeader("set-cookie", cookies);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      if (res.statusCode === 400 && onlyInputErrors(response.body.string)) res.statusCode = 200;
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The route at /graphql (see graphqlHandler for the arguments). */
export function graphqlRoute<C extends BaseContext>(
  ...args: Parameters<typeof graphqlHandler<C>>
): Route {
  const handle = graphqlHandler(...args);
  return { matches: (path) => path === "/graphql", handle: (req, res) => handle(req, res) };
}
