import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { SubscriptionRepo } from "../src/db/subscriptions.ts";
import { localTime } from "../src/domain/schedule.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { startFakeBotApi } from "../src/fake-telegram/server.ts";
import { FakePollingApi } from "../src/fake-telegram/polling.ts";
import { callbackUpdate, textUpdate } from "../src/fake-telegram/updates.ts";
import { TOKEN } from "./helpers/bot.ts";
import { freshDb, providers, type TestDb } from "./helpers/db.ts";

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
    const { subscription } = await subs.subscribe({
      chatId: 4242,
      scope: { kind: "tier", tierId: "stagnating" },
      schedule: { weekday: 0, hour: 0, minute: 0 },
      language: "ru",
      now,
    });
    await db.db.subscription.update({ where: { id: subscription.id }, data: { nextDueAt: hourAgo } });

    const child = spawn(process.execPath, START, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, TELEGRAM_API_ROOT: server.url, BOT_TOKEN: TOKEN, LOG_LEVEL: "info", PORT: "0", HOST: "127.0.0.1" },
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

  it("survives a 409 Conflict from getUpdates: keeps polling, answers the next update, counts the error", async () => {
    db = await freshDb("sqlite");
    const api = await new FakePollingApi(new FakeTelegram()).start();
    try {
      api.conflict(1);
      const child = spawn(process.execPath, START, {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          TELEGRAM_API_ROOT: api.url,
          BOT_TOKEN: TOKEN,
          LOG_LEVEL: "info",
          DIGESTS: "off",
          PORT: "0",
          HOST: "127.0.0.1",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(child);
      const url = await listeningUrl(child, /"polling"/);
      api.push(textUpdate({ id: 4747, language_code: "ru" }, "Темиртау"));
      const deadline = Date.now() + 20_000;
      while (!api.tg.calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === 4747) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(child.exitCode).toBeNull();
      expect(api.tg.calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === 4747)).toBe(true);
      expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/monoqala_telegram_api_errors_total\{method="getUpdates",code="409"\} 1/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  }, 90_000);

  it("in webhook mode sets the webhook with its secret, answers updates posted to it, serves /healthz and /metrics, and stops on SIGTERM", async () => {
    db = await freshDb("sqlite");
    const tg = new FakeTelegram();
    server = await startFakeBotApi(tg);
    const secret = "webhook_secret-123";
    const child = spawn(process.execPath, START, {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        TELEGRAM_API_ROOT: server.url,
        BOT_TOKEN: TOKEN,
        LOG_LEVEL: "info",
        DIGESTS: "off",
        BOT_MODE: "webhook",
        WEBHOOK_URL: "https://bot.example.test/hook/tg",
        WEBHOOK_SECRET: secret,
        PORT: "0",
        HOST: "127.0.0.1",
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
    const res = await fetch(`${url}/hook/tg`, {
      method: "POST",
      body: update,
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    });
    expect(res.status).toBe(200);
    expect(tg.delivered.filter((c) => c.payload.chat_id === 4343)).toHaveLength(1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/monoqala_updates_total\{type="message"\} 1/);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(tg.callsOf("getUpdates")).toHaveLength(0);
  }, 90_000);

  // Several instances behind one webhook URL are separate processes, each with its own
  // caches and connections: what one stores the other must see, and a due digest goes
  // out once however many of them tick.
  it.skipIf(!providers().includes("postgresql"))(
    "as two webhook processes on one PostgreSQL database: a language and a wizard carry across, and a due digest is sent once",
    async () => {
      db = await freshDb("postgresql");
      const tg = new FakeTelegram();
      server = await startFakeBotApi(tg);
      const now = new Date();
      const subs = new SubscriptionRepo(db.db);
      // A daily slot half a day from now: the hour before now (made due below) holds no slot
      // of its own, so exactly one digest is due whatever the time of the run.
      const hour = (localTime(now).hour + 12) % 24;
      const { subscription } = await subs.subscribe({
        chatId: 4545,
        scope: { kind: "towns", townIds: ["ridder"] },
        schedule: { weekday: 0, hour, minute: 0 },
        language: "ru",
        now,
      });
      await db.db.subscription.update({ where: { id: subscription.id }, data: { nextDueAt: new Date(now.getTime() - 3600_000) } });

      const secret = "two_processes-secret";
      const start = () => {
        const child = spawn(process.execPath, START, {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: db!.url,
            TELEGRAM_API_ROOT: server!.url,
            BOT_TOKEN: TOKEN,
            LOG_LEVEL: "info",
            BOT_MODE: "webhook",
            WEBHOOK_URL: "https://bot.example.test/tg",
            WEBHOOK_SECRET: secret,
            PORT: "0",
            HOST: "127.0.0.1",
          },
          stdio: ["ignore", "pipe", "inherit"],
        });
        children.push(child);
        return { child, url: listeningUrl(child, /webhook set/) };
      };
      const one = start();
      const two = start();
      const [a, b] = [await one.url, await two.url];
      const post = async (to: string, update: unknown) => {
        const res = await fetch(`${to}/tg`, {
          method: "POST",
          body: JSON.stringify(update),
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        });
        expect(res.status).toBe(200);
      };
      const user = { id: 4646, language_code: "ru" };
      const lastText = () => String(tg.calls.filter((c) => c.payload.chat_id === user.id && c.payload.text).at(-1)?.payload.text ?? "");
      const press = async (to: string, label: string) => {
        const markup = tg.calls.filter((c) => c.payload.chat_id === user.id && c.payload.reply_markup).at(-1)!.payload.reply_markup as {
          inline_keyboard: Array<Array<{ text: string; callback_data?: string }>>;
        };
        const button = markup.inline_keyboard.flat().find((k) => k.text === label);
        expect(button, `a «${label}» button`).toBeDefined();
        await post(to, callbackUpdate(user, button!.callback_data!));
      };

      // B reads the user before the choice; A stores Kazakh; B answers in Kazakh.
      await post(b, textUpdate(user, "Риддер"));
      expect(lastText()).toMatch(/Группа/);
      await post(a, callbackUpdate(user, "lang:kk"));
      await post(b, textUpdate(user, "Риддер"));
      expect(lastText()).toMatch(/Тобы/);

      // A wizard begun on A goes on on B and ends on A.
      await post(a, callbackUpdate(user, "lang:ru"));
      await post(a, textUpdate(user, "/subscribe"));
      expect(lastText()).toMatch(/На что подписаться\?/);
      await post(b, textUpdate(user, "Балхаш"));
      await press(a, "Готово ✓");
      expect(lastText()).toMatch(/В какой день присылать дайджест\?/);
      await press(b, "Ср");
      await press(a, "18:00");
      await press(b, "✓ Подписаться");
      expect(lastText()).toMatch(/Готово: вы подписаны/);
      const rows = await db.db.subscription.findMany({ where: { chatId: BigInt(user.id) } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ weekday: 3, hour: 18 });

      // Both processes ticked at start (and tick every minute): the due digest went out once.
      const deadline = Date.now() + 30_000;
      while (!(await db.db.delivery.findFirst({ where: { subscriptionId: subscription.id, status: "sent" } })) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500));
      expect(tg.delivered.filter((c) => c.payload.chat_id === 4545 && /Дайджест/.test(String(c.payload.text)))).toHaveLength(1);

      const exits = [one, two].map(({ child }) => new Promise<number | null>((resolve) => child.once("exit", resolve)));
      for (const { child } of [one, two]) child.kill("SIGTERM");
      expect(await Promise.all(exits)).toEqual([0, 0]);
    },
    120_000,
  );
});
