import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, stickerUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { ApiRefusal } from "../../src/fake-telegram/fetch.ts";
import { buttonsOf, lastText, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 1001, language_code: "ru" };
const KK = { id: 1002, language_code: "kk" };
const EN = { id: 1003, language_code: "en" };

let t: TestBot;
afterEach(async () => t?.close());

describe.each(providers())("language choice on %s", (provider) => {
  it("preselects Kazakh for a kk client and Russian otherwise", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/start"));
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["Русский", "✓ Қазақша"]);
    await t.send(textUpdate(EN, "/start"));
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["✓ Русский", "Қазақша"]);
  });

  it("stores the choice, survives a restart and sets this chat's command menu", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/start"));
    await t.send(callbackUpdate(RU, "lang:kk"));
    expect(lastText(t.tg)).toMatch(/қазақша жауап беремін/);
    const menu = t.tg.callsOf("setMyCommands").at(-1)!;
    expect(menu.payload.scope).toEqual({ type: "chat", chat_id: RU.id });
    expect((menu.payload.commands as Array<{ description: string }>)[0]!.description).toBe("Қала карточкасы");

    await t.restart();
    await t.send(textUpdate(RU, "/help"));
    expect(lastText(t.tg)).toMatch(/Не істей аламын/);
    await t.send(textUpdate(RU, "/language"));
    await t.send(callbackUpdate(RU, "lang:ru"));
    await t.send(textUpdate(RU, "/help"));
    expect(lastText(t.tg)).toMatch(/Что я умею/);
  });
});

describe.each(providers())("town cards on %s", (provider) => {
  it("shows a monotown card in Russian with tier, population, sources and buttons", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/town Темиртау"));
    const text = lastText(t.tg);
    expect(text).toContain("<b>Темиртау</b> (Теміртау)");
    expect(text).toContain("Карагандинская область");
    expect(text).toContain("Группа: <b>Города на пути к диверсификации</b>");
    expect(text).toMatch(/Население \(сам город\): <b>171\u202f609 человек<\/b> \(на 01\.01\.2024\) · <a href="https:\/\/parasat\.club/);
    expect(text).toContain("Qarmet");
    const data = buttonsOf(t.tg).map((b) => b.callback_data);
    expect(data).toEqual(expect.arrayContaining(["card:temirtau:progress", "card:temirtau:funding", "card:temirtau:sources", "card:temirtau:about"]));
  });

  it("shows the same card in Kazakh", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "lang:kk"));
    await t.send(textUpdate(KK, "теміртау"));
    const text = lastText(t.tg);
    expect(text).toContain("<b>Теміртау</b> (Темиртау)");
    expect(text).toContain("Қарағанды облысы");
    expect(text).toContain("Тобы: <b>Әртараптандыру жолындағы қалалар</b>");
    expect(text).toMatch(/Халқы \(қаланың өзі\): <b>171\u202f609 адам<\/b>/);
  });

  it("says when and why a former monotown left the list, and gives no tier", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "Серебрянск"));
    const text = lastText(t.tg);
    expect(text).toContain("Бывший моногород — исключён из перечня");
    expect(text).toContain("Когда и на каком основании — в источнике не сказано");
    expect(text).toMatch(/Сообщение об исключении: <a href="https:\/\/www\.lada\.kz/);
    expect(text).toContain("Группа: не присваивается");
  });

  it("shows Сарань as the reference town with the order that removed it", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "Саран"));
    const text = lastText(t.tg);
    expect(text).toContain("Моноқалалар тізімінен шықты");
    // The order is named in Kazakh (release 2 has the reason and basis in both languages).
    expect(text).toContain("2023 жылғы 21 қарашадағы № 248 бұйрығы");
    expect(text).not.toContain("№ 248 от");
  });

  it("lists a town's reported projects as reports, unfinished first, with slipped deadlines", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/progress Жанаозен"));
    const text = lastText(t.tg);
    expect(text).toContain("Проекты, о которых сообщали власти и пресса: 6");
    expect(text).toContain("не официальный перечень");
    expect(text).toMatch(/Жанаозенский газоперерабатывающий завод[\s\S]*сроки перенесены[\s\S]*Срок: 02\.2027 \(перенесён с 2023, 2025, 2026\)/);
    expect(text.indexOf("сроки перенесены")).toBeLessThan(text.indexOf("выполнено;") === -1 ? Infinity : text.indexOf("выполнено;"));
  });

  it("says a town's shortfall is unknown instead of showing zero, and the national one is computed", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/shortfall Балхаш"));
    const text = lastText(t.tg);
    expect(text).toContain("Недофинансирование: неизвестно");
    expect(text).toMatch(/Запланировано: <b>242,8 млрд ₸<\/b>/);
    expect(text).not.toMatch(/Недофинансирование: <b>0/);
    await t.send(textUpdate(RU, "/overview"));
    const o = lastText(t.tg);
    expect(o).toMatch(/Не выделено: <b>около 173,4 млрд ₸<\/b> \(вычислено: 343,6 − 170,2\)/);
    expect(o).toMatch(/Запланировано: <b>343,6 млрд ₸<\/b>/);
    expect(o).toMatch(/Выделено: <b>около 170,2 млрд ₸<\/b>/);
    expect(o).toMatch(/Не реализовано: <b>100<\/b>/);
    expect(o).toMatch(/Мероприятий: <b>315<\/b>/);
  });

  it("opens every card section through its button, within Telegram's limits", async () => {
    t = await testBot(provider);
    for (const town of ["ekibastuz", "kulsary", "balkhash", "saran", "abai"]) {
      for (const section of ["main", "progress", "funding", "sources", "about"]) {
        await t.send(callbackUpdate(RU, `card:${town}:${section}`));
        await t.send(callbackUpdate(KK, `card:${town}:${section}`));
      }
    }
    // The fake refuses over-long or malformed messages; every edit went through.
    expect(t.tg.callsOf("editMessageText")).toHaveLength(50);
    expect(t.tg.texts.filter((x) => x.includes("что-то пошло не так"))).toEqual([]);
  });
});

