import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import type { Logger } from "../log/logger";
import { errorFormatOf, sendError } from "../errors/http-errors";
import { assignRequestId, REQUEST_ID_HEADER } from "./request-id";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** How long a stopping server keeps idle kept-alive connections open for requests in transit. */
const IDLE_LINGER_MS = 1500;

export interface HttpServer {
  server: http.Server;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Graceful stop: accept no new connections, answer new requests on open connections with
   * 503, give requests in flight `graceMs` to finish, then answer the rest with 503 and
   * close every connection.
   */
  drain(graceMs: number): Promise<{ finished: number; cutOff: number }>;
}

const closing = (res: ServerResponse) =>
  sendError(
    res,
    503,
    "SHUTTING_DOWN",
    "サーバーを停止しています。しばらくしてから再度お試しください",
    "the server is shutting down; try again shortly",
    errorFormatOf(new URL(res.req.url ?? "/", "http://localhost").pathname),
  );

/**
 * node:http with request ids, a slow-request log line, and a drain for shutdown. Every
 * response says `connection: close` once draining began, so clients stop reusing sockets.
 */
export function createHttpServer(handle: Handler, log: Logger, slowMs: number): HttpServer {
  const active = new Set<ServerResponse>();
  const sockets = new Set<net.Socket>();
  let draining = false;
  const server = http.createServer((req, res) => {
    const id = assignRequestId(req);
    res.setHeader(REQUEST_ID_HEADER, id);
    if (draining) {
      res.setHeader("connection", "close");
      return closing(res);
    }
    const started = performance.now();
    active.add(res);
    res.once("close", () => {
      active.delete(res);
      const ms = Math.round(performance.now() - started);
      if (ms >= slowMs) {
        log.warn(
          {
            event: "slow_request",
            requestId: id,
            method: req.method,
            path: req.url,
            status: res.statusCode,
            ms,
          },
          "slow request",
        );
      }
    });
    handle(req, res);
  });
  // Longer than clients' idle reuse window (undici 4 s, browsers ~60 s): a client that reuses a
  // socket the server is closing at that instant sees ECONNRESET instead of an answer.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("clientError", (error, socket) => {
    log.debug({ event: "client_error", reason: error.message });
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
  });
  return {
    server,
    inFlight: () => active.size,
    async drain(graceMs) {
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader("connection", "close");
      // net.Server's close stops accepting; http.Server's would also drop idle kept-alive
      // sockets at once, racing a request the client is sending on one right now.
      const listenerClosed = new Promise<void>((resolve) =>
        net.Server.prototype.close.call(server, () => resolve()),
      );
      const before = active.size;
      const deadline = Date.now() + graceMs;
      // Kept-alive connections close after their next answer (503, connection: close); one
      // closed while idle could cut off a request already on its way, so idle ones get a
      // moment (IDLE_LINGER_MS) before they are closed.
      const idleDeadline = Date.now() + Math.min(graceMs, IDLE_LINGER_MS);
      const waiting = () => active.size > 0 || (sockets.size > 0 && Date.now() < idleDeadline);
      while (waiting() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const cutOff = active.size;
      for (const res of active) {
        if (!res.headersSent) closing(res);
        else res.destroy();
      }
      server.closeAllConnections();
      await listenerClosed;
      return { finished: before - cutOff, cutOff };
    },
  };
}
