// One bot behind a webhook on 127.0.0.1, for `npm run bench` (webhook mode): `monoqala`
// is the production wiring (webhook handler with secret and body limit, metrics, rate
// limit, no per-process caches as with several instances); `bare` is a grammY bot that
// only echoes, served by grammY's own webhookCallback("http") with the same secret.
// Prints {"url": ...} once it listens; both talk to the same canned Bot API.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, webhookCallback } from "grammy";
import { createBot } from "../src/bot/bot.ts";
import { botStores } from "../src/bot/stores.ts";
import { webhookHandler } from "../src/bot/webhook.ts";
import { systemClock } from "../src/clock.ts";
import { openDb } from "../src/db/client.ts";
import { pingDb } from "../src/db/health.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { Knowledge } from "../src/knowledge.ts";
import { createLogger } from "../src/log.ts";
import { Metrics } from "../src/server/metrics.ts";
import { startHttpServer } from "../src/server/http.ts";
import { leanApi } from "./lean-api.ts";

const [kind, url] = process.argv.slice(2);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const BENCH_SECRET = "bench-secret_0123456789";
const botInfo = new FakeTelegram().botInfo;

if (kind === "bare") {
  const bare = new Bot(TOKEN, { botInfo, client: { apiRoot: "http://fake.invalid", fetch: leanApi() } });
  bare.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  bare.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());
  const server = createServer(webhookCallback(bare, "http", { secretToken: BENCH_SECRET }));
  server.keepAliveTimeout = 65_000;
  server.listen(0, "127.0.0.1", 4096, () => console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
} else {
  const log = createLogger("silent");
  const db = await openDb(url!);
  const knowledge = await Knowledge.load(db);
  const metrics = new Metrics();
  const { bot } = createBot({
    token: TOKEN, apiRoot: "http://fake.invalid", fetch: leanApi(), botInfo, knowledge, ...botStores(db, url!, knowledge, { shared: process.env.BENCH_SHARED !== "0" }),
    clock: systemClock, log, metrics,
    // The limiter runs (its cost is measured) but drops nothing: the bench's users post
    // more than a person would.
    rateLimit: { limit: 1_000_000, windowMs: 10_000 },
  });
  const handle = webhookHandler(bot, { secret: BENCH_SECRET, timeoutMs: 3000, log });
  const server = await startHttpServer({ webhook: { path: "/", handle }, health: () => pingDb(db), metrics, log }, 0, "127.0.0.1");
  console.log(JSON.stringify({ url: server.url }));
}

// A clean exit (so --cpu-prof and the like can write what they collected).
process.once("SIGTERM", () => process.exit(0));
