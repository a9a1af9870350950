// An upload is read off the main thread: other users are answered while the heaviest file
// the limits let through is parsed, the editor gets a clear answer, a hostile file a
// clear refusal, and a real file still imports.
import { afterEach, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { documentUpdate, textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";
import { gridXlsx, hostileXlsx } from "../helpers/hostile-xlsx.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const EDITOR: FakeUser = { id: 5301, language_code: "kk" };
const READER: FakeUser = { id: 5302, language_code: "ru" };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let t: TestBot;
afterEach(async () => t?.close());

const textsTo = (user: FakeUser) =>
  t.tg
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === user.id)
    .map((c) => String(c.payload.text));

describe.each(providers())("uploads and everyone else on %s", (provider) => {
  it("keeps answering others while the heaviest allowed file is parsed, then answers the editor in their language", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    const bytes = await gridXlsx(5000, 20, true);
    let done = false;
    const upload = t.send(documentUpdate(EDITOR, t.tg.addFile(bytes, "h.xlsx"), "h.xlsx", bytes.length, XLSX)).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      await t.send(textUpdate(READER, "Темиртау"));
      if (!done) latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
    await upload;
    expect(latencies.length).toBeGreaterThan(3);
    // Read on the main thread, a file held every reply for as long as it was parsed.
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(sorted.at(-1)).toBeLessThan(2_000);
    expect(textsTo(READER).length).toBeGreaterThanOrEqual(latencies.length);
    // Its header is no template's.
    expect(textsTo(EDITOR).at(-1)).toMatch(/Тақырып жолын таппадым/);
    expect(textsTo(EDITOR).at(-1)).toMatch(/Деректер өзгерген жоқ/);
  }, 60_000);

  it("refuses files over the unpacked and cell limits in the editor's language, naming the limit", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    for (const [mb, answer] of [
      [29, /сығылмаған көлемі барлығы 8 МБ-тан аспауы керек/],
      [7.9, /толтырылған ұяшық тым көп: 100\s?000 ұяшыққа дейін/],
    ] as const) {
      const bytes = await hostileXlsx(mb);
      await t.send(documentUpdate(EDITOR, t.tg.addFile(bytes, "h.xlsx"), "h.xlsx", bytes.length, XLSX));
      expect(textsTo(EDITOR).at(-1)).toMatch(answer);
      expect(textsTo(EDITOR).at(-1)).toMatch(/Деректер өзгерген жоқ/);
    }
  }, 60_000);

  it("still imports a real XLSX through the worker", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    const head = [
      "measure_id",
      "town_id",
      "town",
      "title_ru",
      "title_kk",
      "status",
      "amount_kzt_bn",
      "deadline",
      "done_on",
      "source_title",
      "source_date",
      "source_url",
    ];
    const row = ["", "balkhash", "Балхаш", "Новый проект", "Жаңа жоба", "planned", 1.5, "2027", "", "Отчёт", "2026-11-20", "https://example.kz/r"];
    const bytes = new Uint8Array(await writeXlsxFile([head.map((value) => ({ value })), row.map((value) => (value === "" ? null : { value }))]).toBuffer());
    await t.send(documentUpdate(EDITOR, t.tg.addFile(bytes, "new.xlsx"), "new.xlsx", bytes.length, XLSX));
    expect(textsTo(EDITOR).at(-1)).toMatch(/Жаңа жоба|Новый проект/);
    expect(t.tg.calls.at(-1)!.payload.reply_markup).toBeDefined();
  }, 30_000);
});
