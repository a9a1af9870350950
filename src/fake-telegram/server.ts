// The fake Bot API over HTTP on 127.0.0.1, for processes that reach Telegram through
// TELEGRAM_API_ROOT (the digest CLI in tests, the digest benchmark). Optionally it limits
// the rate like Telegram (429 with retry_after) and injects faults: 5xx, 429, and chats
// that block the bot (403 from then on).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiRefusal, type FakeTelegram } from "./fetch.ts";

export interface FakeServerOptions {
  /** Messages per second the fake accepts before answering 429 (token bucket). */
  ratePerSecond?: number;
  /** Messages the bucket lets through at once above the rate. */
  burst?: number;
  /** Shares of send* calls that fail: 5xx once, 429 once, or the chat blocks the bot for good. */
  faults?: { serverError?: number; tooMany?: number; blocked?: number };
  /** Seed of the fault dice, so a run can be repeated. */
  seed?: number;
}

export interface FakeServerStats {
  /** send* requests received, whatever the answer: what Telegram's limits count. */
  requests: number;
  accepted: number;
  rateLimited: number;
  serverErrors: number;
  tooMany: number;
  blockedChats: Set<number>;
}

/** mulberry32: small, fast, seedable. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFakeBotApi(
  tg: FakeTelegram,
  opts: FakeServerOptions = {},
): Promise<{ url: string; stats: FakeServerStats; close(): Promise<void>; server: Server }> {
  const stats: FakeServerStats = { requests: 0, accepted: 0, rateLimited: 0, serverErrors: 0, tooMany: 0, blockedChats: new Set() };
  const random = seededRandom(opts.seed ?? 1);
  const rate = opts.ratePerSecond ?? 0;
  const burst = opts.burst ?? Math.max(5, rate * 0.05);
  let tokens = burst;
  let last = performance.now();

  const refusal = (method: string, payload: Record<string, unknown>): ApiRefusal | null => {
    if (!method.startsWith("send")) return null;
    stats.requests++;
    const chat = Number(payload.chat_id);
    if (stats.blockedChats.has(chat)) return new ApiRefusal(403, "Forbidden: bot was blocked by the user");
    if (rate) {
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * rate);
      last = now;
      if (tokens < 1) {
        stats.rateLimited++;
        return new ApiRefusal(429, "Too Many Requests: retry after 1", { retry_after: 1 });
      }
      tokens -= 1;
    }
    const f = opts.faults ?? {};
    const r = random();
    if (r < (f.blocked ?? 0)) {
      stats.blockedChats.add(chat);
      return new ApiRefusal(403, "Forbidden: bot was blocked by the user");
    }
    if (r < (f.blocked ?? 0) + (f.serverError ?? 0)) {
      stats.serverErrors++;
      return new ApiRefusal(502, "Bad Gateway");
    }
    if (r < (f.blocked ?? 0) + (f.serverError ?? 0) + (f.tooMany ?? 0)) {
      stats.tooMany++;
      return new ApiRefusal(429, "Too Many Requests: retry after 1", { retry_after: 1 });
    }
    return null;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const m = /\/bot[^/]+\/([A-Za-z]+)$/.exec(req.url ?? "");
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (!m) return reply(404, { ok: false, error_code: 404, description: "Not Found" });
      let payload: Record<string, unknown> = {};
      try {
        const raw = Buffer.concat(chunks).toString("utf8");
        if (raw && (req.headers["content-type"] ?? "").includes("json")) payload = JSON.parse(raw);
      } catch {
        return reply(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
      }
      const refused = refusal(m[1]!, payload);
      if (refused) return reply(refused.status, { ok: false, error_code: refused.status, description: refused.description, parameters: refused.parameters });
      const { status, body } = tg.handle(m[1]!, payload);
      if (status === 200 && m[1]!.startsWith("send")) stats.accepted++;
      reply(status, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
