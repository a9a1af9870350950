// Webhook mode of `npm run bench`: each bot runs in its own process behind a real HTTP
// server on 127.0.0.1 (bench/webhook-server.ts), and this process plays Telegram with
// 1000 users posting updates over keep-alive connections, the same way to both bots.
//
//   throughput: every user posts their next update as soon as the last one is answered
//               (1000 requests in flight), so the server is saturated;
//   latency:    the same users post at a steady rate (BENCH_WEBHOOK_RATE, 500/s: each
//               user every 2 s) whether or not earlier updates are answered, as from
//               Telegram, so p99 is the bot's own latency, not a queue the driver built
//               (with 1000 requests in flight, any bot's latency is 1000 / its updates/s);
//   memory:     the bot process's peak resident set (VmHWM).
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Update } from "grammy/types";
import { nodeFlagsOf, ROOT } from "../scripts/dist.ts";
import { pct, steady } from "../src/fake-telegram/load.ts";

// Our bot runs with the heap flags of `npm start`, as in production; the bare bot with Node's defaults.
const START_FLAGS = nodeFlagsOf("start");
const SECRET = "bench-secret_0123456789";

export interface WebhookResult {
  perSec: number;
  p50: number;
  p99: number;
  steadyP50: number;
  steadyP99: number;
  refused: number;
  peakMb: number;
}

function peakRss(child: ChildProcess): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function startServer(kind: "monoqala" | "bare", dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const flags = kind === "monoqala" ? START_FLAGS : [];
  const child = spawn(process.execPath, [...flags, path.join(ROOT, "bench/webhook-server.mjs"), kind, dbUrl], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (c) => {
      buf += String(c);
      const m = /\{"url":"([^"]+)"\}/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code}) before listening`)));
  });
  return { child, url };
}

function poster(url: string, users: number) {
  // Every user keeps a connection, as Telegram keeps its own open.
  const agent = new Agent({ keepAlive: true, maxSockets: users, maxFreeSockets: users });
  const target = new URL(url);
  return (update: Update) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify(update);
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: "/",
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-telegram-bot-api-secret-token": SECRET },
        },
        (res) => {
          res.resume();
          res.once("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.once("error", reject);
      req.end(body);
    });
}

/** Each user posts their own updates one after another; all users at once. */
async function saturate(post: (u: Update) => Promise<number>, updates: Update[], users: number) {
  const lat: number[] = [];
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, w) => {
      for (let i = w; i < updates.length; i += users) {
        const t0 = performance.now();
        if ((await post(updates[i]!)) !== 200) refused++;
        lat.push(performance.now() - t0);
      }
    }),
  );
  const secs = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { perSec: updates.length / secs, p50: pct(lat, 50), p99: pct(lat, 99), refused };
}

export async function benchWebhook(kind: "monoqala" | "bare", dbUrl: string, updates: Update[], users: number, rate: number): Promise<WebhookResult> {
  const { child, url } = await startServer(kind, dbUrl);
  try {
    const post = poster(url, users);
    await saturate(post, updates.slice(0, 2000), users);
    const sat = await saturate(post, updates, users);
    // The saturating run's backlog (garbage, timers) settles before latency is measured.
    await new Promise((r) => setTimeout(r, 1000));
    let refused = sat.refused;
    const st = await steady((u) => post(u).then((status) => void (status !== 200 && refused++)), updates.slice(0, rate * 5), rate);
    return { perSec: sat.perSec, p50: sat.p50, p99: sat.p99, steadyP50: st.p50, steadyP99: st.p99, refused, peakMb: peakRss(child) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
