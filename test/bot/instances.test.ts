// Several bot instances behind one webhook URL, on one database: any update may reach
// any instance, so what one stores (a language, a wizard's state) the next must see.
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.ts";
import { botStores } from "../../src/bot/stores.ts";
import { ManualClock } from "../../src/clock.ts";
import { openDb, type Db } from "../../src/db/client.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { createI18n } from "../../src/i18n.ts";
import { Knowledge } from "../../src/knowledge.ts";
import { createLogger } from "../../src/log.ts";
import { TEST_NOW, TOKEN } from "../helpers/bot.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";

let db: TestDb | undefined;
const others: Db[] = [];
const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
  for (const d of others.splice(0)) await d.$disconnect();
  await db?.close();
});

/**
 * While armed, holds each Telegram call until a second one arrives (or `ms` pass), so two turns are
 * surely in flight at once: each has read the chat's state and neither has stored it yet. A delay
 * alone only made that likely; with the lock the second turn cannot start, and the wait runs out.
 */
function meeting(ms: number) {
  const waiting: Array<() => void> = [];
  let armed = false;
  const releaseAll = () => {
    armed = false;
    for (const go of waiting.splice(0)) go();
  };
  return {
    arm: () => {
      armed = true;
    },
    wrap: (f: typeof fetch) =>
      (async (...args: Parameters<typeof fetch>) => {
        if (armed)
          await new Promise<void>((go) => {
            waiting.push(go);
            if (waiting.length >= 2) releaseAll();
            else setTimeout(go, ms);
          });
        return f(...args);
      }) as typeof fetch,
  };
}

/** Two instances, each with its own database client, as two processes would have. */
async function twoInstances(provider: "sqlite" | "postgresql", opts: { lock?: boolean; wrapFetch?: (f: typeof fetch) => typeof fetch } = {}) {
  db = await freshDb(provider);
  const tg = new FakeTelegram();
  const clock = new ManualClock(TEST_NOW);
  const instance = async (client: Db) => {
    const knowledge = await Knowledge.load(client);
    const i18n = createI18n();
    const stores = botStores(client, db!.url, knowledge, i18n, { shared: true });
    closing.push(stores.close);
    if (opts.lock === false) stores.chatLock = undefined;
    const { bot } = createBot({
      token: TOKEN,
      apiRoot: "http://telegram.test",
      fetch: opts.wrapFetch ? opts.wrapFetch(tg.fetch) : tg.fetch,
      botInfo: tg.botInfo,
      knowledge,
      i18n,
      ...stores,
      clock,
      log: createLogger("silent"),
    });
    return (u: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(u);
  };
  const second = await openDb(db.url);
  others.push(second);
  return { tg, a: await instance(db.db), b: await instance(second) };
}

describe.each(providers())("two instances on one %s database", (provider) => {
  it("answer in the language a user chose on the other one", async () => {
    const { tg, a, b } = await twoInstances(provider);
    const user = { id: 7001, language_code: "ru" };
    // B has read the user once already, before the choice.
    await b(textUpdate(user, "Ridder info"));
    expect(tg.texts.at(-1)).toMatch(/Группа/);
    await a(callbackUpdate(user, "lang:kk"));
    await b(textUpdate(user, "Ridder info"));
    expect(tg.texts.at(-1)).toMatch(/<b>Риддер<\/b>/);
    expect(tg.texts.at(-1)).toMatch(/Тобы/);
  });

  it("continue a wizard begun on the other one, and finish it on either", async () => {
    const { tg, a, b } = await twoInstances(provider);
    const user = { id: 7002, language_code: "ru" };
    // B has seen the chat without a wizard.
    await b(textUpdate(user, "Темиртау"));
    await a(textUpdate(user, "/subscribe"));
    expect(tg.texts.at(-1)).toMatch(/На что подписаться\?/);
    await b(textUpdate(user, "Балхаш и Темиртау"));
    expect(tg.texts.at(-1)).toMatch(/Выбрано: Балхаш, Темиртау|Выбрано: Темиртау, Балхаш/);
    const done = (
      tg.callsOf("sendMessage").concat(tg.callsOf("editMessageText")).at(-1)!.payload.reply_markup as {
        inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
      }
    ).inline_keyboard
      .flat()
      .find((k) => k.text === "Готово ✓")!;
    await a(callbackUpdate(user, done.callback_data));
    expect(tg.texts.at(-1)).toMatch(/В какой день присылать дайджест\?/);
    const press = async (on: typeof a, text: string) => {
      const kb = (
        tg.calls.filter((c) => c.payload.reply_markup).at(-1)!.payload.reply_markup as {
          inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
        }
      ).inline_keyboard.flat();
      await on(callbackUpdate(user, kb.find((k) => k.text === text)!.callback_data));
    };
    await press(b, "Ср");
    expect(tg.texts.at(-1)).toMatch(/Во сколько присылать\?/);
    await press(a, "18:00");
    await press(b, "✓ Подписаться");
    expect(tg.texts.at(-1)).toMatch(/Готово: вы подписаны/);
    const rows = await db!.db.subscription.findMany({ where: { chatId: BigInt(user.id) } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ weekday: 3, hour: 18 });
    // The wizard is over on both: a town name is a town card again.
    await a(textUpdate(user, "Темиртау"));
    expect(tg.texts.at(-1)).toMatch(/<b>Темиртау<\/b>/);
    await b(textUpdate(user, "Балхаш"));
    expect(tg.texts.at(-1)).toMatch(/<b>Балхаш<\/b>/);
  });
});

describe.skipIf(!providers().includes("postgresql"))("two instances on one PostgreSQL database", () => {
  // Without the lock one of the two answers is lost: both turns read the wizard before either stored it.
  it.each([true, false])("take a wizard's turns one at a time when its updates reach both at once (lock: %s)", async (lock) => {
    const gate = meeting(1000);
    const { tg, a, b } = await twoInstances("postgresql", { lock, wrapFetch: gate.wrap });
    const user = { id: 7003, language_code: "ru" };
    await a(textUpdate(user, "/subscribe"));
    gate.arm();
    await Promise.all([a(textUpdate(user, "Балхаш")), b(textUpdate(user, "Темиртау"))]);
    await a(textUpdate(user, "Рудный"));
    const chosen = /Выбрано: (.*)/
      .exec(tg.texts.at(-1) ?? "")?.[1]
      ?.split(", ")
      .sort();
    if (lock) expect(chosen).toEqual(["Балхаш", "Рудный", "Темиртау"]);
    else expect(chosen).toHaveLength(2);
  });
});
