import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, testBot, type TestBot } from "../helpers/bot.ts";

const RU = { id: 2001, language_code: "ru" };
const KK = { id: 2002, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

describe("free-text questions", () => {
  it("answers the card section a question asks for, in the language it was asked in", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "сколько недофинансировали Экибастузу"));
    expect(lastText(t.tg)).toMatch(/<b>Экибастуз<\/b>/);
    // Release 2 gives Ekibastuz's plan target (fixed investment in 2025), not a budget.
    expect(lastText(t.tg)).toMatch(/Финансирование[\s\S]*Цель плана: инвестиции в основной капитал[\s\S]*737 млрд ₸/);
    await t.send(textUpdate(RU, "Балқашта қанша іс-шара орындалмады"));
    expect(lastText(t.tg)).toMatch(/<b>Балқаш<\/b>/);
    expect(lastText(t.tg)).toMatch(/жоба/i);
    // The stored language is untouched: a message with no clue is answered in it.
    await t.send(textUpdate(RU, "Ridder info"));
    expect(lastText(t.tg)).toMatch(/<b>Риддер<\/b>/);
    expect(lastText(t.tg)).toMatch(/Группа/);
  });

  it("lists a tier's towns and a region's monotowns", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "какие моногорода стагнирующие?"));
    expect(
      buttonsOf(t.tg)
        .map((b) => b.text)
        .slice(0, 4),
    ).toEqual(["Житикара", "Каражал", "Алтай", "Курчатов"]);
    await t.send(textUpdate(KK, "Қостанай облысындағы моноқалалар"));
    expect(lastText(t.tg)).toContain("Қостанай облысы");
    expect(lastText(t.tg)).toMatch(/Моноқалалар: <b>Рудный<\/b>, <b>Лисаков<\/b>, <b>Жітіқара<\/b>/);
    expect(lastText(t.tg)).toMatch(/Бұрынғы моноқалалар: Арқалық/);
  });

  it("says a real place is not a monotown and names its region's monotowns", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Караганда моногород?"));
    // No pronoun: «Караганда … его нет» got the city's gender wrong.
    expect(lastText(t.tg)).toMatch(/<b>Караганда<\/b> не входит в перечень моногородов/);
    expect(lastText(t.tg)).not.toMatch(/(^|\s)(его|её)(\s|$)/);
    expect(lastText(t.tg)).toMatch(/Темиртау/);
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("card:temirtau:main");
  });

  it("says a district or village named like a monotown is another place, with the monotown's card a tap away", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "с. Абай Жамбылского р-на — это моногород?"));
    expect(lastText(t.tg)).toMatch(/«Абай» здесь — другое место, а не моногород <b>Абай<\/b> \(Карагандинская область\)/);
    expect(lastText(t.tg)).toMatch(/Жамбылская область/);
    expect(lastText(t.tg)).not.toMatch(/Тараз/);
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("card:abai:main");
  });

  it("compares towns side by side with sources", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Сопоставьте выполнение планов Балхаша и Степногорска"));
    const text = lastText(t.tg);
    expect(text).toMatch(/Сравнение:<\/b> Балхаш · Степногорск/);
    expect(text.indexOf("<b>Балхаш</b>")).toBeLessThan(text.indexOf("<b>Степногорск</b>"));
    // Both towns have a population in release 2 (Степногорск's from 2012), each saying what it counts.
    expect(text.match(/Население \(сам город\): <b>[\d\u202f]+ человек<\/b>.*<a href=/g)).toHaveLength(2);
    expect(text.length).toBeLessThanOrEqual(4096);
  });

  it("asks which one is meant when a name is ambiguous, and offers both", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Абай"));
    expect(lastText(t.tg)).toMatch(/«абай» — что вы имеете в виду/);
    const data = buttonsOf(t.tg).map((b) => b.callback_data);
    expect(data).toEqual(["card:abai:main", "region:abai_region"]);
    await t.send(callbackUpdate(RU, "region:abai_region"));
    expect(lastText(t.tg)).toMatch(/Абайская область/);
    expect(lastText(t.tg)).toMatch(/Курчатов/);
  });

  it("opens the card of a misspelt town the understanding resolved, without a «did you mean» tap", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Степногорк"));
    expect(lastText(t.tg)).toMatch(/^<b>Степногорск<\/b>/);
    await t.send(textUpdate(RU, "Экибастус"));
    expect(lastText(t.tg)).toMatch(/^<b>Экибастуз<\/b>/);
    expect(lastText(t.tg)).not.toMatch(/Возможно, вы имели в виду/);
  });

  it("offers no town for a place abroad or a word no town name is within typo reach of", async () => {
    t = await testBot();
    for (const [user, word] of [
      [RU, "Москва"],
      [KK, "Мәскеу"],
      [RU, "Лондон"],
    ] as const) {
      await t.send(textUpdate(user, word));
      expect(lastText(t.tg)).not.toMatch(/Возможно|мүмкін/i);
      expect(buttonsOf(t.tg).filter((b) => b.callback_data?.startsWith("card:"))).toEqual([]);
    }
    // A real typo still gets its town.
    await t.send(textUpdate(RU, "Хромтао что там"));
    expect(t.tg.texts.join("\n")).toMatch(/Хромтау/);
  });

  it("answers a former monotown the national figures name (Текели) as one, with its source", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Текели"));
    expect(lastText(t.tg)).toMatch(/^<b>Текели<\/b> — бывший моногород: вышел из перечня моногородов/);
    expect(lastText(t.tg)).toMatch(/Сообщение об исключении: (<a href=|Kazinform)/);
    expect(lastText(t.tg)).not.toMatch(/не моногород/);
    await t.send(textUpdate(KK, "Текелі"));
    expect(lastText(t.tg)).toMatch(/^<b>Текелі<\/b> — бұрынғы моноқала/);
  });

  it("compares what it can when one place named is not a monotown, and says which", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "балхаш и жезказган сравни"));
    expect(lastText(t.tg)).toMatch(/^<b>Жезказган<\/b> — не моногород, в сравнении его нет/);
    expect(lastText(t.tg)).toMatch(/Сравнение:<\/b> Балхаш\n/);
  });

  it("greets, helps, offers to subscribe, and is polite about the rest", async () => {
    t = await testBot();
    await t.send(textUpdate(KK, "Қайырлы күн!"));
    expect(lastText(t.tg)).toMatch(/Сәлеметсіз бе/);
    await t.send(textUpdate(RU, "как с тобой работать"));
    expect(lastText(t.tg)).toMatch(/Что я умею/);
    // Another user: this one is now in the subscription wizard, which takes their messages.
    await t.send(textUpdate({ id: 2003, language_code: "ru" }, "подписаться на дайджест по Аксаю"));
    expect(lastText(t.tg)).toMatch(/Подписка на дайджест незавершённых проектов[\s\S]*Что: Аксай/);
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["✓ Подписаться", "🕘 Другое время", "Отмена"]);
    await t.send(textUpdate(RU, "расскажи анекдот"));
    expect(lastText(t.tg)).toMatch(/я знаю только моногорода/);
    await t.send(textUpdate(RU, "сколько стоит бензин в Жанаозене"));
    expect(lastText(t.tg)).toMatch(/нет данных/);
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("card:zhanaozen:main");
  });

  it("answers the national picture for questions with no town", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "сколько денег недодали в 2024?"));
    expect(lastText(t.tg)).toMatch(/173,4/);
    expect(lastText(t.tg)).toMatch(/вычислено/);
  });
});
