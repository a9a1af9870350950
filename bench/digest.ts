// `npm run bench:digest`: a whole week's digests for many subscribers, sent by the real
// `npm run digest -- --send-due` process through a fake Bot API on 127.0.0.1 that limits
// the rate like Telegram and injects faults; the sending process is stopped in the middle
// and started again. Prints the achieved rate as a share of the limit, duplicates, lost
// digests and the sender's peak memory.
//
//   BENCH_SUBSCRIBERS=20000  subscriptions (one chat each; scopes: 70% a town, 20% a tier, 10% all)
//   BENCH_RATE=1000          the fake API's limit and the sender's DIGEST_RATE (messages/s)
//   BENCH_FAULTS=0.01        share of sends failing with each of 5xx, 429 and 403 (blocked)
//   BENCH_KILL_AT=0.4        stop the sender when this share of messages has arrived
//   BENCH_SIGNAL=SIGTERM     how: SIGTERM (a deploy or systemctl restart) or SIGKILL (a crash)
//   BENCH_DB=sqlite          or postgresql (a scratch database on 127.0.0.1:5432)
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scratchPostgres } from "./scratch-postgres.ts";
import { prepareDatabase } from "../src/db/prepare.ts";
import type { Db } from "../src/db/client.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { startFakeBotApi } from "../src/fake-telegram/server.ts";
import { ROOT, buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { nextSlot } from "../src/domain/schedule.ts";
import { DEFAULT_SCHEDULE } from "../src/domain/subscription.ts";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const FAULTS = Number(process.env.BENCH_FAULTS ?? 0.01);
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 0.4);
const SIGNAL = (process.env.BENCH_SIGNAL ?? "SIGTERM") as NodeJS.Signals;
const DB_KIND = process.env.BENCH_DB ?? "sqlite";
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
// Monday 23 November 2026, 09:00 in Almaty.
const SLOT = new Date("2026-11-23T04:00:00Z");

const TOWNS = ["temirtau", "ekibastuz", "balkhash", "zhanaozen", "ridder", "zhitikara", "lisakovsk", "kentau", "aksu", "satbayev"];
const TIERS = ["diversifying", "medium_potential", "stagnating"];

async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (DB_KIND === "postgresql") return scratchPostgres("monoqala_bench");
  const dir = mkdtempSync(path.join(tmpdir(), "monoqala-bench-digest-"));
  return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function subscribeEveryone(db: Db) {
  const rows = Array.from({ length: SUBSCRIBERS }, (_, i) => {
    const kind = i % 10 < 7 ? "towns" : i % 10 < 9 ? "tier" : "all";
    return {
      chatId: BigInt(50_000_000 + i),
      scope: kind,
      townIds: JSON.stringify(kind === "towns" ? [TOWNS[i % TOWNS.length]] : []),
      tierId: kind === "tier" ? TIERS[i % TIERS.length]! : null,
      ...DEFAULT_SCHEDULE,
      language: i % 2 ? "kk" : "ru",
      state: "active",
      nextDueAt: nextSlot(DEFAULT_SCHEDULE, new Date(SLOT.getTime() - 1)),
    };
  });
  for (let i = 0; i < rows.length; i += 2000) await db.subscription.createMany({ data: rows.slice(i, i + 2000) });
}

/** The sender's peak resident memory (VmHWM), read while it runs. */
function watchMemory(child: ChildProcess, onPeak: (mb: number) => void) {
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) onPeak(Number(m[1]) / 1024);
    } catch {
      // It has exited.
    }
  }, 50);
  child.once("exit", () => clearInterval(timer));
}

function startSender(env: Record<string, string>, now: Date): { child: ChildProcess; done: Promise<string> } {
  // The same process as `npm run digest`, started without npm in between so the signal reaches it.
  const flags = [...nodeFlagsOf("digest"), ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])];
  const child = spawn(process.execPath, [...flags, path.join(ROOT, "dist/cli/digest.js"), "--send-due", "--now", now.toISOString()], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const done = new Promise<string>((resolve) => child.once("exit", () => resolve(out.trim().split("\n").at(-1) ?? "")));
  return { child, done };
}

