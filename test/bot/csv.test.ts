import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { lastText, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";
import { parseCsv } from "../helpers/csv.ts";

const RU = { id: 5001, language_code: "ru" };
const KK = { id: 5002, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

function lastDocument() {
  const call = t.tg.callsOf("sendDocument").at(-1)!;
  const doc = call.payload.document as { name: string; bytes: Buffer };
  const text = doc.bytes.toString("utf8");
  return { name: doc.name, bom: text.startsWith("\uFEFF"), rows: parseCsv(text.replace(/^\uFEFF/, "")), caption: String(call.payload.caption) };
}

describe.each(providers())("/csv on %s", (provider) => {
  it("sends the rows of the last list or comparison the chat saw", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/csv"));
    expect(lastText(t.tg)).toMatch(/Сначала откройте список или сравнение/);

    await t.send(textUpdate(RU, "сравни Балхаш и Степногорск"));
    await t.send(textUpdate(RU, "/csv"));
    let doc = lastDocument();
    expect(doc.bom).toBe(true);
    expect(doc.name).toBe("monoqala-cmp-balkhash-stepnogorsk-ru.csv");
    expect(doc.rows.slice(1).map((r) => r[0])).toEqual(["Балхаш", "Степногорск"]);
    expect(doc.caption).toMatch(/Строк: 2/);

    await t.send(textUpdate(RU, "/tiers"));
    await t.send(callbackUpdate(RU, "tier:stagnating"));
    await t.send(textUpdate(RU, "/csv"));
    doc = lastDocument();
    expect(doc.rows.slice(1).map((r) => r[0])).toEqual(["Житикара", "Каражал", "Алтай", "Курчатов"]);
  });

  it("the ⬇ CSV button exports its own list, in Kazakh, also for a region", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "Қостанай облысындағы моноқалалар"));
    await press(t, KK, "⬇ CSV");
    const doc = lastDocument();
    expect(doc.rows[0]![0]).toBe("Қала");
    expect(doc.rows.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(["Рудный", "Лисаков", "Жітіқара"]));
    await t.send(callbackUpdate(KK, "csv:tier:nope"));
    expect(t.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text).toBeTruthy();
  });
});
