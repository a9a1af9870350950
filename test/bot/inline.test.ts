import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { callbackUpdate, inlineQueryUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { checkHtml } from "../../src/fake-telegram/fetch.ts";
import { buttonsOf, lastText, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 2001, language_code: "ru" };
const KK = { id: 2002, language_code: "kk" };
const NONE = { id: 2003 };

interface Article {
  type: string;
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: string };
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; url?: string; switch_inline_query?: string }>> };
}

let t: TestBot;
afterEach(async () => t?.close());

async function inline(user: { id: number; language_code?: string }, query: string) {
  await t.send(inlineQueryUpdate(user, query));
  const call = t.tg.callsOf("answerInlineQuery").at(-1)!;
  return { payload: call.payload, results: call.payload.results as Article[] };
}

/** Every result must be a message Telegram accepts, with a source link in it. */
function expectSendable(results: Article[]) {
  const ids = new Set<string>();
  for (const r of results) {
    expect(r.type).toBe("article");
    expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
    ids.add(r.id);
    const html = checkHtml(r.input_message_content.message_text);
    expect(html, r.id).not.toHaveProperty("error");
    expect((html as { length: number }).length).toBeLessThanOrEqual(4096);
    expect(r.input_message_content.message_text, `${r.id} names its source`).toMatch(/<a href="https?:\/\//);
  }
  expect(ids.size).toBe(results.length);
  expect(results.length).toBeLessThanOrEqual(50);
}

describe.each(providers())("inline mode on %s", (provider) => {
  it("answers a town name with its card, funding and progress, in Russian, with sources and a deep link", async () => {
    t = await testBot(provider);
    const { payload, results } = await inline(RU, "Темиртау");
    expectSendable(results);
    // Temirtau has no funding figure: its card says so, and no unsourced funding article is offered.
    expect(results.map((r) => r.id)).toEqual(["ru:card:temirtau:main", "ru:card:temirtau:progress"]);
    expect(results[0]!.input_message_content.message_text).toContain("Цифр о финансировании города в моих данных нет");
    expect((await inline(RU, "Житикара")).results.map((r) => r.id)).toEqual([
      "ru:card:zhitikara:main",
      "ru:card:zhitikara:funding",
      "ru:card:zhitikara:progress",
    ]);
    expect(results[0]!.title).toBe("Темиртау — карточка города");
    expect(results[0]!.input_message_content.message_text).toContain("Группа: <b>Города на пути к диверсификации</b>");
    expect(results[0]!.description).toMatch(/Моногород/);
    const buttons = results[0]!.reply_markup!.inline_keyboard.flat();
    expect(buttons[0]).toMatchObject({ text: "Открыть в боте", url: "https://t.me/monoqala_test_bot?start=temirtau" });
    expect(buttons[1]).toMatchObject({ switch_inline_query: "Темиртау" });
    expect(payload.cache_time).toBe(300);
    expect(payload.is_personal).toBe(true);
  });

  it("puts the shortfall first for «Балқаш тапшылық» and answers a kk user in Kazakh", async () => {
    t = await testBot(provider);
    const { results } = await inline(KK, "Балқаш тапшылық");
    expectSendable(results);
    expect(results[0]!.id).toBe("kk:card:balkhash:funding");
    expect(results[0]!.title).toBe("Балқаш — қаржыландыру және тапшылық");
    expect(results[0]!.input_message_content.message_text).toContain("Қаржыландыру");
  });

  it("follows the stored language over Telegram's language_code", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "lang:kk"));
    const { results } = await inline(RU, "Темиртау");
    expect(results[0]!.id).toBe("kk:card:temirtau:main");
    expect(results[0]!.input_message_content.message_text).toContain("Халқы");
  });

  it("uses the query's language when the user has neither a stored language nor a language_code of ours", async () => {
    t = await testBot(provider);
    let { results } = await inline(NONE, "Теміртауда қанша іс-шара аяқталмады");
    expect(results[0]!.id).toBe("kk:card:temirtau:progress");
    ({ results } = await inline({ id: 2004, language_code: "en" }, "Балқаш тапшылық"));
    expect(results[0]!.id).toBe("kk:card:balkhash:funding");
    ({ results } = await inline({ id: 2004, language_code: "en" }, "Balkhash"));
    expect(results[0]!.id).toBe("ru:card:balkhash:main");
  });

  it("answers a tier with its towns, a comparison side by side, and an empty query with the national picture", async () => {
    t = await testBot(provider);
    let { results } = await inline(RU, "стагнирующие");
    expectSendable(results);
    expect(results[0]!.id).toBe("ru:tier:stagnating");
    expect(results[0]!.input_message_content.message_text).toMatch(/Житикара/);

    ({ results } = await inline(RU, "Балхаш vs Степногорск"));
    expectSendable(results);
    expect(results.map((r) => r.id)).toEqual(["ru:compare:balkhash,stepnogorsk", "ru:card:balkhash:main", "ru:card:stepnogorsk:main"]);
    expect(results[0]!.input_message_content.message_text).toContain("<b>Сравнение:</b> Балхаш · Степногорск");

    ({ results } = await inline(RU, ""));
    expectSendable(results);
    expect(results.map((r) => r.id)).toEqual(["ru:overview", "ru:tiers"]);
    expect(results[0]!.input_message_content.message_text).toContain("343,6");
  });

  it("offers the closest towns for a misspelt name and a way into the bot when nothing matches", async () => {
    t = await testBot(provider);
    let { results, payload } = await inline(RU, "Темиртай");
    expect(results.map((r) => r.id)).toContain("ru:card:temirtau:main");
    ({ results, payload } = await inline(RU, "расскажи анекдот"));
    expect(results).toEqual([]);
    expect(payload.button).toEqual({ text: "Ничего не нашлось — открыть бота", start_parameter: "help" });
  });
});

