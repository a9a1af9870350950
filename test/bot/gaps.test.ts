import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { htmlToText } from "../../src/cli/ask.ts";
import { ADMIN_ID, buttonsOf, lastText as lastHtml, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU: FakeUser = { id: 6101, language_code: "ru" };
const KK: FakeUser = { id: 6102, language_code: "kk" };
const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };

let t: TestBot;
/** The latest message as the user reads it. */
const lastText = (tg: TestBot["tg"]) => htmlToText(lastHtml(tg));
afterEach(async () => t?.close());

function documents() {
  return t.tg.callsOf("sendDocument").map((c) => {
    const doc = c.payload.document as { name: string; bytes: Buffer };
    return { name: doc.name, text: doc.bytes.toString("utf8"), caption: String(c.payload.caption) };
  });
}

describe.each(providers())("/gaps on %s", (provider) => {
  it("lists a town's unknowns with their holders, and 📝 sends the draft request as a message and a .txt file", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/gaps Балхаш"));
    expect(lastText(t.tg)).toMatch(/^Балхаш: что неизвестно/);
    expect(lastText(t.tg)).toContain("Располагает: Акимат города Балхаш");
    expect(lastText(t.tg)).toContain("Выделенная сумма финансирования — Комплексный план развития на 2023–2027 годы");
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["📝 Запрос: Акимат города Балхаш", "📝 Запрос: Акимат Карагандинской области", "Карточка"]);

    await press(t, RU, "📝 Запрос: Акимат Карагандинской области");
    expect(lastText(t.tg)).toContain("Куда отправить: портал e-Otinish (https://eotinish.kz), адресат — Акимат Карагандинской области.");
    expect(lastText(t.tg)).toContain("Почтового адреса в данных бота нет");
    expect(lastText(t.tg)).toContain("статьёй 11 Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации»");
    const [doc] = documents();
    expect(doc!.name).toBe("request-balkhash-region-ru.txt");
    expect(doc!.text.split("\n")[0]).toBe("Акимат Карагандинской области");
    expect(doc!.text).toContain("по городу Балхаш (Карагандинская область)");
    expect(doc!.caption).toMatch(/Черновик запроса: Акимат Карагандинской области/);
    // The message shows the same draft the file holds.
    expect(lastText(t.tg)).toContain(doc!.text.split("\n")[7]!);
  });

  it("speaks Kazakh: the list, the draft and the file", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/gaps Балқаш"));
    expect(lastText(t.tg)).toMatch(/^Балқаш: не белгісіз/);
    expect(lastText(t.tg)).toContain("Кімде бар: Балқаш қаласының әкімдігі");
    await press(t, KK, "📝 Сұрау салу: Балқаш қаласының әкімдігі");
    expect(lastText(t.tg)).toContain("Қайда жіберу керек: «e-Otinish» (https://eotinish.kz) арқылы, алушы — Балқаш қаласының әкімдігі.");
    const [doc] = documents();
    expect(doc!.name).toBe("request-balkhash-town-kk.txt");
    expect(doc!.text).toContain("«Ақпаратқа қол жеткізу туралы» Заңының 11-бабына сәйкес Балқаш қаласы (Қарағанды облысы) бойынша");
    expect(doc!.text).toContain("Жоспарланған қаржыландыру сомасы — 10 моноқаланың 2023–2025 жылдарға арналған үкіметтік даму жоспарлары");
  });

  it("answers «что неизвестно по Балхашу» and «Балқаш бойынша қандай деректер жоқ» in the language asked", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "что неизвестно по Балхашу"));
    expect(lastText(t.tg)).toMatch(/^Балхаш: что неизвестно/);
    await t.send(textUpdate(RU, "Балқаш бойынша қандай деректер жоқ"));
    expect(lastText(t.tg)).toMatch(/^Балқаш: не белгісіз/);
    await press(t, RU, /^📝 Сұрау салу: Қарағанды облысының әкімдігі$/);
    expect(documents()[0]!.name).toBe("request-balkhash-region-kk.txt");
    await t.send(textUpdate(RU, "Какие данные по моногородам неизвестны?"));
    expect(lastText(t.tg)).toMatch(/^По стране: что неизвестно/);
  });

  it("opens from ❓ under a card section that says something is unknown", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/town Балхаш"));
    await press(t, RU, "Финансирование");
    await press(t, RU, "❓ Что неизвестно");
    expect(lastText(t.tg)).toMatch(/^Балхаш: что неизвестно/);
    // Аксу's one unknown is a project's status: ❓ under its progress, not under its funding.
    await t.send(callbackUpdate(RU, "card:aksu:funding"));
    expect(buttonsOf(t.tg).map((b) => b.text)).not.toContain("❓ Что неизвестно");
    await t.send(callbackUpdate(RU, "card:aksu:progress"));
    await press(t, RU, "❓ Что неизвестно");
    expect(lastText(t.tg)).toMatch(/^Аксу: что неизвестно\n.*Статус проекта «/s);
  });

  it("gives a reader the country's unknowns only, an editor also every town's table and CSV", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/gaps"));
    expect(lastText(t.tg)).toMatch(/^По стране: что неизвестно/);
    expect(lastText(t.tg)).toContain("Располагает: Министерство национальной экономики Республики Казахстан");
    expect(lastText(t.tg)).toMatch(/По городам \(неизвестных пунктов\): .*Балхаш \d+/);
    expect(documents()).toEqual([]);

    await t.send(textUpdate(ADMIN, "/gaps"));
    expect(lastText(t.tg)).toMatch(/^Неизвестные по городам \(для редакторов\): \d+ пунктов в \d+ городах/);
    expect(lastText(t.tg)).toMatch(/^Балхаш: \d+ — цифры планов и населения/m);
    const [csv] = documents();
    expect(csv!.name).toBe("gaps-ru.csv");
    expect(csv!.text).toContain("balkhash:plan2023_2025:planned_kzt_bn");
    expect(csv!.caption).toMatch(/Все неизвестные по городам, с держателями: \d+ строк/);
  });

  it("answers a name that is no town, an old button and a forged one politely", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/gaps Москва"));
    expect(lastText(t.tg)).not.toMatch(/что неизвестно/);
    expect(lastText(t.tg).length).toBeGreaterThan(0);
    await t.send(callbackUpdate(RU, "gapreq:balkhash:bns:ru"));
    expect(lastToast(t.tg)).toBeTruthy();
    await t.send(callbackUpdate(RU, "gaps:atlantis"));
    expect(lastToast(t.tg)).toBeTruthy();
    expect(t.tg.callsOf("sendDocument")).toEqual([]);
  });
});
