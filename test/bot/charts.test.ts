import { loadImage } from "@napi-rs/canvas";
import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 3001, language_code: "ru" };
const KK = { id: 3002, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

async function lastPhoto() {
  const call = t.tg.callsOf("sendPhoto").at(-1)!;
  const photo = call.payload.photo as { name: string; bytes: Buffer };
  const img = await loadImage(photo.bytes);
  return { caption: String(call.payload.caption), name: photo.name, width: img.width, height: img.height, parseMode: call.payload.parse_mode };
}

describe.each(providers())("charts on %s", (provider) => {
  it("/chart offers the charts; a button sends a PNG whose caption gives the same figures with their source", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/chart"));
    expect(lastText(t.tg)).toMatch(/Какой график прислать/);
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toEqual(["chart:funding", "chart:projects", "chart:tiers"]);
    await press(t, RU, "📊 Финансирование: страна");
    const p = await lastPhoto();
    expect(p.width).toBe(1200);
    expect(p.height).toBeGreaterThan(200);
    expect(p.name).toBe("monoqala-funding.png");
    expect(p.parseMode).toBe("HTML");
    expect(p.caption).toMatch(/Запланировано: <b>343,6 млрд ₸<\/b>.*lada\.kz/);
    expect(p.caption).toMatch(/Недофинансирование: <b>около 173,4 млрд ₸<\/b> \(вычислено/);
  });

  it("/chart <town> draws the town's funding in Kazakh; a town with no money figure gets a polite answer", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/chart Балқаш"));
    const p = await lastPhoto();
    expect(p.caption).toContain("<b>Балқаш: жоспарланғаны және бөлінгені</b>");
    expect(p.name).toBe("monoqala-balkhash-funding.png");
    expect(p.caption).toContain("Бөлінген: белгісіз");
    await t.send(textUpdate(KK, "/chart Теміртау"));
    expect(lastText(t.tg)).toContain("Теміртау қаласы бойынша менің деректерімде қаржыландыру сандары жоқ");
    await t.send(textUpdate(KK, "/chart тоқырау"));
    expect((await lastPhoto()).caption).toContain("Моноқалалардың үш тобы");
    await t.send(textUpdate(RU, "/chart недофинансирование"));
    expect((await lastPhoto()).caption).toContain("Планы 10 моногородов на 2023–2025 гг.");
    await t.send(textUpdate(RU, "/chart ход проектов"));
    expect((await lastPhoto()).caption).toContain("Проекты по сообщениям");
    await t.send(textUpdate(KK, "/chart топтар"));
    expect((await lastPhoto()).caption).toContain("Моноқалалардың үш тобы");
    await t.send(textUpdate(RU, "/chart расскажи анекдот"));
    expect(lastText(t.tg)).toMatch(/Не нашёл города «расскажи анекдот»/);
  });

  it("the funding section of a card has a chart button when there is a figure to draw, and /overview has the national charts", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "card:zhitikara:funding"));
    await press(t, RU, "📊 График");
    expect((await lastPhoto()).caption).toContain("<b>Житикара: запланировано и выделено</b>");
    await t.send(callbackUpdate(RU, "card:temirtau:funding"));
    expect(buttonsOf(t.tg).map((b) => b.text)).not.toContain("📊 График");
    await t.send(textUpdate(RU, "/overview"));
    await press(t, RU, "📊 Проекты по городам");
    expect((await lastPhoto()).caption).toMatch(/Проекты по сообщениям/);
    await t.send(callbackUpdate(RU, "chart:town:atlantis"));
    expect(t.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/устарела/);
  });
});