describe.each(providers())("deep links and sharing on %s", (provider) => {
  it("opens a town card from t.me/<bot>?start=<town>, and the card has a Share button", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/start ridder"));
    expect(lastText(t.tg)).toContain("<b>Риддер</b>");
    const share = t.tg.callsOf("sendMessage").at(-1)!.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; switch_inline_query?: string }>> };
    expect(share.inline_keyboard.flat()).toContainEqual({ text: "↗ Поделиться", switch_inline_query: "Риддер" });
  });

  it("still asks for the language on a plain /start or an unknown payload, and shows help for start=help", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/start atlantis"));
    expect(lastText(t.tg)).toBe("Выберите язык · Тілді таңдаңыз");
    await t.send(textUpdate(KK, "/start help"));
    expect(lastText(t.tg)).toMatch(/Не істей аламын/);
    await t.send(textUpdate(KK, "/start"));
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["Русский", "✓ Қазақша"]);
  });

  it("puts Share on every card section in Kazakh too", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/start zhitikara"));
    await t.send(callbackUpdate(KK, "card:zhitikara:funding"));
    const kb = t.tg.callsOf("editMessageText").at(-1)!.payload.reply_markup as {
      inline_keyboard: Array<Array<{ text: string; switch_inline_query?: string }>>;
    };
    expect(kb.inline_keyboard.flat()).toContainEqual({ text: "↗ Бөлісу", switch_inline_query: "Жітіқара" });
  });
});

/** The "open in bot" link of an inline result, as /start text the bot would receive. */
const openInBot = (r: Article) => {
  const url = r.reply_markup!.inline_keyboard.flat().find((b) => b.url)!.url!;
  const start = new URL(url).searchParams.get("start");
  return start === null ? "/start" : `/start ${start}`;
};

describe.each(providers())("inline results open in the bot where they point on %s", (provider) => {
  it("gives every kind of result a deep link that opens the same reply, in Russian and Kazakh", async () => {
    t = await testBot(provider);
    const cases: Array<[typeof RU, string, string, RegExp]> = [
      [RU, "", "ru:overview", /Моногорода/],
      [RU, "", "ru:tiers", /Группы моногородов/],
      [RU, "стагнирующие", "ru:tier:stagnating", /Стагнирующие города/],
      [RU, "Балхаш vs Степногорск", "ru:compare:balkhash,stepnogorsk", /<b>Сравнение:<\/b> Балхаш · Степногорск/],
      [RU, "моногорода Карагандинской области", "ru:region:karaganda", /Темиртау/],
      [KK, "", "kk:tiers", /Моноқалалар топтары|топ/i],
      [KK, "Балқаш пен Степногорск салыстыр", "kk:compare:balkhash,stepnogorsk", /Балқаш/],
    ];
    for (const [user, query, id, shows] of cases) {
      const { results } = await inline(user, query);
      const r = results.find((x) => x.id === id);
      expect(r, `${query} → ${id} among ${results.map((x) => x.id).join(", ")}`).toBeDefined();
      const start = openInBot(r!);
      expect(start, id).not.toBe("/start");
      await t.send(textUpdate(user, start));
      expect(lastText(t.tg), `${id} via ${start}`).toMatch(shows);
      expect(lastText(t.tg)).not.toContain("Тілді таңдаңыз");
    }
  });

  it("never asks to pick a tier in a shared list that has no tier buttons", async () => {
    t = await testBot(provider);
    for (const user of [RU, KK]) {
      const { results } = await inline(user, "");
      const tiers = results.find((r) => r.id.endsWith(":tiers"))!;
      expect(tiers.input_message_content.message_text).not.toContain(user === RU ? "Выберите группу" : "Топты таңдаңыз");
    }
    // In the bot's own chat the list still has its buttons, and asks.
    await t.send(textUpdate(RU, "/tiers"));
    expect(lastText(t.tg)).toContain("Выберите группу");
    expect(buttonsOf(t.tg).length).toBeGreaterThan(3);
  });

  it("opens nothing odd for a malformed or unknown payload: it asks for the language", async () => {
    t = await testBot(provider);
    for (const p of ["cmp-balkhash", "cmp-balkhash-atlantis", "tier-golden", "region-mars", "tier-", "cmp--"]) {
      await t.send(textUpdate(RU, `/start ${p}`));
      expect(lastText(t.tg), p).toBe("Выберите язык · Тілді таңдаңыз");
    }
  });

  it("does not answer a second time a result the user chose inside the bot's own chat", async () => {
    t = await testBot(provider);
    const { results } = await inline(RU, "Темиртау");
    const before = t.tg.callsOf("sendMessage").length;
    const chosen = textUpdate(RU, results[0]!.input_message_content.message_text.replace(/<[^>]+>/g, "")) as Update & { message: Record<string, unknown> };
    chosen.message.via_bot = { id: t.tg.botInfo.id, is_bot: true, first_name: "Monoqala", username: t.tg.botInfo.username };
    await t.send(chosen);
    expect(t.tg.callsOf("sendMessage").length).toBe(before);
    // Another bot's inline result is an ordinary message: the bot answers it.
    const other = textUpdate(RU, "Темиртау") as Update & { message: Record<string, unknown> };
    other.message.via_bot = { id: 777, is_bot: true, first_name: "Other", username: "other_bot" };
    await t.send(other);
    expect(t.tg.callsOf("sendMessage").length).toBe(before + 1);
    expect(lastText(t.tg)).toContain("<b>Темиртау</b>");
  });
});
