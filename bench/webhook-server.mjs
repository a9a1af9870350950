// One bot behind a webhook on 127.0.0.1, for `npm run bench` (webhook mode): `monoqala`
// is the production wiring (webhook handler with secret and body limit, metrics, rate
// limit, no per-process caches as with several instances); `bare` is a grammY bot that
// only echoes, served by grammY's own webhookCallback("http") with the same secret.
// Prints {"url": ...} once it listens; both talk to the same canned Bot API.
//
// Plain JavaScript over the compiled bot (dist/, `npm run build`), run by plain node as
// `npm start` runs the bot: a TypeScript loader would add its own memory and time.
//
// The bare bot loads grammY and the two fakes only: the app's modules are imported in the
// monoqala branch, so the reference's memory is grammY's, not grammY's plus the app's
// (loading them built the understanding's vocabulary in the bare process too).
import { createServer } from "node:http";
import { Bot, webhookCallback } from "grammy";
import { cannedApi } from "../dist/fake-telegram/canned.js";
import { FakeTelegram } from "../dist/fake-telegram/fetch.js";

const [kind, url] = process.argv.slice(2);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const BENCH_SECRET = "bench-secret_0123456789";
const botInfo = new FakeTelegram().botInfo;

if (kind === "bare") {
  const bare = new Bot(TOKEN, { botInfo, client: { apiRoot: "http://fake.invalid", fetch: cannedApi() } });
  bare.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  bare.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());
  const server = createServer(webhookCallback(bare, "http", { secretToken: BENCH_SECRET }));
  server.keepAliveTimeout = 65_000;
  server.listen(0, "127.0.0.1", 4096, () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));
} else {
  const [{ createApp }, { webhookHandler }, { parseConfig }, { openDb }, { pingDb }, { Metrics }, { startHttpServer }] = await Promise.all([
    import("../dist/app.js"),
    import("../dist/bot/webhook.js"),
    import("../dist/config.js"),
    import("../dist/db/client.js"),
    import("../dist/db/health.js"),
    import("../dist/server/metrics.js"),
    import("../dist/server/http.js"),
  ]);
  const metrics = new Metrics();
  // The database is prepared by the bench beforehand: opened as it is.
  const app = await createApp(parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: url, LOG_LEVEL: "silent" }), {
    db: await openDb(url),
    apiRoot: "http://fake.invalid",
    fetch: cannedApi(),
    botInfo,
    metrics,
    shared: process.env.BENCH_SHARED !== "0",
    // The limiter runs (its cost is measured) but drops nothing: the bench's users post
    // more than a person would.
    rateLimit: { limit: 1_000_000, windowMs: 10_000 },
  });
  const { db, log } = app;
  const { bot } = app.bot();
  const handle = webhookHandler(bot, { secret: BENCH_SECRET, timeoutMs: 3000, log });
  const server = await startHttpServer({ webhook: { path: "/", handle }, health: () => pingDb(db), metrics, log }, 0, "127.0.0.1");
  console.log(JSON.stringify({ url: server.url }));
}

// A clean exit (so --cpu-prof and the like can write what they collected).
process.once("SIGTERM", () => process.exit(0));
