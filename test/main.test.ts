import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { SubscriptionRepo } from "../src/db/subscriptions.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { startFakeBotApi } from "../src/fake-telegram/server.ts";
import { textUpdate } from "../src/fake-telegram/updates.ts";
import { TOKEN } from "./helpers/bot.ts";
import { freshDb, type TestDb } from "./helpers/db.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The bot as `npm start` runs it: compiled, with the start script's heap flags. */
const START = [...nodeFlagsOf("start"), path.join(ROOT, "dist/main.js")];
beforeAll(() => buildDist(), 180_000);

let db: TestDb | undefined;
let server: Awaited<ReturnType<typeof startFakeBotApi>> | undefined;
/** Bot processes a test started: killed after it even when an assertion failed midway. */
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await server?.close();
  await db?.close();
});

/** The port is whichever was free: main logs the address it listens on (and `ready` once set up). */
function listeningUrl(child: ChildProcess, ready = /listening/): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (chunk) => {
      buf += String(chunk);
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buf);
      if (m && ready.test(buf)) resolve(m[1]!);
    });
    setTimeout(() => reject(new Error(`main did not start: ${buf}`)), 60_000).unref();
  });
}

describe("the bot process", () => {
  it("sends on start a digest that came due while it was down, and stops cleanly on SIGTERM", async () => {
    db = await freshDb("sqlite");
    const tg = new FakeTelegram();
    server = await startFakeBotApi(tg);
    // Due an hour ago (inside the 12-hour catch-up window).
    const now = new Date();
    const hourAgo = new Date(now.getTime() - 3600_000);
    const subs = new SubscriptionRepo(db.db);
    const { subscription } = await subs.subscribe({ chatId: 4242, scope: { kind: "tier", tierId: "stagnating" }, schedule: { weekday: 0, hour: 0, minute: 0 }, language: "ru", now });
    await db.db.subscription.update({ where: { id: subscription.id }, data: { nextDueAt: hourAgo } });

    const child = spawn(process.execPath, START, {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, TELEGRAM_API_ROOT: server.url, BOT_TOKEN: TOKEN, LOG_LEVEL: "info", PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const url = listeningUrl(child);
    const deadline = Date.now() + 60_000;
    while (!tg.delivered.some((c) => c.payload.chat_id === 4242) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const digest = tg.delivered.find((c) => c.payload.chat_id === 4242);
    expect(String(digest?.payload.text)).toMatch(/Дайджест: незавершённые проекты/);
    // Long polling asks for inline queries too («@bot Темиртау» in any chat).
    const polled = tg.callsOf("getUpdates").map((c) => c.payload.allowed_updates as string[] | undefined);
    expect(polled.some((u) => u?.includes("inline_query") && u.includes("callback_query"))).toBe(true);

    expect(tg.callsOf("deleteWebhook").at(-1)?.payload).toMatchObject({ drop_pending_updates: false });
    // Polling with PORT set: health and metrics, the digest counted once it is recorded.
    expect((await fetch(`${await url}/healthz`)).status).toBe(200);
    let metrics = "";
    while (!/monoqala_digests_total\{outcome="sent"\} 1/.test(metrics) && Date.now() < deadline) {
      metrics = await (await fetch(`${await url}/metrics`)).text();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(metrics).toMatch(/monoqala_digests_total\{outcome="sent"\} 1/);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const row = await db.db.delivery.findFirst({ where: { subscriptionId: subscription.id } });
    expect(row?.status).toBe("sent");
  }, 90_000);

  it("in webhook mode sets the webhook with its secret, answers updates posted to it, serves /healthz and /metrics, and stops on SIGTERM", async () => {
    db = await freshDb("sqlite");
    const tg = new FakeTelegram();
    server = await startFakeBotApi(tg);
    const secret = "webhook_secret-123";
    const child = spawn(process.execPath, START, {
      cwd: ROOT,
      env: {
        ...process.env, DATABASE_URL: db.url, TELEGRAM_API_ROOT: server.url, BOT_TOKEN: TOKEN, LOG_LEVEL: "info", DIGESTS: "off",
        BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.test/hook/tg", WEBHOOK_SECRET: secret, PORT: "0", HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const url = await listeningUrl(child, /webhook set/);
    const set = tg.callsOf("setWebhook").at(-1)?.payload;
    expect(set).toMatchObject({ url: "https://bot.example.test/hook/tg", secret_token: secret, drop_pending_updates: false });
    expect(set?.allowed_updates).toEqual(["message", "callback_query", "my_chat_member", "inline_query"]);

    const update = JSON.stringify(textUpdate({ id: 4343, language_code: "ru" }, "Темиртау"));
    const refused = await fetch(`${url}/hook/tg`, { method: "POST", body: update, headers: { "content-type": "application/json" } });
    expect(refused.status).toBe(401);
    const res = await fetch(`${url}/hook/tg`, { method: "POST", body: update, headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret } });
    expect(res.status).toBe(200);
    expect(tg.delivered.filter((c) => c.payload.chat_id === 4343)).toHaveLength(1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/monoqala_updates_total\{type="message"\} 1/);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(tg.callsOf("getUpdates")).toHaveLength(0);
  }, 90_000);
});
