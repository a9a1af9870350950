// The in-process part of `npm run bench`, run by bench/bot.ts in a process of its own:
// updates go straight to bot.handleUpdate, with a canned Bot API as fetch, so the numbers
// are the bots' own cost (understanding, rendering, data, grammY). Plain JavaScript over
// the compiled bot (dist/), as `npm start` runs it; the bare bot is plain JS too.
//
// Rounds alternate the two bots, so a slow spell of a shared machine hits both; each
// bot's median round is reported, and the ratio of the medians. Prints one JSON line.
//
// BENCH_PROFILE=file.cpuprofile: a CPU profile of our bot's rounds only (no set-up, no
// bare bot, no idle open-loop phase); open it in Chrome DevTools (Performance).
import { mkdtempSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bot } from "grammy";
import { createApp } from "../dist/app.js";
import { parseConfig } from "../dist/config.js";
import { UserRepo } from "../dist/db/users.js";
import { cannedApi } from "../dist/fake-telegram/canned.js";
import { FakeTelegram } from "../dist/fake-telegram/fetch.js";
import { drive, FIRST_USER, languageOf, median, steady, workload } from "../dist/fake-telegram/load.js";

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const USERS = env("BENCH_USERS", 1000);
const UPDATES = env("BENCH_UPDATES", 20000);
const CONCURRENCY = env("BENCH_CONCURRENCY", 100);
const STEADY_RATE = env("BENCH_RATE", 1000);
const ROUNDS = env("BENCH_ROUNDS", 3);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
// BENCH_API=fake: the tests' FakeTelegram (parses and checks every call), as the numbers
// before the webhook bench were measured; kept so those stay comparable.
const apiFor = (tg) => (process.env.BENCH_API === "fake" ? tg.fetch : cannedApi());

const dir = mkdtempSync(path.join(tmpdir(), "mq-bench-"));
const url = `file:${dir}/bench.db`;
const tg = new FakeTelegram();
// The bench's users post more than a person would: no rate limit here (the webhook bench measures its cost).
const app = await createApp(parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: url, USER_RATE_LIMIT: "0", LOG_LEVEL: "silent" }), {
  apiRoot: "http://fake.invalid",
  fetch: apiFor(tg),
  botInfo: tg.botInfo,
});
const { bot } = app.bot();
// Its own repository, not the bot's: the bot reads each user's language as in production.
const users = new UserRepo(app.db);
for (let i = 0; i < USERS; i++) await users.setLanguage({ id: FIRST_USER + i }, languageOf(i));

const bareTg = new FakeTelegram();
const bare = new Bot(TOKEN, { botInfo: bareTg.botInfo, client: { apiRoot: "http://fake.invalid", fetch: apiFor(bareTg) } });
bare.on("message:text", (ctx) => ctx.reply(ctx.message.text));
bare.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());

const ours = (u) => bot.handleUpdate(u);
const theirs = (u) => bare.handleUpdate(u);
const work = () => workload(UPDATES, USERS);
await drive(ours, work().slice(0, 2000), CONCURRENCY);
await drive(theirs, work().slice(0, 2000), CONCURRENCY);

let session;
if (process.env.BENCH_PROFILE) {
  session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
}
const ourRounds = [];
const baseRounds = [];
for (let r = 0; r < ROUNDS; r++) {
  if (session) await session.post("Profiler.start");
  ourRounds.push(await drive(ours, work(), CONCURRENCY));
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(process.env.BENCH_PROFILE.replace(/(\.cpuprofile)?$/, r ? `.${r}.cpuprofile` : ".cpuprofile"), JSON.stringify(profile));
  }
  baseRounds.push(await drive(theirs, work(), CONCURRENCY));
}
const load = await steady(ours, work().slice(0, STEADY_RATE * 5), STEADY_RATE);
const baseLoad = await steady(theirs, work().slice(0, STEADY_RATE * 5), STEADY_RATE);
await app.close();
console.log(
  JSON.stringify({ ours: median(ourRounds), base: median(baseRounds), load, baseLoad, ratios: ourRounds.map((o, i) => o.perSec / baseRounds[i].perSec) }),
);
