// A hostile upload is read off the main thread: other users are answered while it is
// checked, and the editor gets a clear refusal; a real file still imports.
import { afterEach, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { documentUpdate, textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";
import { hostileXlsx } from "../helpers/hostile-xlsx.ts";

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
  it("keeps answering others while a hostile file is checked, then refuses it in the editor's language", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    const bytes = await hostileXlsx(29);
    let done = false;
    const upload = t.send(documentUpdate(EDITOR, t.tg.addFile(bytes, "h.xlsx"), "h.xlsx", bytes.length, XLSX)).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      await t.send(textUpdate(READER, "Темиртау"));
      if (!done) latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
    await upload;
    expect(latencies.length).toBeGreaterThan(3);
    // Reading the same file on the main thread held every reply for its whole ~5 s.
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(sorted.at(-1)).toBeLessThan(2_000);
    expect(textsTo(READER).length).toBeGreaterThanOrEqual(latencies.length);
    expect(textsTo(EDITOR).at(-1)).toMatch(/Файл бүлінген|Файлды тексеру мүмкін болмады/);
    expect(textsTo(EDITOR).at(-1)).toMatch(/Деректер өзгерген жоқ/);
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