describe("unknown names and navigation", () => {
  it("opens a misspelt town's card and answers a name that is no town politely, with no town offered", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Темиртай"));
    expect(lastText(t.tg)).toMatch(/^<b>Темиртау<\/b>/);
    await t.send(textUpdate(KK, "Абракадабр <b>"));
    expect(lastText(t.tg)).toContain("«Абракадабр &lt;b&gt;» менің деректерімдегі моноқалалардың арасында жоқ");
    expect(buttonsOf(t.tg).filter((b) => b.callback_data?.startsWith("card:"))).toEqual([]);
  });

  it("navigates tiers → tier → town card by buttons", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "/tiers"));
    expect(lastText(t.tg)).toMatch(/Стагнирующие города<\/b> — 4 города/);
    const stagnating = buttonsOf(t.tg).find((b) => b.callback_data === "tier:stagnating")!;
    expect(stagnating.text).toBe("Стагнирующие города (4)");
    await t.send(callbackUpdate(RU, stagnating.callback_data!));
    expect(
      buttonsOf(t.tg)
        .map((b) => b.text)
        .slice(0, 4),
    ).toEqual(["Житикара", "Каражал", "Алтай", "Курчатов"]);
    await t.send(callbackUpdate(RU, "card:karazhal:main"));
    expect(lastText(t.tg)).toContain("<b>Каражал</b>");
    expect(t.tg.callsOf("answerCallbackQuery")).toHaveLength(2);
  });

  it("answers a stale or forged button without failing", async () => {
    t = await testBot();
    await t.send(callbackUpdate(RU, "card:atlantis:main"));
    await t.send(callbackUpdate(RU, "card:temirtau:nonsense"));
    await t.send(callbackUpdate(RU, "tier:golden"));
    const answers = t.tg.callsOf("answerCallbackQuery").map((c) => c.payload.text);
    expect(answers.slice(0, 2)).toEqual([
      "Эта кнопка устарела. Откройте /tiers или напишите название города.",
      "Эта кнопка устарела. Откройте /tiers или напишите название города.",
    ]);
  });

  it("keeps going after a failing update and tells the user in their language", async () => {
    t = await testBot();
    await t.send(callbackUpdate(KK, "lang:kk"));
    t.tg.clear();
    t.tg.failNext("sendMessage", new ApiRefusal(400, "Bad Request: chat not found"));
    await t.send(textUpdate(KK, "/tiers"));
    expect(lastText(t.tg)).toMatch(/Кешіріңіз, бірдеңе дұрыс болмады/);
    await t.send(textUpdate(KK, "/overview"));
    expect(lastText(t.tg)).toMatch(/Қазақстан моноқалалары/);
  });

  it("replies to non-text messages in private chats and ignores group chatter", async () => {
    t = await testBot();
    await t.send(stickerUpdate(RU));
    expect(lastText(t.tg)).toContain("Я понимаю только текст");
    const n = t.tg.calls.length;
    await t.send(textUpdate(RU, "всем привет", { id: -100, type: "supergroup" }));
    expect(t.tg.calls.length).toBe(n);
    await t.send(textUpdate(RU, "/town Аксу", { id: -100, type: "supergroup" }));
    expect(lastText(t.tg)).toContain("<b>Аксу</b>");
  });

  it("the fake Telegram refuses methods it does not know", async () => {
    t = await testBot();
    const raw = t.bot.api.raw as unknown as Record<string, (p: object) => Promise<unknown>>;
    await expect(raw.sendTelepathicMessage!({})).rejects.toThrow(/method not found/);
  });
});
