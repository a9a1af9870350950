// The single-edit wizard (/edit) as an editor meets it: every figure, known or not, has a
// button that says which one it is and what it holds now; a town or a question typed in
// the middle is understood; in Russian and Kazakh, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, buttonsOf, lastText, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const EDITOR: FakeUser = { id: 5201, language_code: "ru" };
const EDITOR_KK: FakeUser = { id: 5202, language_code: "kk" };
const SOURCE = "Отчёт акимата; 20.11.2026; https://akimat.example.kz/report";

let t: TestBot;
afterEach(async () => t?.close());

async function editors() {
  for (const u of [EDITOR, EDITOR_KK]) await t.send(textUpdate(ADMIN, `/editors add ${u.id}`));
}
const texts = () => buttonsOf(t.tg).map((b) => b.text);

describe.each(providers())("/edit on %s", (provider) => {
  it("names every figure's budget component and never cuts the current value, in Russian and Kazakh", async () => {
    t = await testBot(provider);
    await editors();
    for (const [user, cmd, component, unknown] of [
      [EDITOR, "/edit Балхаш", "местный бюджет", "неизвестно"],
      [EDITOR_KK, "/edit Балқаш", "жергілікті бюджет", "белгісіз"],
    ] as const) {
      await t.send(textUpdate(user, cmd));
      const buttons = texts().slice(0, -1);
      // No two buttons alike: the three budget components of the 2023–2027 plan each say whose they are.
      expect(new Set(buttons).size).toBe(buttons.length);
      expect(buttons.some((b) => b.toLowerCase().includes(component))).toBe(true);
      // The current value is whole after the colon: «неизвестно», never «неизве…».
      for (const b of buttons) expect(b, b).toMatch(new RegExp(`: (${unknown}|[^…]+)$`));
      expect(buttons.filter((b) => b.endsWith(`: ${unknown}`)).length).toBeGreaterThan(2);
      // The dataset's English component names never reach the editor.
      for (const b of buttons) expect(b).not.toMatch(/budget|sources|investment/);
    }
  });

  it("fills an unknown plan figure and a missing population", async () => {
    t = await testBot(provider);
    await editors();
    await t.send(textUpdate(EDITOR, "/edit Риддер"));
    await press(t, EDITOR, "🔢 мероприятий в плане (2023-2027): неизвестно");
    expect(lastText(t.tg)).toMatch(/мероприятий в плане \(2023-2027\)<\/b> сейчас: неизвестно/);
    await t.send(textUpdate(EDITOR, "58"));
    await t.send(textUpdate(EDITOR, SOURCE));
    expect(lastText(t.tg)).toMatch(/значение: неизвестно → 58/);
    await press(t, EDITOR, "✅ Подтвердить");
    const plan = await t.db.db.figure.findFirst({ where: { townId: "ridder", key: "measures_total", period: "2023-2027" } });
    expect(plan!.value).toBe(58);
    // The history names the figure, not its id.
    await t.send(textUpdate(EDITOR, "/history Риддер"));
    expect(lastText(t.tg)).toContain("Риддер · мероприятий в плане (2023-2027): значение: неизвестно → 58");
    expect(lastText(t.tg)).not.toContain(plan!.id);

    // A town whose population figure is gone (every town in the dataset has one): the wizard offers one to fill.
    await t.db.db.figure.deleteMany({ where: { townId: "aksai", key: "population" } });
    await t.restart();
    const before = 0;
    await t.send(textUpdate(EDITOR_KK, "/edit Ақсай"));
    await press(t, EDITOR_KK, "➕ халқы: белгісіз");
    await t.send(textUpdate(EDITOR_KK, "42 300"));
    await t.send(textUpdate(EDITOR_KK, SOURCE));
    expect(lastText(t.tg)).toMatch(/➕ Ақсай: халқы/);
    await press(t, EDITOR_KK, "✅ Растау");
    const pop = await t.db.db.figure.findMany({ where: { townId: "aksai", key: "population" } });
    expect(pop).toHaveLength(before + 1);
    expect(pop.at(-1)!.value).toBe(42300);
    await t.send(textUpdate(EDITOR_KK, "/edit Ақсай"));
    expect(texts()).toContainEqual(expect.stringMatching(/^🔢 халқы: 42\s300$/));
  });

  it("switches to a town typed mid-wizard and leaves the wizard for a question, which gets its answer", async () => {
    t = await testBot(provider);
    await editors();
    await t.send(textUpdate(EDITOR, "/edit Балхаш"));
    await t.send(textUpdate(EDITOR, "Темиртау"));
    expect(lastText(t.tg)).toBe("<b>Темиртау</b>: что меняем?");
    await press(t, EDITOR, /^🔢 население/);
    // A question instead of a number: the wizard steps aside and the bot answers it.
    await t.send(textUpdate(EDITOR, "сколько проектов не завершено в Балхаше?"));
    const sent = t.tg.texts.slice(-2);
    expect(sent[0]).toBe("Правку прервал, ничего не изменено. Отвечаю на ваш вопрос; вернуться к правке — /edit.");
    expect(sent[1]).toContain("Балхаш");
    expect(await t.db.db.changeSet.count()).toBe(0);
    // The wizard is over: the next number is not taken as a population.
    await t.send(textUpdate(EDITOR, "172 500"));
    expect((await t.db.db.figure.findFirst({ where: { townId: "temirtau", key: "population" } }))!.value).toBe(171609);

    // In Kazakh, at the first step: a word that is no town is asked again, politely.
    await t.send(textUpdate(EDITOR_KK, "/edit"));
    await t.send(textUpdate(EDITOR_KK, "абырвалг"));
    expect(lastText(t.tg)).toBe("Түзетуге болатын қалалардың ішінен мұндайын таппадым. Қаланың атын жазыңыз, мысалы «Балқаш», — немесе «Болдырмау» басыңыз.");
    await t.send(textUpdate(EDITOR_KK, "Теміртау"));
    await press(t, EDITOR_KK, /^🔢 халқы/);
    await t.send(textUpdate(EDITOR_KK, "Балқаш"));
    expect(lastText(t.tg)).toBe("<b>Балқаш</b>: нені өзгертеміз?");
    await t.send(textUpdate(EDITOR_KK, "Балқашта қанша жоба аяқталмады?"));
    expect(t.tg.texts.at(-2)).toBe("Түзетуді тоқтаттым, ештеңе өзгерген жоқ. Сұрағыңызға жауап берейін; түзетуге оралу — /edit.");
    // Nonsense is still asked again, not taken for a question; so is a number in words the wizard does not read.
    await t.send(textUpdate(EDITOR, "/edit Темиртау"));
    await t.send(textUpdate(EDITOR, "абырвалг"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ/);
    await press(t, EDITOR, /^🔢 население/);
    await t.send(textUpdate(EDITOR, "сколько жителей — около 172 тысяч"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ/);
    await t.send(textUpdate(EDITOR, "172 000"));
    expect(lastText(t.tg)).toContain("Откуда новое значение?");
  });
});
