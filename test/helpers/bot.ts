// A bot wired to a fake Telegram and a fresh database: what a user would see.
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/bot.ts";
import { UserRepo } from "../../src/db/users.ts";
import type { DbProvider } from "../../src/db/client.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import { Knowledge } from "../../src/knowledge.ts";
import { createLogger } from "../../src/log.ts";
import { freshDb, type TestDb } from "./db.ts";

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

export interface TestBot {
  tg: FakeTelegram;
  send(update: Update): Promise<void>;
  db: TestDb;
  restart(): Promise<void>;
  close(): Promise<void>;
  bot: ReturnType<typeof createBot>["bot"];
}

export async function testBot(provider: DbProvider = "sqlite", existing?: TestDb): Promise<TestBot> {
  const db = existing ?? (await freshDb(provider));
  const tg = new FakeTelegram();
  const make = async () =>
    createBot({
      token: TOKEN, apiRoot: "http://telegram.test", fetch: tg.fetch, botInfo: tg.botInfo,
      knowledge: await Knowledge.load(db.db), users: new UserRepo(db.db), log: createLogger("silent"),
    }).bot;
  const t: TestBot = {
    tg,
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
