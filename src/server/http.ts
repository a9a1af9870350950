// The bot's HTTP server: Telegram's webhook (when in webhook mode), /healthz, /metrics and
// the web pages (when given).
// It knows nothing about grammY: main.ts hands it the webhook's request handler.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import type { Logger } from "pino";

export interface ServerDeps {
  /** The webhook's path (from WEBHOOK_URL) and its handler; absent in polling mode. */
  webhook?: { path: string; handle: RequestListener };
  /** Resolves when the database answers. */
  health: () => Promise<void>;
  metrics: { text(): Promise<string>; contentType: string };
  log: Logger;
  /** /healthz fails when the database has not answered within this long. */
  healthTimeoutMs?: number;
  /** Polling mode: how long getUpdates has been failing (0 when it works). */
  pollingFailingForMs?: () => number;
  /** /healthz fails when polling has been failing for longer than this. */
  pollingUnhealthyMs?: number;
  /** When set, /metrics answers only requests with `Authorization: Bearer <token>`. */
  metricsToken?: string;
  limits?: Partial<ServerLimits>;
  /** The web pages (src/webapp): answers true when the path was theirs. */
  webapp?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

interface ServerLimits {
  /** A request's headers must have arrived within this long... */
  headersTimeoutMs: number;
  /** ...and the whole request within this long. */
  requestTimeoutMs: number;
  /** Open connections at most; more are closed at once (Telegram opens up to 100). */
  maxConnections: number;
}

const DEFAULT_LIMITS: ServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1000 };

/** How long a stop waits for requests in progress (the webhook answers within its timeout). */
const CLOSE_GRACE_MS = 15_000;

export interface HttpServer {
  url: string;
  /** Stops taking requests: new connections are refused, requests on open ones get 503. */
  close(): Promise<void>;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** Constant-time comparison, so the token cannot be guessed from response times. */
function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

const text = (res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8") =>
  void res.writeHead(status, { "content-type": type }).end(body);

export async function startHttpServer(deps: ServerDeps, port: number, host: string): Promise<HttpServer> {
  let closing = false;
  const healthTimeoutMs = deps.healthTimeoutMs ?? 2000;

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (closing) {
      // Telegram tries again later, and another instance may take it.
      res.setHeader("connection", "close");
      return text(res, 503, "shutting down");
    }
    if (deps.webhook && path === deps.webhook.path) {
      if (req.method !== "POST") return text(res, 405, "POST only");
      return deps.webhook.handle(req, res);
    }
    if (deps.webapp && (await deps.webapp(req, res))) return;
    if (req.method !== "GET" && req.method !== "HEAD") return text(res, 405, "GET only");
    if (path === "/healthz") {
      const failing = deps.pollingFailingForMs?.() ?? 0;
      if (failing > (deps.pollingUnhealthyMs ?? Infinity)) {
        return text(res, 503, `polling for updates has been failing for ${Math.round(failing / 1000)} s`);
      }
      try {
        await withTimeout(deps.health(), healthTimeoutMs);
        return text(res, 200, "ok");
      } catch (err) {
        deps.log.warn({ err }, "health check: the database does not answer");
        return text(res, 503, "database unavailable");
      }
    }
    if (path === "/metrics") {
      if (deps.metricsToken && !sameSecret(req.headers.authorization ?? "", `Bearer ${deps.metricsToken}`)) {
        res.setHeader("www-authenticate", "Bearer");
        return text(res, 401, "a token is required (METRICS_TOKEN)");
      }
      return text(res, 200, await deps.metrics.text(), deps.metrics.contentType);
    }
    return text(res, 404, "not found");
  };

  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  // Timeouts are checked this often (Node's default, 30 s, would let a slow client hold on far longer).
  const connectionsCheckingInterval = Math.max(100, Math.min(1000, limits.headersTimeoutMs / 2));
  const server = createServer({ connectionsCheckingInterval }, (req, res) => {
    route(req, res).catch((err) => {
      deps.log.error({ err, url: req.url }, "HTTP request failed");
      if (!res.headersSent) text(res, 500, "internal error");
      else res.end();
    });
  });
  // Telegram keeps connections open; a little longer than its idle time avoids races on reuse.
  server.keepAliveTimeout = 65_000;
  // A client that sends its request slowly, or opens connections without end, holds
  // sockets and memory: it is cut off instead.
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deeper accept queue than Node's 511: connections opening at once (Telegram's, or
    // many after a restart) are queued instead of dropped and retried a second later.
    server.listen(port, host, 4096, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // Connections are closed as their requests end; any left after the grace time are cut.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
