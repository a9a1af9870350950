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
    expect(text).toMatch(/<blockquote>.*Rudny 111,908.*<\/blockquote>/s);
    expect(text).toContain("Другие источники говорят иначе:");
    expect(text).toContain("<b>Численность Рудного</b>");
    expect(text).toContain("123,1 тыс.");
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
    expect(lastText(t.tg)).toContain("1,4 млн (Минэкономики, 2024)");
  });

  it("speaks Kazakh around the dataset's Russian and English text, and says when no source disagrees", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(KK, "src:bizmedia-2023-10-14-balkhash:balkhash"));
    const text = lastText(t.tg);
    expect(text).toContain("<b>Дереккөз</b>");
    expect(text).toContain("Күні: 14.10.2023");
    expect(text).toContain("деректер жинағын құрастырушының ағылшынша жазбасы");
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
