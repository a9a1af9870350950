// A bot wired to a fake Telegram and a fresh database: what a user would see.
import type { Update } from "grammy/types";
import { createApp, type App, type AppOverrides } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import { parseConfig } from "../../src/config.ts";
import type { DbProvider } from "../../src/db/client.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import { callbackUpdate, type FakeChat, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { createLogger } from "../../src/log.ts";
import { freshDb, type TestDb } from "./db.ts";

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

/** The admin of test bots (ADMIN_IDS). */
export const ADMIN_ID = 9001;

/** Wednesday 25 November 2026, 15:00 in Astana: the next Monday 09:00 is 30 November. */
export const TEST_NOW = "2026-11-25T10:00:00Z";

export interface TestBot {
  tg: FakeTelegram;
  clock: ManualClock;
  send(update: Update): Promise<void>;
  db: TestDb;
  restart(): Promise<void>;
  close(): Promise<void>;
  bot: ReturnType<App["bot"]>["bot"];
}

/** The configuration of test apps: ADMIN_ID is the admin; no rate limit unless a test sets one. */
export function testConfig(databaseUrl: string, publicUrl?: string) {
  return parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: databaseUrl, ADMIN_IDS: String(ADMIN_ID), USER_RATE_LIMIT: "0", PUBLIC_URL: publicUrl });
}

type TestBotExtra = Pick<AppOverrides, "apiRoot" | "fetch" | "log" | "metrics" | "rateLimit" | "callRetry"> & AppOverrides["stores"] & { publicUrl?: string };

/** `extra` adds to what the bot is built with: a logger, metrics, a rate limit, stores of its own, the web page's address. */
export async function testBot(provider: DbProvider = "sqlite", existing?: TestDb, extra: TestBotExtra = {}): Promise<TestBot> {
  const db = existing ?? (await freshDb(provider));
  const tg = new FakeTelegram();
  const clock = new ManualClock(TEST_NOW);
  const { users, subscriptions, edits, wizardStore, publicUrl, ...overrides } = extra;
  // Each make is a new process on the same database: its own knowledge, stores and bot.
  const make = async () => {
    const app = await createApp(testConfig(db.url, publicUrl), {
      db: db.db,
      apiRoot: "http://telegram.test",
      fetch: tg.fetch,
      botInfo: tg.botInfo,
      clock,
      log: createLogger("silent"),
      stores: { users, subscriptions, edits, wizardStore },
      ...overrides,
    });
    return app.bot().bot;
  };
  const t: TestBot = {
    tg,
    clock,
    db,
    bot: await make(),
    send: (u) => t.bot.handleUpdate(u),
    // A new bot process on the same database: nothing cached survives.
    restart: async () => {
      t.bot = await make();
    },
    close: () => db.close(),
  };
  return t;
}

export function lastText(tg: FakeTelegram): string {
  return tg.texts.at(-1) ?? "";
}

export function buttonsOf(tg: FakeTelegram, index = -1): Array<{ text: string; callback_data?: string }> {
  const sends = tg.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
  const call = sends.at(index);
  const kb = (call?.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard;
  return kb?.flat() ?? [];
}

/** Presses the button with this text on the latest message that has buttons. */
export async function press(t: TestBot, user: FakeUser, text: string | RegExp, chat?: FakeChat): Promise<string> {
  const sends = t.tg.calls.filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && c.payload.reply_markup);
  for (let i = sends.length - 1; i >= 0; i--) {
    const kb = (sends[i]!.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data?: string }>> }).inline_keyboard.flat();
    const button = kb.find((b) => (typeof text === "string" ? b.text === text : text.test(b.text)));
    if (button?.callback_data) {
      await t.send(callbackUpdate(user, button.callback_data, 1, chat));
      return button.callback_data;
    }
    if (kb.length) break;
  }
  throw new Error(
    `no button ${String(text)} on the latest keyboard: ${buttonsOf(t.tg)
      .map((b) => b.text)
      .join(" | ")}`,
  );
}

/** The answer to the latest button press, as the toast would show it. */
export function lastToast(tg: FakeTelegram): string | undefined {
  return tg.callsOf("answerCallbackQuery").at(-1)?.payload.text as string | undefined;
}
