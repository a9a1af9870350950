// The webhook as Telegram meets it: a real HTTP server on 127.0.0.1 in front of the bot.
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { webhookHandler, SECRET_HEADER } from "../../src/bot/webhook.ts";
import type { BotContext } from "../../src/bot/context.ts";
import { UpdateTracker } from "../../src/bot/observe.ts";
import { openDb } from "../../src/db/client.ts";
import { pingDb } from "../../src/db/health.ts";
import { FakeTelegram, ApiRefusal } from "../../src/fake-telegram/fetch.ts";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { createLogger } from "../../src/log.ts";
import { Metrics } from "../../src/server/metrics.ts";
import { startHttpServer, type HttpServer } from "../../src/server/http.ts";
import { testBot, TOKEN, type TestBot } from "../helpers/bot.ts";
import { connect } from "node:net";

const SECRET = "s3cret_-TOKEN";
const log = createLogger("silent");

let t: TestBot | undefined;
let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  await t?.close();
  server = t = undefined;
});

async function serve(opts: { timeoutMs?: number } = {}) {
  const metrics = new Metrics({ defaults: false });
  t = await testBot("sqlite", undefined, { metrics });
  const handle = webhookHandler(t.bot, { secret: SECRET, timeoutMs: opts.timeoutMs ?? 5000, log });
  const db = t.db.db;
  server = await startHttpServer({ webhook: { path: "/tg", handle }, health: () => pingDb(db), metrics, log }, 0, "127.0.0.1");
  return { metrics, url: server.url };
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/tg`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("the webhook", () => {
  it("answers an update that carries the secret, and refuses without processing one that does not", async () => {
    const { url, metrics } = await serve();
    const update = JSON.stringify(textUpdate({ id: 601, language_code: "ru" }, "Темиртау"));
    expect((await post(url, update)).status).toBe(401);
    expect((await post(url, update, { [SECRET_HEADER]: "wrong" })).status).toBe(401);
    expect((await post(url, update, { [SECRET_HEADER]: SECRET.slice(0, -1) })).status).toBe(401);
    expect(t!.tg.calls).toEqual([]);
    expect(await metrics.text()).not.toMatch(/monoqala_updates_total\{type="message"\}/);

    const res = await post(url, update, { [SECRET_HEADER]: SECRET });
    expect(res.status).toBe(200);
    expect(t!.tg.texts.at(-1)).toMatch(/Темиртау/);
    expect(await metrics.text()).toMatch(/monoqala_updates_total\{type="message"\} 1/);
  });

  it("answers 401 without reading the body and closes the connection, however much the sender still has to send", async () => {
    const { url } = await serve();
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    let response = "";
    socket.on("data", (c) => (response += String(c)));
    const closed = new Promise<boolean>((resolve) => {
      socket.once("close", () => resolve(true));
      setTimeout(() => resolve(false), 2000).unref();
    });
    // Announces 50 MB and sends a kilobyte of it, then nothing.
    socket.write(`POST /tg HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n${"x".repeat(1024)}`);
    expect(await closed).toBe(true);
    expect(response).toMatch(/^HTTP\/1\.1 401/);
    socket.destroy();
  });

  it("refuses bodies over the limit, bodies that are not updates, and other methods", async () => {
    const { url } = await serve();
    const huge = JSON.stringify({ update_id: 1, message: { text: "x".repeat(300 * 1024) } });
    expect((await post(url, huge, { [SECRET_HEADER]: SECRET })).status).toBe(413);
    expect((await post(url, "{not json", { [SECRET_HEADER]: SECRET })).status).toBe(400);
    expect((await post(url, '{"hello":1}', { [SECRET_HEADER]: SECRET })).status).toBe(400);
    expect((await fetch(`${url}/tg`)).status).toBe(405);
    expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
    expect(t!.tg.calls).toEqual([]);
  });

  it("answers 200 for an update that fails, counts the failure and tells the user", async () => {
    const { url, metrics } = await serve();
    t!.tg.failNext("sendMessage", new ApiRefusal(400, "Bad Request: something odd"));
    const res = await post(url, JSON.stringify(textUpdate({ id: 602, language_code: "ru" }, "Темиртау")), { [SECRET_HEADER]: SECRET });
    expect(res.status).toBe(200);
    expect(await metrics.text()).toMatch(/monoqala_update_errors_total\{type="message"\} 1/);
    expect(t!.tg.texts.at(-1)).toMatch(/что-то пошло не так/);
  });
});

describe("a slow update", () => {
  it("is answered at the timeout and goes on; other updates are not held up", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tg = new FakeTelegram();
    const bot = new Bot<BotContext>(TOKEN, { botInfo: tg.botInfo, client: { apiRoot: "http://telegram.test", fetch: tg.fetch } });
    const done: string[] = [];
    bot.on("message:text", async (ctx) => {
      if (ctx.message.text === "slow") await gate;
      done.push(ctx.message.text);
    });
    const handle = webhookHandler(bot, { secret: SECRET, timeoutMs: 200, log });
    server = await startHttpServer(
      { webhook: { path: "/tg", handle }, health: async () => {}, metrics: new Metrics({ defaults: false }), log },
      0,
      "127.0.0.1",
    );
    const user = { id: 603 };
    const slow = post(server.url, JSON.stringify(textUpdate(user, "slow")), { [SECRET_HEADER]: SECRET });
    const fast = await post(server.url, JSON.stringify(textUpdate(user, "fast")), { [SECRET_HEADER]: SECRET });
    expect(fast.status).toBe(200);
    expect(done).toEqual(["fast"]);
    const t0 = performance.now();
    expect((await slow).status).toBe(200);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(done).toEqual(["fast"]);
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toEqual(["fast", "slow"]);
  });
});

describe("a stop", () => {
  it("lets the update in flight finish while new requests are refused", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tg = new FakeTelegram();
    const bot = new Bot<BotContext>(TOKEN, { botInfo: tg.botInfo, client: { apiRoot: "http://telegram.test", fetch: tg.fetch } });
    const tracker = new UpdateTracker();
    bot.use(tracker.middleware());
    const done: string[] = [];
    bot.on("message:text", async (ctx) => {
      await gate;
      done.push(ctx.message.text);
    });
    const handle = webhookHandler(bot, { secret: SECRET, timeoutMs: 100, log });
    const s = await startHttpServer(
      { webhook: { path: "/tg", handle }, health: async () => {}, metrics: new Metrics({ defaults: false }), log },
      0,
      "127.0.0.1",
    );
    const inFlight = post(s.url, JSON.stringify(textUpdate({ id: 604 }, "first")), { [SECRET_HEADER]: SECRET });
    while (tracker.active === 0) await new Promise((r) => setTimeout(r, 5));
    const closed = s.close();
    // Answered at the timeout; the server is gone once it has answered.
    expect((await inFlight).status).toBe(200);
    await closed;
    await expect(post(s.url, JSON.stringify(textUpdate({ id: 604 }, "second")), { [SECRET_HEADER]: SECRET })).rejects.toThrow();
    let drained = false;
    const draining = tracker.drain().then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(drained).toBe(false);
    release();
    await draining;
    expect(done).toEqual(["first"]);
  });
});

describe("/healthz and /metrics", () => {
  it("/healthz answers 200 while the database does and 503 when it does not", async () => {
    const { url } = await serve();
    const ok = await fetch(`${url}/healthz`);
    expect(ok.status).toBe(200);
    await server!.close();

    const gone = await openDb("postgresql://nobody@127.0.0.1:1/none");
    server = await startHttpServer({ health: () => pingDb(gone), metrics: new Metrics({ defaults: false }), log }, 0, "127.0.0.1");
    const down = await fetch(`${server.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.text()).toMatch(/database unavailable/);
    await gone.$disconnect().catch(() => {});

    const hung = new Promise<void>(() => {});
    await server.close();
    server = await startHttpServer({ health: () => hung, metrics: new Metrics({ defaults: false }), log, healthTimeoutMs: 100 }, 0, "127.0.0.1");
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
  });

  it("/metrics speaks Prometheus text: updates by type, latency histogram, digests by outcome, process metrics", async () => {
    const metrics = new Metrics();
    server = await startHttpServer({ health: async () => {}, metrics, log }, 0, "127.0.0.1");
    metrics.update("callback_query", 0.004);
    metrics.error("callback_query");
    metrics.digest("sent");
    metrics.digest("skipped");
    metrics.limited();
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await res.text();
    expect(body).toMatch(/# TYPE monoqala_updates_total counter/);
    expect(body).toMatch(/monoqala_updates_total\{type="callback_query"\} 1/);
    expect(body).toMatch(/monoqala_update_errors_total\{type="callback_query"\} 1/);
    expect(body).toMatch(/# TYPE monoqala_update_duration_seconds histogram/);
    expect(body).toMatch(/monoqala_update_duration_seconds_bucket\{le="0\.005",type="callback_query"\} 1/);
    expect(body).toMatch(/monoqala_update_duration_seconds_bucket\{le="0\.0025",type="callback_query"\} 0/);
    expect(body).toMatch(/monoqala_digests_total\{outcome="sent"\} 1/);
    expect(body).toMatch(/monoqala_digests_total\{outcome="skipped"\} 1/);
    expect(body).toMatch(/monoqala_digests_total\{outcome="failed"\} 0/);
    expect(body).toMatch(/monoqala_rate_limited_total 1/);
    expect(body).toMatch(/process_resident_memory_bytes \d+/);
  });

  it("/healthz answers 503 when polling has been failing for longer than allowed", async () => {
    let failing = 0;
    server = await startHttpServer(
      { health: async () => {}, metrics: new Metrics({ defaults: false }), log, pollingFailingForMs: () => failing, pollingUnhealthyMs: 60_000 },
      0,
      "127.0.0.1",
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    failing = 30_000;
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    failing = 61_000;
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/polling for updates has been failing for 61 s/);
  });

  it("/metrics asks for the token when METRICS_TOKEN is set", async () => {
    const token = "metrics-token-0123456789";
    server = await startHttpServer({ health: async () => {}, metrics: new Metrics({ defaults: false }), log, metricsToken: token }, 0, "127.0.0.1");
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const ok = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/monoqala_updates_total/);
    // /healthz stays open to the load balancer.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("cuts off a client that sends its headers too slowly, and caps open connections", async () => {
    server = await startHttpServer(
      { health: async () => {}, metrics: new Metrics({ defaults: false }), log, limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 2 } },
      0,
      "127.0.0.1",
    );
    const { port } = new URL(server.url);
    const open = () => {
      const socket = connect(Number(port), "127.0.0.1");
      // Read what comes (a 408), or the close is never seen.
      socket.resume();
      socket.on("error", () => {});
      const closedAt = new Promise<number>((resolve) => socket.once("close", () => resolve(performance.now())));
      return { socket, closedAt };
    };
    const t0 = performance.now();
    const slow = open();
    slow.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    const second = open();
    await new Promise((r) => second.socket.once("connect", r));
    // A third connection over the cap is closed at once.
    const third = open();
    expect((await third.closedAt) - t0).toBeLessThan(250);
    // The one whose headers never end is cut within about its timeout.
    expect((await slow.closedAt) - t0).toBeLessThan(2500);
    second.socket.destroy();
  });

  it("stops taking requests when closed", async () => {
    server = await startHttpServer({ health: async () => {}, metrics: new Metrics({ defaults: false }), log }, 0, "127.0.0.1");
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
