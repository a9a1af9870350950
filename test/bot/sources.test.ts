import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 4001, language_code: "ru" };
const KK = { id: 4002, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

describe.each(providers())("the 📎 source button on %s", (provider) => {
  it("opens a figure's source with its title, date, link, what it says, and the town's discrepancy only", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/town Рудный"));
    const data = await press(t, RU, "📎 Parasat.club");
    expect(data).toBe("src:parasat-2024-03-20-bns:rudny");
    const text = lastText(t.tg);
    expect(text).toContain("<b>Источник</b>");
    expect(text).toContain("Заголовок: «Самые большие среди маленьких: города Казахстана по численности населения»");
    expect(text).toContain("Дата: 20.03.2024");
    expect(text).toContain('Ссылка: <a href="https://parasat.club/');
    expect(text).toContain("О чём источник: Подборка Э. Полетаева по данным Бюро национальной статистики");
    // The compiler's English notes never reach users.
    expect(text).not.toMatch(/Rudny|compiler|Kept both/);
    expect(text).toContain("Другие источники говорят иначе:");
    expect(text).toContain("<b>Численность Рудного</b>");
    expect(text).toContain("111 908 человек — сам город на 1 января 2024 года");
    expect(text).toContain("около 123,1 тыс.");
    expect(text).toContain("Бот сохраняет обе цифры");
    expect(text).toContain("Почему расходятся: Цифры считают разную территорию");
    expect(text).toMatch(/Источники расхождения: <a href="https:\/\/www\.inform\.kz/);
    expect(text).not.toContain("Жанаозена");
    // The source opens in a new message; the card stays, and the source leads back to it.
    expect(t.tg.callsOf("sendMessage")).toHaveLength(2);
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toEqual(["card:rudny:main", "card:rudny:sources"]);
  });

  it("puts a source button under every section's figures, numbered under the sources list, and on the overview", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "card:balkhash:funding"));
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("src:bizmedia-2023-10-14-balkhash:balkhash");
    await t.send(callbackUpdate(RU, "card:balkhash:sources"));
    const numbered = buttonsOf(t.tg).filter((b) => b.text.startsWith("📎"));
    expect(numbered[0]!.text).toBe("📎 1");
    expect(numbered.length).toBeGreaterThan(3);
    await t.send(textUpdate(RU, "/overview"));
    await press(t, RU, "📎 Lada.kz");
    expect(lastText(t.tg)).toContain("<b>Население моногородов</b>");
    // The overview shows the figure the discrepancy under its 📎 says the bot uses.
    expect(lastText(t.tg)).toContain("Бот показывает: 1,4 млн — Минэкономики (2024 и 2025 годы)");
    await t.send(textUpdate(RU, "/overview"));
    expect(lastText(t.tg)).toMatch(/1,4 млн человек/);
  });

  it("speaks Kazakh, the source's description included, and says when no source disagrees", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "src:bizmedia-2023-10-14-balkhash:balkhash"));
    const text = lastText(t.tg);
    expect(text).toContain("<b>Дереккөз</b>");
    expect(text).toContain("Күні: 14.10.2023");
    expect(text).toContain("Дереккөз туралы: Балқаш қаласының 2023–2027 жылдарға арналған кешенді даму жоспарының құрамы");
    expect(text).toContain("Деректер жинағында бұл дереккөздің басқалармен алшақтығы жоқ.");
  });

  it("answers an old button for a source the data no longer has", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "src:gone-2020:rudny"));
    expect(lastToast(t.tg)).toMatch(/устарела/);
    await t.send(callbackUpdate(RU, "src:BAD ID"));
    expect(lastToast(t.tg)).toMatch(/устарела/);
  });
});
