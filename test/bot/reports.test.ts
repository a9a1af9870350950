// ✏️ "report an error / a newer figure" as readers and editors meet it: the wizard from a
// card section, the link a new value needs, the daily limit, the editors told at once
// (one of them has blocked the bot), their buttons and the reporter told the outcome; a
// report never changes data. In Russian and Kazakh, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { ApiRefusal } from "../../src/fake-telegram/fetch.ts";
import { callbackUpdate, textUpdate, type FakeChat, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, buttonsOf, lastText, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const EDITOR: FakeUser = { id: 5301, language_code: "ru" };
const EDITOR_KK: FakeUser = { id: 5302, language_code: "kk" };
const READER: FakeUser = { id: 7001, language_code: "ru" };
const READER_KK: FakeUser = { id: 7002, language_code: "kk" };
const GROUP: FakeChat = { id: -100500, type: "group", title: "Журналисты" };
const LINK = "https://stat.gov.kz/ru/news/temirtau-2026";

let t: TestBot;
afterEach(async () => t?.close());

async function editors() {
  for (const u of [EDITOR, EDITOR_KK]) await t.send(textUpdate(ADMIN, `/editors add ${u.id}`));
  // Each editor has written to the bot once, in their language.
  await t.send(textUpdate(EDITOR_KK, "/language"));
  await press(t, EDITOR_KK, /Қазақша/);
}

/** Sent messages to one chat, in order. */
const sentTo = (id: number) =>
  t.tg
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === id)
    .map((c) => String(c.payload.text));

const population = async (townId: string) => (await t.db.db.figure.findFirst({ where: { townId, key: "population" } }))!.value;

/** A reader's newer population of Temirtau, from the card to Send, in Russian. */
async function fileNewerPopulation(user: FakeUser, value = "172 500") {
  await t.send(textUpdate(user, "/town Темиртау"));
  await press(t, user, "✏️ Сообщить об ошибке");
  await press(t, user, /^🔢 население/);
  await press(t, user, "🆕 Есть новее");
  await t.send(textUpdate(user, value));
  await t.send(textUpdate(user, LINK));
  await press(t, user, "Пропустить");
  await press(t, user, "✅ Отправить");
}

