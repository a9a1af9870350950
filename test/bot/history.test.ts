import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { EditRepo } from "../../src/db/edits.ts";
import { inlineQueryUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 4101, language_code: "ru" };
const KK = { id: 4102, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

describe.each(providers())("a town's history on %s", (provider) => {
  it("opens from the card's 📜 button, with 📎 buttons for its sources, and shows an editor's change once applied", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/town Сарань"));
    expect(await press(t, RU, "📜 История")).toBe("card:saran:history");
    let text = lastText(t.tg);
    expect(text).toContain("<b>Сарань</b> (Саран) — История");
    expect(text).toContain("• <b>21.11.2023</b> — город исключён из перечня моногородов");
    expect(text).toContain("Основание: приказ Министерства национальной экономики № 248 от 21.11.2023");
    expect(buttonsOf(t.tg).map((b) => b.text)).toContain("· 📜 История");
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toContain("src:kursiv-saran:saran");
    await press(t, RU, "📎 Kursiv.media");
    expect(lastText(t.tg)).toContain("<b>Источник</b>");

    // An editor changes Сарань's population: the history lists it, with its source.
    const catalog = await loadCatalog(t.db.db);
    const pop = catalog.towns.get("saran")!.figures.find((f) => f.key === "population")!;
    const edits = new EditRepo(t.db.db);
    const source = { title: "Численность населения Сарани", date: "2026-11-20", url: "https://example.kz/saran" };
    const row = { line: 2, id: pop.id, townId: "saran", key: "population", period: pop.period, value: 50000, qualifier: "exact", asOf: pop.asOf, source };
    const { setId } = await edits.propose(catalog, { kind: "edit", userId: 7, chatId: 7, fileName: null, sheet: "figures", rows: [row] });
    expect((await edits.apply(setId!, 7, t.clock.now())).ok).toBe(true);
    await t.restart();
    await t.send(textUpdate(RU, "история Сарани"));
    text = lastText(t.tg);
    expect(text).toContain("Правки редакторов: 1. Последние:");
    expect(text).toMatch(/• <b>25\.11\.2026<\/b> — население: значение: 42.852 → 50.000 · <a href="https:\/\/example\.kz\/saran">/);
  });

  it("offers the history first in inline mode, opening it in the bot from the shared message", async () => {
    t = await testBot(provider);
    await t.send(inlineQueryUpdate(RU, "история Сарани"));
    const results = t.tg.callsOf("answerInlineQuery").at(-1)!.payload.results as Array<{
      id: string;
      title: string;
      input_message_content: { message_text: string };
      reply_markup: { inline_keyboard: Array<Array<{ url?: string }>> };
    }>;
    expect(results.map((r) => r.id)).toEqual(["ru:card:saran:history", "ru:card:saran:main"]);
    expect(results[0]!.title).toBe("Сарань — история");
    expect(results[0]!.input_message_content.message_text).toContain("№ 248 от 21.11.2023");
    expect(results[0]!.reply_markup.inline_keyboard[0]![0]!.url).toBe("https://t.me/monoqala_test_bot?start=history-saran");
  });

  it("answers «Саран тарихы» in Kazakh with the history section, and leaves a test site's history alone", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "Саран тарихы"));
    const text = lastText(t.tg);
    expect(text).toContain("<b>Саран</b> (Сарань) — Тарихы");
    expect(text).toContain("қала моноқалалар тізбесінен шығарылды");
    expect(text).toContain("Редакторлар бұл қаланың деректерін өзгертпеген.");
    await t.send(textUpdate(KK, "Курчатов тарихы"));
    expect(lastText(t.tg)).toContain("облысы ауысты: бұрын — Шығыс Қазақстан облысы, қазір — Абай облысы");
    // A deep link opens it too: t.me/<bot>?start=history-<town>.
    await t.send(textUpdate(KK, "/start history-karazhal"));
    expect(lastText(t.tg)).toContain("<b>Қаражал</b> (Каражал) — Тарихы");
    // The history of the nuclear test site is not the town's history in the list.
    await t.send(textUpdate(KK, "Курчатовтағы полигонның тарихы туралы"));
    expect(lastText(t.tg)).not.toContain("Тарихы");
  });
});
