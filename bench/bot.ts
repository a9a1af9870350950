// `npm run bench`: the town-card path under many simulated users, next to a bare grammY
// bot that only echoes, in the same run; plus start-up time to the first poll.
//
//   in-process: updates go through bot.handleUpdate with the fake Bot API as fetch,
//               so the numbers are the bot's own cost (understanding, rendering, data).
//   webhook:    each bot in its own process behind an HTTP server on 127.0.0.1, 1000
//               users posting updates to it (bench/webhook.ts); BENCH_WEBHOOK=0 skips it.
//   start-up:   the compiled bot (dist/main.js, as `npm start` runs it) is started
//               against a fake Bot API on 127.0.0.1 and timed until its first getUpdates.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/bot.ts";
import { botStores } from "../src/bot/stores.ts";
import { systemClock } from "../src/clock.ts";
import { prepareDatabase } from "../src/db/prepare.ts";
import { UserRepo } from "../src/db/users.ts";
import { cannedApi } from "../src/fake-telegram/canned.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { Knowledge } from "../src/knowledge.ts";
import { createLogger } from "../src/log.ts";
import { buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { benchWebhook } from "./webhook.ts";
import { CONCURRENCY, drive, pct, TOKEN, UPDATES, USERS, workload } from "./workload.ts";

const STEADY_RATE = Number(process.env.BENCH_RATE ?? 1000);
const WEBHOOK_RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROOT = path.resolve(import.meta.dirname, "..");

const median = <T extends { perSec: number }>(rounds: T[]): T => [...rounds].sort((a, b) => a.perSec - b.perSec)[Math.floor(rounds.length / 2)]!;

/**
 * Latency at a steady offered load (open loop): updates arrive at `rate` per second
 * whether or not earlier ones are done, as they do from Telegram, so p99 is the bot's
 * own latency rather than the queue a saturating driver builds.
 */
async function steady(handle: (u: Update) => Promise<void>, updates: Update[], rate: number) {
  const lat: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  while (sent < updates.length) {
    const due = Math.min(updates.length, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const u = updates[sent]!;
      const t0 = performance.now();
      pending.push(handle(u).then(() => void lat.push(performance.now() - t0)));
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  lat.sort((a, b) => a - b);
  return { rate, p50: pct(lat, 50), p99: pct(lat, 99) };
}

/**
 * BENCH_API=canned (default): canned answers, so the comparison is of the bots alone.
 * BENCH_API=fake: the tests' FakeTelegram (parses and checks every call), as the numbers
 * before the webhook bench were measured; kept so those stay comparable.
 */
const apiFor = (tg: FakeTelegram): typeof fetch => (process.env.BENCH_API === "fake" ? tg.fetch : cannedApi());

async function inProcess() {
  const dir = mkdtempSync(path.join(tmpdir(), "mq-bench-"));
  const url = `file:${dir}/bench.db`;
  const { db } = await prepareDatabase(url);
  const tg = new FakeTelegram();
  const knowledge = await Knowledge.load(db);
  const { bot } = createBot({
    token: TOKEN, apiRoot: "http://fake.invalid", fetch: apiFor(tg), botInfo: tg.botInfo,
    knowledge, ...botStores(db, url, knowledge), clock: systemClock, log: createLogger("silent"),
  });
  // Users have chosen their language, as they have after /start.
  const users = new UserRepo(db);
  for (let i = 0; i < USERS; i++) await users.setLanguage({ id: 10_000 + i }, i % 3 === 0 ? "kk" : "ru");

  const bareTg = new FakeTelegram();
  const bare = new Bot(TOKEN, { botInfo: bareTg.botInfo, client: { apiRoot: "http://fake.invalid", fetch: apiFor(bareTg) } });
  bare.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  bare.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());

  const warm = workload().slice(0, 2000);
  await drive((u) => bot.handleUpdate(u), warm);
  await drive((u) => bare.handleUpdate(u), warm);

  // Rounds alternate the two bots, so a slow spell of a shared machine hits both; each
  // bot's median round is reported, and the ratio of the medians.
  const ourRounds: Awaited<ReturnType<typeof drive>>[] = [];
  const baseRounds: typeof ourRounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    ourRounds.push(await drive((u) => bot.handleUpdate(u), workload()));
    baseRounds.push(await drive((u) => bare.handleUpdate(u), workload()));
  }
  const ours = median(ourRounds);
  const base = median(baseRounds);
  const load = await steady((u) => bot.handleUpdate(u), workload().slice(0, STEADY_RATE * 5), STEADY_RATE);
  const baseLoad = await steady((u) => bare.handleUpdate(u), workload().slice(0, STEADY_RATE * 5), STEADY_RATE);
  await db.$disconnect();
  return { ours, base, load, baseLoad, ratios: ourRounds.map((o, i) => o.perSec / baseRounds[i]!.perSec) };
}

async function startup(fresh: boolean): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "mq-bench-start-"));
  const url = `file:${dir}/start.db`;
  if (!fresh) (await prepareDatabase(url)).db.$disconnect();
  const tg = new FakeTelegram();
  let resolveFirstPoll!: () => void;
  const firstPoll = new Promise<void>((r) => (resolveFirstPoll = r));
  tg.on("getUpdates", () => {
    resolveFirstPoll();
    return [];
  });
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const method = /\/([A-Za-z]+)$/.exec(req.url ?? "")?.[1] ?? "";
    const { status, body: out } = tg.handle(method, body ? JSON.parse(body) : {});
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlagsOf("start"), path.join(ROOT, "dist/main.js")], {
    cwd: dir,
    env: { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, DATABASE_URL: url, LOG_LEVEL: "silent" },
    stdio: "inherit",
  });
  await firstPoll;
  const ms = performance.now() - t0;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  server.close();
  return ms;
}

