// `npm run bench`: the town-card path under many simulated users, next to a bare grammY
// bot that only echoes, in the same run; plus start-up time to the first poll.
//
//   in-process: updates go through bot.handleUpdate with a canned Bot API as fetch,
//               so the numbers are the bot's own cost (bench/inprocess.mjs).
//   webhook:    each bot in its own process behind an HTTP server on 127.0.0.1, 1000
//               users posting updates to it (bench/webhook.ts); BENCH_WEBHOOK=0 skips it.
//   start-up:   the compiled bot (dist/main.js, as `npm start` runs it) is started
//               against a fake Bot API on 127.0.0.1 and timed until its first getUpdates.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareDatabase } from "../src/db/prepare.ts";
import { UserRepo } from "../src/db/users.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { FIRST_USER, languageOf, workload, type Throughput } from "../src/fake-telegram/load.ts";
import { ROOT, buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { benchWebhook } from "./webhook.ts";

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 20000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
const STEADY_RATE = Number(process.env.BENCH_RATE ?? 1000);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const WEBHOOK_RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface InProcessResult {
  ours: Throughput;
  base: Throughput;
  load: { p50: number; p99: number };
  baseLoad: { p50: number; p99: number };
  ratios: number[];
}

/** The in-process bench (bench/inprocess.mjs) in a process of its own, over dist/. */
async function inProcess(): Promise<InProcessResult> {
  const child = spawn(process.execPath, [path.join(ROOT, "bench/inprocess.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_USERS: String(USERS),
      BENCH_UPDATES: String(UPDATES),
      BENCH_CONCURRENCY: String(CONCURRENCY),
      BENCH_RATE: String(STEADY_RATE),
      BENCH_ROUNDS: String(ROUNDS),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (c) => (out += String(c)));
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`bench/inprocess.mjs exited with ${code}`);
  return JSON.parse(out.trim().split("\n").at(-1)!) as InProcessResult;
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
// Everything runs the compiled bot, as `npm start` does: build it first.
buildDist();
if (process.env.BENCH_INPROCESS !== "0") {
  const { ours, base, load, baseLoad, ratios } = await inProcess();
  console.log(`workload: ${UPDATES} updates (town names as text and card buttons), ${USERS} users`);
  console.log(`throughput, ${CONCURRENCY} in flight (latency here is mostly queueing), median of ${ROUNDS} alternating rounds:`);
  console.log(`  monoqala   ${f(ours.perSec)} updates/s  p50 ${f(ours.p50, 2)} ms  p99 ${f(ours.p99, 2)} ms`);
  console.log(`  bare echo  ${f(base.perSec)} updates/s  p50 ${f(base.p50, 2)} ms  p99 ${f(base.p99, 2)} ms`);
  console.log(
    `  ratio      ${f((ours.perSec / base.perSec) * 100, 1)}% of the bare bot's updates/s (target ≥ 30%; rounds: ${ratios.map((r) => `${f(r * 100, 1)}%`).join(", ")})`,
  );
  console.log(`latency at a steady ${STEADY_RATE} updates/s (open loop, ${STEADY_RATE * 5} updates):`);
  console.log(`  monoqala   p50 ${f(load.p50, 2)} ms  p99 ${f(load.p99, 2)} ms (target p99 < 10 ms: ${load.p99 < 10 ? "met" : "NOT met"})`);
  console.log(`  bare echo  p50 ${f(baseLoad.p50, 2)} ms  p99 ${f(baseLoad.p99, 2)} ms`);
}
if (process.env.BENCH_WEBHOOK !== "0") {
  const dir = mkdtempSync(path.join(tmpdir(), "mq-bench-hook-"));
  const url = `file:${dir}/hook.db`;
  const { db } = await prepareDatabase(url);
  const users = new UserRepo(db);
  for (let i = 0; i < USERS; i++) await users.setLanguage({ id: FIRST_USER + i }, languageOf(i));
  await db.$disconnect();
  const hookOurs = await benchWebhook("monoqala", url, workload(UPDATES, USERS), USERS, WEBHOOK_RATE);
  const hookBare = await benchWebhook("bare", url, workload(UPDATES, USERS), USERS, WEBHOOK_RATE);
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
  console.log(
    `start-up to first poll: ${f(warmStart)} ms with an existing database (target < 2000 ms); ${f(coldStart)} ms on first start (create, migrate, seed)`,
  );
}
console.log(`memory: ${f(process.memoryUsage().rss / 1024 / 1024)} MB RSS`);