describe.each(providers())("reports on %s", (provider) => {
  it("files a newer figure from a card, asks again for a link that is none, tells every editor and admin at once, and changes no data", async () => {
    t = await testBot(provider);
    await editors();
    const before = await population("temirtau");
    await t.send(textUpdate(READER, "/town Темиртау"));
    await press(t, READER, "✏️ Сообщить об ошибке");
    // The card stays; the wizard's first screen is a new message listing the section's figures.
    expect(lastText(t.tg)).toBe("<b>Темиртау</b>: о каком показателе сообщаете?");
    expect(buttonsOf(t.tg).map((b) => b.text)).toContainEqual(expect.stringMatching(/^🔢 население: 171\s609$/));
    await press(t, READER, /^🔢 население/);
    expect(lastText(t.tg)).toBe("<b>население</b>: что не так?");
    await press(t, READER, "🆕 Есть новее");
    await t.send(textUpdate(READER, "172 500"));
    expect(lastText(t.tg)).toContain("ссылку на источник нового значения");
    // A new value goes nowhere without a link: no skip button, and no link is taken for one.
    expect(buttonsOf(t.tg).map((b) => b.text)).not.toContain("Пропустить");
    for (const notLink of ["stat.gov.kz/ru/news", "по данным акимата", "ftp://stat.gov.kz/file"]) {
      await t.send(textUpdate(READER, notLink));
      expect(lastText(t.tg)).toMatch(/^Это не похоже на ссылку/);
    }
    await t.send(textUpdate(READER, LINK));
    expect(lastText(t.tg)).toContain("Добавите комментарий");
    await t.send(textUpdate(READER, "Данные бюро на 1 ноября"));
    expect(lastText(t.tg)).toContain("Проверьте сообщение для редакторов");
    expect(lastText(t.tg)).toContain("Новое значение: «172 500»");
    expect(lastText(t.tg)).toContain("Комментарий: «Данные бюро на 1 ноября»");
    await press(t, READER, "✅ Отправить");
    expect(lastText(t.tg)).toMatch(/^Спасибо! Сообщение №1 передано редакторам/);

    const report = await t.db.db.report.findFirstOrThrow();
    expect(report).toMatchObject({ townId: "temirtau", kind: "newer", newValue: "172 500", sourceUrl: LINK, state: "open", lang: "ru" });
    expect(Number(report.reporterId)).toBe(READER.id);
    // Editors and the admin, each in their language, with the three buttons.
    expect(sentTo(EDITOR.id).at(-1)).toContain("Сообщение об ошибке №1");
    expect(sentTo(ADMIN.id).at(-1)).toContain("Новое значение: «172 500»");
    expect(sentTo(EDITOR_KK.id).at(-1)).toContain("Қате туралы №1 хабарлама");
    expect(sentTo(EDITOR_KK.id).at(-1)).toContain("Көрсеткіш: халқы");
    const notice = t.tg.callsOf("sendMessage").findLast((c) => c.payload.chat_id === EDITOR.id)!;
    const kb = (notice.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat().map((b) => b.text);
    expect(kb).toEqual(["✏️ Исправить", "✖ Отклонить", "⧉ Дубликат"]);
    // A report is not data.
    expect(await population("temirtau")).toBe(before);
    expect(await t.db.db.changeSet.count()).toBe(0);
    await t.send(textUpdate(READER, "/town Темиртау"));
    expect(lastText(t.tg)).toMatch(/171\s609 человек/);
  });

  it("lets the editor open /edit at the reported figure, and tells the reporter it was accepted", async () => {
    t = await testBot(provider);
    await editors();
    await fileNewerPopulation(READER);
    t.tg.clear();
    await t.send(callbackUpdate(EDITOR, "rpe:1"));
    expect(lastToast(t.tg)).toBe("Сообщение №1 принято; автору отправлен ответ. Открываю правку.");
    expect(sentTo(READER.id)).toEqual(["Ваше сообщение №1 (Темиртау, население) принято: редактор исправляет данные. Спасибо!"]);
    // The edit opens at the figure: straight to its new value.
    expect(lastText(t.tg)).toMatch(/^<b>население<\/b> сейчас: 171\s609\. Напишите новое значение числом/);
    await t.send(textUpdate(EDITOR, "172 500"));
    await t.send(textUpdate(EDITOR, "Бюро национальной статистики; 01.11.2026; https://stat.gov.kz/ru/news/temirtau-2026"));
    await press(t, EDITOR, "✅ Подтвердить");
    expect(await population("temirtau")).toBe(172500);
    const report = await t.db.db.report.findFirstOrThrow();
    expect(report.state).toBe("accepted");
    expect(Number(report.handledBy)).toBe(EDITOR.id);
    expect(report.handledAt).not.toBeNull();
    // Decided once: a second editor's ✖ is told so.
    await t.send(callbackUpdate(EDITOR_KK, "rpr:1"));
    expect(lastToast(t.tg)).toBe("№1 хабарлама қаралып қойған.");
  });

  it("rejects with the editor's reason, in Kazakh, for a wrong value filed without a link", async () => {
    t = await testBot(provider);
    await editors();
    await t.send(textUpdate(READER_KK, "/language"));
    await press(t, READER_KK, /Қазақша/);
    await t.send(textUpdate(READER_KK, "/shortfall Балқаш"));
    await press(t, READER_KK, "✏️ Қате туралы хабарлау");
    expect(lastText(t.tg)).toBe("<b>Балқаш</b>: қай көрсеткіш туралы хабарлайсыз?");
    await press(t, READER_KK, /^🔢 жоспарланған, млрд ₸ \(2023-2027\)/);
    await press(t, READER_KK, "❌ Мәні қате");
    await t.send(textUpdate(READER_KK, "Сома екі есе аз"));
    // A wrong value may go without a link: skipped.
    await press(t, READER_KK, "Өткізіп жіберу");
    await t.send(textUpdate(READER_KK, "Әкімдіктің есебінде басқа сан"));
    expect(lastText(t.tg)).toContain("Дереккөз: көрсетілмеген");
    await press(t, READER_KK, "✅ Жіберу");
    expect(lastText(t.tg)).toMatch(/^Рақмет! №1 хабарлама редакторларға жіберілді/);

    await t.send(callbackUpdate(EDITOR_KK, "rpr:1"));
    expect(lastText(t.tg)).toBe("№1 хабарламаны неге қабылдамайсыз? Себебін бір хабарламамен жазыңыз — авторы оны көреді.");
    await t.send(textUpdate(EDITOR_KK, "Дереккөздегі сома дұрыс"));
    expect(lastText(t.tg)).toBe("№1 хабарлама қабылданбады; авторына жауап жіберілді.");
    expect(sentTo(READER_KK.id).at(-1)).toMatch(/^Сіздің №1 хабарламаңыз \(Балқаш, .+\) қабылданбады\. Себебі: «Дереккөздегі сома дұрыс»$/);
    const report = await t.db.db.report.findFirstOrThrow();
    expect(report).toMatchObject({ state: "rejected", reason: "Дереккөздегі сома дұрыс", kind: "wrong", sourceUrl: null, lang: "kk" });
  });

  it("marks a duplicate of another open report about the same figure and tells its reporter", async () => {
    t = await testBot(provider);
    await editors();
    await fileNewerPopulation(READER);
    await fileNewerPopulation(ADMIN, "172 499");
    await t.send(callbackUpdate(EDITOR, "rpd:2"));
    expect(lastText(t.tg)).toBe("Какое открытое сообщение повторяет №2? Выберите его или отметьте просто как дубликат.");
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["⧉ №1: 172 500", "⧉ Просто дубликат"]);
    await press(t, EDITOR, "⧉ №1: 172 500");
    expect(lastText(t.tg)).toBe("Сообщение №2 отмечено как дубликат; автору отправлен ответ.");
    expect(sentTo(ADMIN_ID)).toContain("Ваше сообщение №2 (Темиртау, население) повторяет сообщение №1, которое редакторы уже разбирают. Спасибо!");
    expect(await t.db.db.report.findUniqueOrThrow({ where: { id: 2 } })).toMatchObject({ state: "duplicate", duplicateOf: 1 });
    // /reports lists what is still open: the first one, with its numbered buttons.
    await t.send(textUpdate(EDITOR, "/reports"));
    expect(lastText(t.tg)).toMatch(/^Открытые сообщения об ошибках: 1\./);
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["✏️ Исправить №1", "✖ Отклонить №1", "⧉ Дубликат №1"]);
    // No other open report about the figure: just a duplicate.
    await press(t, EDITOR, "⧉ Дубликат №1");
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual(["⧉ Просто дубликат"]);
    await press(t, EDITOR, "⧉ Просто дубликат");
    expect(sentTo(READER.id).at(-1)).toBe("Ваше сообщение №1 (Темиртау, население) повторяет то, что редакторам уже известно. Спасибо!");
    await t.send(textUpdate(EDITOR, "/reports"));
    expect(lastText(t.tg)).toBe("Открытых сообщений об ошибках нет.");
  });

  it("keeps readers away from /reports and the editors' buttons, checked at the press", async () => {
    t = await testBot(provider);
    await editors();
    await fileNewerPopulation(READER);
    await t.send(textUpdate(READER, "/reports"));
    expect(lastText(t.tg)).toBe("Эта команда — для редакторов данных. Спросите администратора бота, если вам нужен доступ.");
    for (const data of ["rpe:1", "rpr:1", "rpd:1", "rpd:1:0"]) {
      await t.send(callbackUpdate(READER, data));
      expect(lastToast(t.tg)).toBe("Эта команда — для редакторов данных. Спросите администратора бота, если вам нужен доступ.");
    }
    // An editor whose role was taken away after the notice: refused too.
    await t.send(textUpdate(ADMIN, `/editors remove ${EDITOR.id}`));
    await t.send(callbackUpdate(EDITOR, "rpr:1"));
    expect(lastToast(t.tg)).toMatch(/^Эта команда — для редакторов/);
    expect((await t.db.db.report.findFirstOrThrow()).state).toBe("open");
    expect(await t.db.db.changeSet.count()).toBe(0);
    await t.send(textUpdate(EDITOR_KK, "/reports"));
    expect(lastText(t.tg)).toMatch(/^Қаралмаған хабарламалар: 1\./);
  });

  it("files and tells the others when one editor has blocked the bot", async () => {
    t = await testBot(provider);
    await editors();
    const handle = t.tg.handle.bind(t.tg);
    const blocked = new ApiRefusal(403, "Forbidden: bot was blocked by the user");
    t.tg.handle = (method, payload) => {
      if (method !== "sendMessage" || payload.chat_id !== EDITOR.id) return handle(method, payload);
      t.tg.calls.push({ method, payload });
      return { status: blocked.status, body: { ok: false, error_code: blocked.status, description: blocked.description } };
    };
    await fileNewerPopulation(READER);
    expect(lastText(t.tg)).toMatch(/^Спасибо! Сообщение №1 передано редакторам/);
    expect(await t.db.db.report.count()).toBe(1);
    const delivered = t.tg.delivered.filter((c) => c.method === "sendMessage").map((c) => c.payload.chat_id);
    expect(delivered).toEqual(expect.arrayContaining([EDITOR_KK.id, ADMIN_ID]));
    expect(delivered).not.toContain(EDITOR.id);
    // The blocked editor was tried, once: a refusal is not retried.
    expect(sentTo(EDITOR.id).filter((x) => x.includes("№1"))).toHaveLength(1);
  });

  it("allows five reports a day per reader, counted in the database with the clock", async () => {
    t = await testBot(provider);
    await editors();
    for (let i = 0; i < 5; i++) await fileNewerPopulation(READER, `17250${i}`);
    expect(await t.db.db.report.count()).toBe(5);
    await t.send(textUpdate(READER, "/town Темиртау"));
    await press(t, READER, "✏️ Сообщить об ошибке");
    expect(lastText(t.tg)).toBe(
      "За сутки можно отправить не больше 5 сообщений об ошибках, и этот предел исчерпан. Попробуйте завтра — спасибо, что помогаете.",
    );
    // A restart forgets nothing: the count is in the database.
    await t.restart();
    await t.send(textUpdate(READER_KK, "/town Теміртау"));
    await press(t, READER_KK, "✏️ Қате туралы хабарлау");
    expect(lastText(t.tg)).toContain("қай көрсеткіш");
    await t.send(textUpdate(READER, "/town Темиртау"));
    await press(t, READER, "✏️ Сообщить об ошибке");
    expect(lastText(t.tg)).toMatch(/^За сутки можно отправить не больше 5/);
    t.clock.advance(24 * 3600_000 + 1000);
    await fileNewerPopulation(READER);
    expect(await t.db.db.report.count()).toBe(6);
  });

  it("sends a reader who presses ✏️ in a group to the private chat, where the deep link starts the report", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(READER, "/town Темиртау", GROUP));
    await press(t, READER, "✏️ Сообщить об ошибке", GROUP);
    const answer = t.tg.callsOf("answerCallbackQuery").at(-1)!.payload;
    expect(answer.url).toBe("https://t.me/monoqala_test_bot?start=report-main-temirtau");
    expect(await t.db.db.conversationState.count()).toBe(0);
    await t.send(textUpdate(READER, "/start report-main-temirtau"));
    expect(lastText(t.tg)).toBe("<b>Темиртау</b>: о каком показателе сообщаете?");
    // Cancel at any step: nothing is filed.
    await press(t, READER, "Отмена");
    expect(lastText(t.tg)).toBe("Хорошо, сообщение не отправлено.");
    expect(await t.db.db.report.count()).toBe(0);
  });
});
