import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, inlineQueryUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { checkHtml } from "../../src/fake-telegram/fetch.ts";
import { buttonsOf, lastText, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";

const RU = { id: 2101, language_code: "ru" };
const KK = { id: 2102, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

interface Article {
  id: string;
  title: string;
  input_message_content: { message_text: string };
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; url?: string; switch_inline_query?: string }>> };
}

describe("questions about a named project", () => {
  it("answers the issue's question with the project's card, and the town's card is a tap away", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "когда запустят ГПЗ в Жанаозене"));
    const card = lastText(t.tg);
    expect(card).toMatch(/^<b>Жанаозенский газоперерабатывающий завод/);
    expect(card).toContain("Срок: <b>02.2027</b>");
    expect(card).toContain("Срок переносился 3 раза");
    expect(checkHtml(card)).not.toHaveProperty("error");
    await press(t, RU, "🏙 Жанаозен");
    expect(t.tg.callsOf("editMessageText").at(-1)!.payload.text).toMatch(/<b>Жанаозен<\/b> \(Жаңаөзен\)/);
  });

  it("answers in Kazakh a question asked in Kazakh", async () => {
    t = await testBot();
    await t.send(textUpdate(KK, "Жаңаөзен газ өңдеу зауыты қашан іске қосылады"));
    expect(lastText(t.tg)).toMatch(/^<b>Жаңаөзен газ өңдеу зауыты/);
    expect(lastText(t.tg)).toContain("Мерзімі 3 рет ауыстырылды");
    await t.send(textUpdate(KK, "Курчатов электр станциясы қай кезеңде"));
    expect(lastText(t.tg)).toMatch(/^<b>Курчатовтағы қуаты 700 МВт жылу электр станциясы/);
    expect(lastText(t.tg)).toContain("Мерзімі: аталмаған");
  });

  it("offers a button per project when the words fit several, and each opens its card", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "ГРЭС-2 Экибастуза когда введут энергоблок"));
    expect(lastText(t.tg)).toContain("Подходят несколько проектов");
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toEqual(["prj:ekibastuz-gres2-unit-3", "prj:ekibastuz-gres2-unit-4"]);
    await press(t, RU, /^2\. /);
    expect(lastText(t.tg)).toMatch(/^<b>Энергоблок №4 Экибастузской ГРЭС-2/);
    // The choice stays: the card came as a new message.
    expect(t.tg.callsOf("sendMessage")).toHaveLength(2);
    await t.send(callbackUpdate(RU, "prj:no-such-project"));
    expect(lastToast(t.tg)).toMatch(/кнопка устарела/);
  });
});

describe("/project", () => {
  it("finds a project by a word of its name, says how to ask when alone, and lists a town's projects", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "/project Кендерли"));
    expect(lastText(t.tg)).toMatch(/^<b>Опреснительный завод «Кендерли»/);
    expect(lastText(t.tg)).toMatch(/• было: IV кв\. 2024 · <a href=/);
    await t.send(textUpdate(RU, "/project"));
    expect(lastText(t.tg)).toContain("Напишите проект после команды");
    await t.send(textUpdate(KK, "/project Курчатов электр станциясы"));
    expect(lastText(t.tg)).toMatch(/^<b>Курчатовтағы қуаты 700 МВт/);
    await t.send(textUpdate(RU, "/project Сарань"));
    expect(lastText(t.tg)).toMatch(/^Сарань: проекты, о которых сообщали источники/);
    expect(buttonsOf(t.tg).every((b) => b.callback_data?.startsWith("prj:saran-"))).toBe(true);
    await press(t, RU, /Шинный завод/);
    expect(lastText(t.tg)).toMatch(/^<b>Шинный завод KamaTyresKZ/);
    await t.send(textUpdate(RU, "/project метро"));
    expect(lastText(t.tg)).toContain("Не нашёл такого проекта");
  });
});

describe("inline mode", () => {
  it("answers «@bot ГПЗ Жанаозен» with the project's card first, then the town's", async () => {
    t = await testBot();
    await t.send(inlineQueryUpdate(RU, "ГПЗ Жанаозен"));
    const results = t.tg.callsOf("answerInlineQuery").at(-1)!.payload.results as Article[];
    expect(results.map((r) => r.id)).toEqual(["ru:project:zhanaozen-gas-processing-plant", "ru:card:zhanaozen:main"]);
    expect(results[0]!.title).toMatch(/^Проект: Жанаозенский газоперерабатывающий завод/);
    expect(results[0]!.input_message_content.message_text).toMatch(/<a href="https?:\/\//);
    const buttons = results[0]!.reply_markup!.inline_keyboard.flat();
    expect(buttons[0]!.url).toBe("https://t.me/monoqala_test_bot?start=zhanaozen");
    expect(buttons[1]!.switch_inline_query).toMatch(/^Жанаозенский газоперерабатывающий завод/);
  });
});
