// Figures that hold up in replies: unknown status is its own category, totals built from
// «около/до/более» say only what is certain, money reads one way.
import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import type { Scope } from "../../src/domain/subscription.ts";
import type { Lang } from "../../src/domain/types.ts";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { lastText, press, TEST_NOW, testBot, type TestBot } from "../helpers/bot.ts";

const RU = { id: 7101, language_code: "ru" };
const KK = { id: 7102, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

const subscribe = (chatId: number, scope: Scope, language: Lang) =>
  new SubscriptionRepo(t.db.db).subscribe({ chatId, scope, schedule: { weekday: 1, hour: 9, minute: 0 }, language, now: new Date(TEST_NOW) });
const digestOf = async (user: { id: number }) => {
  t.tg.clear();
  await t.send(textUpdate(user as typeof RU, "/digest"));
  return t.tg
    .callsOf("sendMessage")
    .map((c) => String(c.payload.text))
    .join("\n");
};

describe("unknown status is its own category", () => {
  it("the Балхаш card counts its unknown-status project apart from the unfinished ones", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Балхаш"));
    expect(lastText(t.tg)).toContain("Ход плана: 2 из 7 известных проектов выполнено, 4 не завершено, у 1 статус неизвестен.");
    await press(t, RU, "Ход плана");
    expect(lastText(t.tg)).toContain("выполнено 2, не завершено 4, статус неизвестен у 1.");
    await t.send(textUpdate(KK, "Балқаш"));
    expect(lastText(t.tg)).toMatch(/4-еуі аяқталмаған, 1 жобаның мәртебесі белгісіз\./);
  });

  it("a digest lists unknown-status projects as their own group, outside the unfinished count", async () => {
    t = await testBot();
    await subscribe(RU.id, { kind: "towns", townIds: ["balkhash"] }, "ru");
    const text = await digestOf(RU);
    expect(text).toContain("<b>Балхаш</b>: не завершено 4 из 7 известных проектов. Статус ещё 1 проекта неизвестен.");
    expect(text).toMatch(/<i>Статус неизвестен \(1\): не считаются ни выполненными, ни незавершёнными<\/i>\n• <b>Замена водопроводных сетей Балхаша/);
  });
});

describe("totals keep their qualifiers", () => {
  it("the Экибастуз digest never sums «до 400» and «более 100» into an exact 500", async () => {
    t = await testBot();
    await subscribe(RU.id, { kind: "towns", townIds: ["ekibastuz"] }, "ru");
    await subscribe(KK.id, { kind: "towns", townIds: ["ekibastuz"] }, "kk");
    const ru = await digestOf(RU);
    expect(ru).not.toMatch(/500 млрд/);
    expect(ru).toMatch(/Сумма незавершённых: более 100 млрд ₸ \(до 400 млрд ₸ \+ более 100 млрд ₸; [^)]+\)\./);
    const kk = await digestOf(KK);
    expect(kk).toMatch(/Аяқталмағандарының сомасы: 100 млрд теңгеден астам \(400 млрд теңгеге дейін \+ 100 млрд теңгеден астам; [^)]+\)\./);
  });

  it("the Балхаш digest keeps «около» from its 3,8 bn estimate", async () => {
    t = await testBot();
    await subscribe(RU.id, { kind: "towns", townIds: ["balkhash"] }, "ru");
    expect(await digestOf(RU)).toMatch(/Сумма незавершённых: около 7 млрд ₸ \([^)]+\)\./);
  });
});

describe("comparisons use every figure the cards show", () => {
  it("«сравни Балхаш и Степногорск» shows each town's plan, its sum and its budget components", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "сравни Балхаш и Степногорск"));
    const text = lastText(t.tg);
    const [balkhash, stepnogorsk] = text.split("<b>Степногорск</b>") as [string, string];
    expect(balkhash).toMatch(/<i>Комплексный план развития на 2023–2027 годы<\/i>\nЗапланировано: <b>242,8 млрд ₸<\/b>/);
    expect(balkhash).toMatch(/• Республиканский бюджет: <b>67,5 млрд ₸<\/b>/);
    expect(balkhash).toMatch(/• Местный бюджет: <b>36,2 млрд ₸<\/b>/);
    expect(stepnogorsk).toMatch(/<i>Комплексный план развития на 2023–2027 годы<\/i>\nЗапланировано: <b>около 107 млрд ₸<\/b>/);
    expect(stepnogorsk).toMatch(/• Частные инвестиции: <b>более 62 млрд ₸<\/b>/);
    expect(text).not.toMatch(/Запланировано: неизвестно/);
    // The card says the same figure, named with its plan.
    await t.send(textUpdate(RU, "Балхаш"));
    expect(lastText(t.tg)).toMatch(/Финансирование \(Комплексный план развития на 2023–2027 годы\): запланировано 242,8 млрд ₸, выделено неизвестно · <a /);
  });

  it("a card whose funding section holds only other sums points to them instead of saying there are none", async () => {
    t = await testBot();
    await t.send(textUpdate(RU, "Экибастуз"));
    expect(lastText(t.tg)).toContain("Финансирование: Сумм плана в моих данных нет; одна сумма из источников — в разделе «Финансирование».");
    await t.send(textUpdate(KK, "Екібастұз"));
    expect(lastText(t.tg)).toContain("Қаржыландыру: Менің деректерімде жоспар сомалары жоқ; дереккөздердегі 1 сома — «Қаржыландыру» бөлімінде.");
    await t.send(textUpdate(RU, "Аксай"));
    expect(lastText(t.tg)).toContain("Финансирование: Цифр о финансировании города в моих данных нет.");
  });

  it("in Kazakh too, with теңге", async () => {
    t = await testBot();
    await t.send(textUpdate(KK, "Балқаш пен Степногорскіні салыстыр"));
    const text = lastText(t.tg);
    expect(text).toMatch(/Жоспарланған: <b>242,8 млрд теңге<\/b>/);
    expect(text).toMatch(/Жоспарланған: <b>шамамен 107 млрд теңге<\/b>/);
    expect(text).toMatch(/• Жеке инвестициялар: <b>62 млрд теңгеден астам<\/b>/);
  });
});