async function main() {
  // The sender runs compiled, as `npm run digest` runs it.
  buildDist();
  const scratch = await scratchDatabase();
  const { db } = await prepareDatabase(scratch.url);
  await subscribeEveryone(db);

  // Who got what: duplicates are the same message accepted twice for one chat.
  const seen = new Set<string>();
  const perChat = new Map<number, number>();
  let duplicates = 0;
  let accepted = 0;
  const acceptTimes: number[] = [];
  const acceptChats: number[] = [];
  const tg = new FakeTelegram({ record: false });
  tg.on("sendMessage", (p) => {
    const chat = Number(p.chat_id);
    const key = `${chat}:${createHash("sha1").update(String(p.text)).digest("base64")}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    accepted++;
    acceptTimes.push(performance.now());
    acceptChats.push(chat);
    return { message_id: accepted, date: 0, chat: { id: chat, type: "private" }, text: "" };
  });
  const api = await startFakeBotApi(tg, { ratePerSecond: RATE, faults: { serverError: FAULTS, tooMany: FAULTS, blocked: FAULTS }, seed: 42 });
  const env = { DATABASE_URL: scratch.url, TELEGRAM_API_ROOT: api.url, BOT_TOKEN: TOKEN, DIGEST_RATE: String(RATE), LOG_LEVEL: "silent" };

  // Roughly how many messages the week's digests make, to know when "the middle" is.
  const expectedMessages = SUBSCRIBERS * 1.6;
  let peakMb = 0;
  const t0 = performance.now();
  console.log(
    `bench:digest — ${SUBSCRIBERS} subscribers, limit ${RATE} msg/s, faults ${FAULTS * 100}% each of 5xx/429/403, ${DB_KIND}, ${SIGNAL} at ${KILL_AT * 100}%`,
  );

  const first = startSender(env, SLOT);
  watchMemory(first.child, (mb) => (peakMb = Math.max(peakMb, mb)));
  const killer = setInterval(() => {
    if (accepted >= expectedMessages * KILL_AT) {
      clearInterval(killer);
      first.child.kill(SIGNAL);
    }
  }, 5);
  const firstReport = await first.done;
  clearInterval(killer);
  const firstLast = acceptTimes.at(-1) ?? t0;
  const firstCount = accepted;

  // A crash leaves claims held until their lease (10 minutes) ends: the restart comes later in sender time.
  const elapsed = performance.now() - t0;
  const restartAt = new Date(SLOT.getTime() + elapsed + (SIGNAL === "SIGKILL" ? 11 * 60_000 : 0));
  const second = startSender(env, restartAt);
  watchMemory(second.child, (mb) => (peakMb = Math.max(peakMb, mb)));
  const secondReport = await second.done;
  const secondFirst = acceptTimes[firstCount] ?? firstLast;

  // Lost: a chat that did not block the bot and did not get every part of its digest.
  const deliveries = await db.delivery.findMany({ select: { status: true, parts: true, subscription: { select: { chatId: true } } } });
  let lost = 0;
  const byStatus: Record<string, number> = {};
  for (const d of deliveries) {
    byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
    const chat = Number(d.subscription.chatId);
    if (api.stats.blockedChats.has(chat) || d.status === "skipped") continue;
    if (d.status !== "sent" || (perChat.get(chat) ?? 0) < (d.parts ?? 1)) lost++;
  }
  lost += SUBSCRIBERS - deliveries.length;

  const span = ((acceptTimes.at(-1) ?? t0) - (acceptTimes[0] ?? t0)) / 1000;
  const gap = Math.max(0, (secondFirst - firstLast) / 1000);
  const active = Math.max(0.001, span - gap);
  const sendingRate = accepted / active;
  const share = sendingRate / RATE;
  const requestRate = api.stats.requests / active;
  const row = (k: string, v: string) => console.log(`  ${k.padEnd(34)} ${v}`);
  const perSecond = new Map<number, number>();
  for (const t of acceptTimes) perSecond.set(Math.floor((t - acceptTimes[0]!) / 1000), (perSecond.get(Math.floor((t - acceptTimes[0]!) / 1000)) ?? 0) + 1);
  row("messages accepted", `${accepted} (${firstCount} before the stop, ${accepted - firstCount} after)`);
  row("deliveries by status", JSON.stringify(byStatus));
  row(
    "fake API",
    `429 for rate ${api.stats.rateLimited}, injected 5xx ${api.stats.serverErrors}, 429 ${api.stats.tooMany}, blocked chats ${api.stats.blockedChats.size}`,
  );
  row("first to last message", `${span.toFixed(1)} s, of which restart gap ${gap.toFixed(1)} s`);
  row(
    "requests while a sender ran",
    `${requestRate.toFixed(0)}/s = ${((requestRate / RATE) * 100).toFixed(1)}% of the limit (every request counts, faults too)`,
  );
  row("achieved rate while a sender ran", `${sendingRate.toFixed(0)} msg/s delivered = ${(share * 100).toFixed(1)}% of the limit (target ≥ 90%)`);
  row(
    "achieved rate, wall clock",
    `${(accepted / Math.max(0.001, span)).toFixed(0)} msg/s = ${((accepted / Math.max(0.001, span) / RATE) * 100).toFixed(1)}% of the limit`,
  );
  row("messages per second, in order", [...perSecond.values()].join(" "));
  if (process.env.BENCH_DEBUG) {
    const tail = acceptChats.slice(-1500).map((c) => ((c - 50_000_000) % 10 < 7 ? "town" : (c - 50_000_000) % 10 < 9 ? "tier" : "all"));
    const counts: Record<string, number> = {};
    for (const k of tail) counts[k] = (counts[k] ?? 0) + 1;
    row("last 1500 messages by scope", JSON.stringify(counts));
  }
  row("duplicates", `${duplicates} (target 0)`);
  row("lost digests", `${lost} (target 0)`);
  row("sender peak memory (VmHWM)", `${peakMb.toFixed(0)} MB (target < 300 MB)`);
  row("sender reports", `${firstReport}\n${" ".repeat(37)}${secondReport}`);
  const met = share >= 0.9 && duplicates === 0 && lost === 0 && peakMb < 300;
  console.log(met ? "targets met" : "targets NOT met");

  await api.close();
  await db.$disconnect();
  await scratch.drop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
