import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, stickerUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 3001, language_code: "ru" };
// Telegram says Russian; the stored choice (Kazakh) must win inside the wizard too.
const KK = { id: 3002, language_code: "ru" };

let t: TestBot;
afterEach(async () => t?.close());

const rows = () => t.db.db.subscription.findMany({ orderBy: { id: "asc" } });
const MONDAY_9 = new Date("2026-11-30T04:00:00Z");

describe.each(providers())("subscribing on %s", (provider) => {
  it("takes two taps from a town card: Subscribe, then Confirm (Monday 09:00, in the user's language)", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/town Темиртау"));
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("subnew:town:temirtau");
    const sent = t.tg.callsOf("sendMessage").length;
    await press(t, RU, "📬 Подписаться на дайджест");
    // The card stays; the confirm screen comes as a new message.
    expect(t.tg.callsOf("sendMessage")).toHaveLength(sent + 1);
    expect(lastText(t.tg)).toMatch(/Что: Темиртау\nКогда: по понедельникам в 09:00 \(время Астаны\)/);
    await press(t, RU, "✓ Подписаться");
    expect(lastText(t.tg)).toMatch(
      /Готово: вы подписаны\. Темиртау — по понедельникам в 09:00 \(время Астаны\)\.\nБлижайший дайджест: Пн, 30\.11\.2026, 09:00\./,
    );
    const [row, ...more] = await rows();
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      chatId: BigInt(RU.id),
      scope: "towns",
      townIds: '["temirtau"]',
      weekday: 1,
      hour: 9,
      minute: 0,
      language: "ru",
      state: "active",
      createdBy: BigInt(RU.id),
    });
    expect(row!.nextDueAt).toEqual(MONDAY_9);
    // The wizard is over: its buttons are stale now.
    await press(t, RU, "Мои подписки");
    expect(lastText(t.tg)).toMatch(/1\. Темиртау — по понедельникам в 09:00/);
  });

  it("subscribes a Kazakh-speaking user in Kazakh, from free text naming the town", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "lang:kk"));
    await t.send(textUpdate(KK, "Балқашқа жазылғым келеді"));
    expect(lastText(t.tg)).toMatch(/Не туралы: Балқаш\nҚашан: әр дүйсенбі сағат 09:00-да/);
    await press(t, KK, "✓ Жазылу");
    expect(lastText(t.tg)).toMatch(/Дайын: сіз жазылдыңыз\. Балқаш — әр дүйсенбі сағат 09:00-да \(Астана уақыты\)\.\nКелесі дайджест: Дс, 30\.11\.2026, 09:00/);
    expect((await rows())[0]).toMatchObject({ townIds: '["balkhash"]', language: "kk" });
  });

  it("starts on the tier a free-text request names, in either language", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "подпишись на стагнирующие моногорода"));
    expect(lastText(t.tg)).toMatch(/Что: Группа «Стагнирующие города»/);
    await press(t, RU, "✓ Подписаться");
    expect((await rows())[0]).toMatchObject({ scope: "tier", tierId: "stagnating" });
    await t.send(callbackUpdate(KK, "lang:kk"));
    await t.send(textUpdate(KK, "тоқыраған қалаларға жазылғым келеді"));
    expect(lastText(t.tg)).toMatch(/Не туралы: .*[Тт]оқыра/);
  });

  it("goes through the whole wizard: ticks, typed names, day and hour, another time", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/На что подписаться\?/);
    const names = buttonsOf(t.tg).map((b) => b.text);
    expect(names.slice(0, 20)).toEqual([
      "Абай",
      "Аксай",
      "Аксу",
      "Алтай",
      "Балхаш",
      "Жанаозен",
      "Житикара",
      "Каражал",
      "Кентау",
      "Кулсары",
      "Курчатов",
      "Лисаковск",
      "Риддер",
      "Рудный",
      "Сатпаев",
      "Степногорск",
      "Темиртау",
      "Хромтау",
      "Шахтинск",
      "Экибастуз",
    ]);
    // Former monotowns whose projects are unfinished follow, marked as former.
    expect(names.slice(20, 23)).toEqual(["Аркалык (бывш.)", "Жанатас (бывш.)", "Серебрянск (бывш.)"]);
    expect(names.slice(23)).toEqual([
      "Все моногорода",
      "Города на пути к диверсификации",
      "Города со средним потенциалом развития",
      "Стагнирующие города",
      "Готово ✓",
      "Отмена",
    ]);
    await press(t, RU, "Темиртау");
    await press(t, RU, "Балхаш");
    expect(lastText(t.tg)).toMatch(/Выбрано: Темиртау, Балхаш/);
    await press(t, RU, "✓ Балхаш");
    expect(buttonsOf(t.tg).map((b) => b.text)).toContain("✓ Темиртау");
    expect(buttonsOf(t.tg).map((b) => b.text)).toContain("Балхаш");
    await t.send(textUpdate(RU, "ещё Хромтау и Рудный"));
    expect(lastText(t.tg)).toMatch(/Выбрано: Темиртау, Хромтау, Рудный/);
    await press(t, RU, "Готово ✓");
    expect(lastText(t.tg)).toMatch(/В какой день присылать дайджест\?/);
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["✓ Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс", "Каждый день", "Отмена"]);
    await press(t, RU, "Ср");
    expect(lastText(t.tg)).toMatch(/Во сколько присылать\?/);
    expect(
      buttonsOf(t.tg)
        .map((b) => b.text)
        .slice(0, 3),
    ).toEqual(["07:00", "08:00", "✓ 09:00"]);
    await press(t, RU, "18:00");
    expect(lastText(t.tg)).toMatch(/Что: Темиртау, Хромтау, Рудный\nКогда: по средам в 18:00/);
    await press(t, RU, "🕘 Другое время");
    await press(t, RU, "Каждый день");
    await t.send(textUpdate(RU, "7:30"));
    expect(lastText(t.tg)).toMatch(/Когда: каждый день в 07:30/);
    await press(t, RU, "✓ Подписаться");
    // 15:00 on Wednesday in Astana: the first daily digest is tomorrow morning.
    expect(lastText(t.tg)).toMatch(/Ближайший дайджест: Чт, 26\.11\.2026, 07:30/);
    expect((await rows())[0]).toMatchObject({ scope: "towns", townIds: '["temirtau","khromtau","rudny"]', weekday: 0, hour: 7, minute: 30 });
  });

  it("subscribes to a tier or to all monotowns in Kazakh", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "lang:kk"));
    await t.send(textUpdate(KK, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/Неге жазыласыз\?/);
    await press(t, KK, "Тоқырап тұрған қалалар");
    expect(lastText(t.tg)).toMatch(/Дайджестті қай күні жіберейін\?/);
    await press(t, KK, "Жм");
    expect(lastText(t.tg)).toMatch(/Сағат нешеде жіберейін\?/);
    await press(t, KK, "08:00");
    expect(lastText(t.tg)).toMatch(/Не туралы: «Тоқырап тұрған қалалар» тобы\nҚашан: әр жұма сағат 08:00-де/);
    await press(t, KK, "✓ Жазылу");
    await t.send(textUpdate(KK, "/subscribe"));
    await press(t, KK, "Барлық моноқалалар");
    await press(t, KK, "✓ Дс");
    await press(t, KK, "✓ 09:00");
    await press(t, KK, "✓ Жазылу");
    expect(await rows()).toMatchObject([
      { scope: "tier", tierId: "stagnating", weekday: 5, hour: 8, language: "kk" },
      { scope: "all", weekday: 1, hour: 9, language: "kk" },
    ]);
  });

  it("says when the same subscription existed and updates its schedule", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "subnew:tier:diversifying"));
    await press(t, RU, "✓ Подписаться");
    await t.send(textUpdate(RU, "/subscribe"));
    await press(t, RU, "Города на пути к диверсификации");
    await press(t, RU, "Вс");
    await press(t, RU, "20:00");
    await press(t, RU, "✓ Подписаться");
    expect(lastText(t.tg)).toMatch(/Такая подписка уже была — я обновил её расписание\./);
    expect(await rows()).toMatchObject([{ scope: "tier", tierId: "diversifying", weekday: 7, hour: 20 }]);
  });

  it("stores nothing when cancelled at any step", async () => {
    t = await testBot(provider);
    const steps: Array<string[]> = [[], ["Темиртау", "Готово ✓"], ["Темиртау", "Готово ✓", "Пн"], ["Темиртау", "Готово ✓", "Пн", "09:00"]];
    for (const taps of steps) {
      await t.send(textUpdate(RU, "/subscribe"));
      for (const tap of taps) await press(t, RU, new RegExp(`^(✓ )?${tap}$`));
      await press(t, RU, "Отмена");
      expect(lastText(t.tg)).toBe("Хорошо, подписка не оформлена.");
    }
    await t.send(callbackUpdate(RU, "subnew:town:aksu"));
    await press(t, RU, "Отмена");
    expect(lastText(t.tg)).toBe("Хорошо, подписка не оформлена.");
    expect(await rows()).toEqual([]);
    // Nothing is left waiting either.
    expect(await t.db.db.conversationState.count()).toBe(0);
  });

  it("repeats the question on a sticker, nonsense or an old button, and carries on", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    const oldDone = buttonsOf(t.tg).find((b) => b.text === "Готово ✓")!.callback_data!;
    await press(t, RU, "Отмена");
    await t.send(textUpdate(RU, "/subscribe"));
    await t.send(stickerUpdate(RU));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ\. Нажмите одну из кнопок ниже или «Отмена»\.\n\nНа что подписаться\?/);
    expect(buttonsOf(t.tg)).toHaveLength(29);
    await t.send(textUpdate(RU, "абырвалг"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ/);
    // «Готово» with nothing ticked: a hint, still the same question.
    await press(t, RU, "Готово ✓");
    expect(lastToast(t.tg)).toBe("Отметьте хотя бы один город или выберите группу.");
    await press(t, RU, "Экибастуз");
    // A button of the cancelled wizard is not an answer to this one.
    await t.send(callbackUpdate(RU, oldDone));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ[\s\S]*Выбрано: Экибастуз/);
    await press(t, RU, "Готово ✓");
    await t.send(textUpdate(RU, "в понедельник"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ[\s\S]*В какой день/);
    await press(t, RU, "Чт");
    await t.send(textUpdate(RU, "25:00"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ[\s\S]*Во сколько/);
    await press(t, RU, "10:00");
    await t.send(stickerUpdate(RU));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ[\s\S]*Что: Экибастуз/);
    await press(t, RU, "✓ Подписаться");
    expect(await rows()).toMatchObject([{ townIds: '["ekibastuz"]', weekday: 4, hour: 10 }]);
  });

  it("continues after a restart in the middle, where the user was", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "lang:kk"));
    await t.send(textUpdate(KK, "/subscribe"));
    await press(t, KK, "Теміртау");
    await t.restart();
    await press(t, KK, "Құлсары");
    expect(lastText(t.tg)).toMatch(/Таңдалғаны: Теміртау, Құлсары/);
    await t.send(textUpdate(KK, "және Сәтбаев"));
    expect(lastText(t.tg)).toMatch(/Таңдалғаны: Теміртау, Құлсары, Сәтбаев/);
    await press(t, KK, "Дайын ✓");
    await t.restart();
    await press(t, KK, "Сс");
    await t.restart();
    await press(t, KK, "12:00");
    await press(t, KK, "✓ Жазылу");
    expect(await rows()).toMatchObject([{ townIds: '["temirtau","kulsary","satbayev"]', weekday: 2, hour: 12, language: "kk" }]);
  });

  it("takes quick taps one after another, so that none is lost", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    const data = (name: string) => buttonsOf(t.tg).find((b) => b.text === name)!.callback_data!;
    const taps = ["Темиртау", "Балхаш", "Аксу", "Риддер"].map(data);
    // As the runner would: all at once, not one awaited after the other.
    await Promise.all(taps.map((d) => t.send(callbackUpdate(RU, d))));
    expect(lastText(t.tg)).toMatch(/Выбрано: Темиртау, Балхаш, Аксу, Риддер/);
  });

  it("leaves the wizard for a command and handles it; other buttons of the bot work meanwhile", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    await press(t, RU, "Аксу");
    // A card's buttons work while the wizard waits, and the wizard still does.
    await t.send(callbackUpdate(RU, "card:aksu:progress"));
    expect(lastText(t.tg)).toMatch(/<b>Аксу<\/b>.* — Ход плана/);
    const done = t.tg.calls
      .filter((c) => c.payload.reply_markup)
      .map((c) => c.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> })
      .flatMap((m) => m.inline_keyboard.flat())
      .filter((b) => b.text === "Готово ✓")
      .at(-1)!.callback_data;
    await t.send(callbackUpdate(RU, done));
    expect(lastText(t.tg)).toMatch(/В какой день/);
    const monday = buttonsOf(t.tg).find((b) => b.text === "✓ Пн")!.callback_data!;

    await t.send(textUpdate(RU, "/town Балхаш"));
    expect(lastText(t.tg)).toMatch(/<b>Балхаш<\/b>/);
    await t.send(callbackUpdate(RU, monday));
    expect(lastToast(t.tg)).toBe("Эта форма устарела или открыта не вами. Начните заново: /subscribe");
    await t.send(textUpdate(RU, "/help"));
    expect(lastText(t.tg)).toMatch(/Что я умею/);
    expect(lastText(t.tg)).toMatch(/\/subscribe — подписаться/);
    // Free text is a question again.
    await t.send(textUpdate(RU, "Кентау"));
    expect(lastText(t.tg)).toMatch(/<b>Кентау<\/b>/);
    expect(await rows()).toEqual([]);
  });

  it("restarts the wizard when another Subscribe button is pressed in the middle", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    await press(t, RU, "Аксу");
    await t.send(callbackUpdate(RU, "subnew:town:ridder"));
    expect(lastText(t.tg)).toMatch(/Что: Риддер/);
    await press(t, RU, "✓ Подписаться");
    expect(await rows()).toMatchObject([{ townIds: '["ridder"]' }]);
  });

  it("forgets a wizard left alone for more than a day", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    t.clock.advance(25 * 3600_000);
    await t.send(textUpdate(RU, "Темиртау"));
    // A question again, not a tick in a form opened yesterday.
    expect(lastText(t.tg)).toMatch(/<b>Темиртау<\/b> \(Теміртау\)/);
    expect(await t.db.db.conversationState.count()).toBe(0);
  });

  it("answers an old wizard button outside any wizard politely", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "sw:zz99:ok"));
    expect(lastToast(t.tg)).toBe("Эта форма устарела или открыта не вами. Начните заново: /subscribe");
    await t.send(callbackUpdate(RU, "subnew:town:atlantis"));
    expect(lastToast(t.tg)).toBe("Эта кнопка устарела. Откройте /tiers или напишите название города.");
  });
});
