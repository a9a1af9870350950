// Updates from Telegram's webhook. grammY's webhookCallback checks the secret token
// (constant-time) and hands the update to the bot; our adapter in front of it reads the
// body only after the secret matched, and no more than a bound.
//
// The request is answered when the update has been handled, or after `timeoutMs` if it
// is slow: Telegram retries a webhook that does not answer and holds back that
// connection's later updates meanwhile. A slow update goes on after the answer; a failing
// one is logged and counted by the bot's error boundary (Telegram is not asked to retry
// it: it would fail the same way, again and again).
import type { IncomingMessage, ServerResponse } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BotContext } from "./context.ts";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Updates are a few kilobytes; anything this big is not from Telegram. */
const MAX_UPDATE_BYTES = 256 * 1024;

export interface WebhookOptions {
  secret: string;
  /** Answer 200 after this long even if the update is still being handled. */
  timeoutMs: number;
  maxBodyBytes?: number;
  log: Logger;
}

class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readUpdate(req: IncomingMessage, maxBytes: number): Promise<Update> {
  const declared = Number(req.headers["content-length"]);
  if (declared > maxBytes) return Promise.reject(new BadRequest(413, `body of ${declared} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BadRequest(413, `body over ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    req.once("end", () => {
      try {
        const update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
        if (typeof update !== "object" || update === null || typeof (update as Update).update_id !== "number") throw new Error("not an update");
        resolve(update as Update);
      } catch (e) {
        reject(new BadRequest(400, `body is not an update: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
    req.once("error", reject);
  });
}

/** A node:http handler for the webhook path; it answers every request and never throws. */
export function webhookHandler(bot: Bot<BotContext>, opts: WebhookOptions) {
  const maxBytes = opts.maxBodyBytes ?? MAX_UPDATE_BYTES;
  const adapter = (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers[SECRET_HEADER];
    return {
      // A getter: webhookCallback reads the body only once the secret has matched.
      get update() {
        return readUpdate(req, maxBytes);
      },
      header: Array.isArray(header) ? header[0] : header,
      end: () => void res.end(),
      respond: (json: string) => void res.writeHead(200, { "content-type": "application/json" }).end(json),
      // The body is never read: the connection is closed, so whatever the sender still
      // pushes costs nothing and cannot be taken for the next request.
      unauthorized: () => void res.writeHead(401, { "content-type": "text/plain", connection: "close" }).end("secret token is wrong"),
    };
  };
  const callback = webhookCallback(bot, adapter, {
    secretToken: opts.secret,
    timeoutMilliseconds: opts.timeoutMs,
    onTimeout: () => opts.log.warn({ ms: opts.timeoutMs }, "update still being handled: answered the webhook, handling goes on"),
  });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await callback(req, res);
    } catch (e) {
      const status = e instanceof BadRequest ? e.status : 500;
      opts.log.warn({ err: e, status }, "webhook request refused");
      if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain", connection: "close" }).end(status === 413 ? "too large" : "bad request");
    }
  };
}