const f = (n: number, d = 0) => n.toFixed(d);
if (process.env.BENCH_INPROCESS !== "0") {
const { ours, base, load, baseLoad, ratios } = await inProcess();
console.log(`workload: ${UPDATES} updates (town names as text and card buttons), ${USERS} users`);
console.log(`throughput, ${CONCURRENCY} in flight (latency here is mostly queueing), median of ${ROUNDS} alternating rounds:`);
console.log(`  monoqala   ${f(ours.perSec)} updates/s  p50 ${f(ours.p50, 2)} ms  p99 ${f(ours.p99, 2)} ms`);
console.log(`  bare echo  ${f(base.perSec)} updates/s  p50 ${f(base.p50, 2)} ms  p99 ${f(base.p99, 2)} ms`);
console.log(`  ratio      ${f((ours.perSec / base.perSec) * 100, 1)}% of the bare bot's updates/s (target ≥ 30%; rounds: ${ratios.map((r) => `${f(r * 100, 1)}%`).join(", ")})`);
console.log(`latency at a steady ${STEADY_RATE} updates/s (open loop, ${STEADY_RATE * 5} updates):`);
console.log(`  monoqala   p50 ${f(load.p50, 2)} ms  p99 ${f(load.p99, 2)} ms (target p99 < 10 ms: ${load.p99 < 10 ? "met" : "NOT met"})`);
console.log(`  bare echo  p50 ${f(baseLoad.p50, 2)} ms  p99 ${f(baseLoad.p99, 2)} ms`);
}
// Webhook and start-up run the compiled bot, as `npm start` does: build it first.
if (process.env.BENCH_WEBHOOK !== "0" || process.env.BENCH_STARTUP !== "0") buildDist();
if (process.env.BENCH_WEBHOOK !== "0") {
  const dir = mkdtempSync(path.join(tmpdir(), "mq-bench-hook-"));
  const url = `file:${dir}/hook.db`;
  const { db } = await prepareDatabase(url);
  const users = new UserRepo(db);
  for (let i = 0; i < USERS; i++) await users.setLanguage({ id: 10_000 + i }, i % 3 === 0 ? "kk" : "ru");
  await db.$disconnect();
  const hookOurs = await benchWebhook("monoqala", url, workload(), USERS, WEBHOOK_RATE);
  const hookBare = await benchWebhook("bare", url, workload(), USERS, WEBHOOK_RATE);
  const row = (name: string, r: typeof hookOurs) =>
    console.log(
      `  ${name} ${f(r.perSec)} updates/s (p50 ${f(r.p50, 1)} ms, p99 ${f(r.p99, 1)} ms with ${USERS} in flight)  at ${WEBHOOK_RATE}/s: p50 ${f(r.steadyP50, 2)} ms  p99 ${f(r.steadyP99, 2)} ms  peak RSS ${f(r.peakMb)} MB${r.refused ? `  (${r.refused} refused!)` : ""}`,
    );
  console.log(`webhook over HTTP on 127.0.0.1, ${USERS} users posting at once (bots in their own processes):`);
  row("monoqala ", hookOurs);
  row("bare echo", hookBare);
  const ratio = hookOurs.perSec / hookBare.perSec;
  console.log(
    `  ratio      ${f(ratio * 100, 1)}% of the bare bot's updates/s (target ≥ 30%: ${ratio >= 0.3 ? "met" : "NOT met"}); p99 at ${WEBHOOK_RATE}/s ${f(hookOurs.steadyP99, 2)} ms (target < 20 ms: ${hookOurs.steadyP99 < 20 ? "met" : "NOT met"}); peak RSS ${f(hookOurs.peakMb)} MB (target < 200 MB: ${hookOurs.peakMb < 200 ? "met" : "NOT met"})`,
  );
}
if (process.env.BENCH_STARTUP !== "0") {
  const warmStart = await startup(false);
  const coldStart = await startup(true);
  console.log(`start-up to first poll: ${f(warmStart)} ms with an existing database (target < 2000 ms); ${f(coldStart)} ms on first start (create, migrate, seed)`);
}
console.log(`memory: ${f(process.memoryUsage().rss / 1024 / 1024)} MB RSS`);
