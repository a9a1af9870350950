import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../src/db/subscriptions.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { startFakeBotApi } from "../src/fake-telegram/server.ts";
import { TOKEN } from "./helpers/bot.ts";
import { freshDb, type TestDb } from "./helpers/db.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

let db: TestDb | undefined;
let server: Awaited<ReturnType<typeof startFakeBotApi>> | undefined;
afterEach(async () => {
  await server?.close();
  await db?.close();
});

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

    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/main.ts")], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, TELEGRAM_API_ROOT: server.url, BOT_TOKEN: TOKEN, LOG_LEVEL: "silent" }, stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!tg.delivered.some((c) => c.payload.chat_id === 4242) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const digest = tg.delivered.find((c) => c.payload.chat_id === 4242);
    expect(String(digest?.payload.text)).toMatch(/Дайджест: незавершённые проекты/);
    // Long polling asks for inline queries too («@bot Темиртау» in any chat).
    const polled = tg.callsOf("getUpdates").map((c) => c.payload.allowed_updates as string[] | undefined);
    expect(polled.some((u) => u?.includes("inline_query") && u.includes("callback_query"))).toBe(true);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const row = await db.db.delivery.findFirst({ where: { subscriptionId: subscription.id } });
    expect(row?.status).toBe("sent");
  }, 90_000);
});
