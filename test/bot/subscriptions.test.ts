import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import type { Schedule, Scope } from "../../src/domain/subscription.ts";
import type { Lang } from "../../src/domain/types.ts";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, TEST_NOW, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 5001, language_code: "ru" };
const KK = { id: 5002, language_code: "kk" };
const OTHER = { id: 5003, language_code: "ru" };
const MONDAY_9: Schedule = { weekday: 1, hour: 9, minute: 0 };

let t: TestBot;
afterEach(async () => t?.close());

const rows = () => t.db.db.subscription.findMany({ orderBy: { id: "asc" } });
const subscribe = async (chatId: number, scope: Scope, schedule = MONDAY_9, language: Lang = "ru") =>
  (await new SubscriptionRepo(t.db.db).subscribe({ chatId, scope, schedule, language, now: new Date(TEST_NOW) })).subscription;
const towns = (...townIds: string[]): Scope => ({ kind: "towns", townIds });

describe.each(providers())("/subscriptions on %s", (provider) => {
  it("lists the chat's subscriptions with pause, time and unsubscribe buttons that edit the list", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscriptions"));
    expect(lastText(t.tg)).toMatch(/У этого чата нет подписок\. Подписаться: \/subscribe/);
    const a = await subscribe(RU.id, towns("temirtau", "balkhash"));
    const b = await subscribe(RU.id, { kind: "all" }, { weekday: 0, hour: 20, minute: 0 });
    await t.send(textUpdate(RU, "/subscriptions"));
    expect(lastText(t.tg)).toMatch(
      /Подписки этого чата<\/b>\n\n1\. Темиртау, Балхаш — по понедельникам в 09:00 \(время Астаны\)\n2\. Все моногорода — каждый день в 20:00/,
    );
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["1 ⏸", "1 🕘", "1 ✖", "2 ⏸", "2 🕘", "2 ✖", "✖ Отписаться от всех"]);

    await press(t, RU, "1 ⏸");
    expect(t.tg.calls.at(-1)!.method).toBe("editMessageText");
    expect(lastText(t.tg)).toMatch(/1\. Темиртау, Балхаш — по понедельникам в 09:00 \(время Астаны\) \(на паузе\)/);
    expect(buttonsOf(t.tg).map((x) => x.text)[0]).toBe("1 ▶");
    expect((await rows())[0]).toMatchObject({ id: a.id, state: "paused" });

    // Resumed a week later: from the next slot, not the missed one.
    t.clock.advance(7 * 24 * 3600_000);
    await press(t, RU, "1 ▶");
    expect(lastText(t.tg)).not.toMatch(/на паузе/);
    const resumed = (await rows())[0]!;
    expect(resumed.state).toBe("active");
    expect(resumed.nextDueAt).toEqual(new Date("2026-12-07T04:00:00Z"));

    await press(t, RU, "2 🕘");
    expect(lastText(t.tg)).toMatch(/В какой день/);
    expect(buttonsOf(t.tg).map((x) => x.text)).toContain("✓ Каждый день");
    await press(t, RU, "Пт");
    await press(t, RU, "✓ 20:00");
    expect(lastText(t.tg)).toMatch(/Что: Все моногорода\nКогда: по пятницам в 20:00/);
    await press(t, RU, "✓ Сохранить");
    expect(lastText(t.tg)).toMatch(/Расписание изменено: по пятницам в 20:00 \(время Астаны\)\. Ближайший дайджест: Пт, 04\.12\.2026, 20:00\./);
    expect((await rows())[1]).toMatchObject({ id: b.id, weekday: 5, hour: 20, nextDueAt: new Date("2026-12-04T15:00:00Z") });

    await t.send(textUpdate(RU, "/subscriptions"));
    await press(t, RU, "2 🕘");
    await press(t, RU, "Отмена");
    expect(lastText(t.tg)).toBe("Хорошо, расписание осталось прежним.");
    expect((await rows())[1]).toMatchObject({ weekday: 5, hour: 20 });

    await t.send(textUpdate(RU, "/subscriptions"));
    await press(t, RU, "1 ✖");
    expect(lastText(t.tg)).toMatch(/Вы отписались: Темиртау, Балхаш\./);
    expect((await rows())[0]).toMatchObject({ state: "cancelled", stopReason: "unsubscribed" });
    await press(t, RU, "↩ Вернуть подписку");
    expect(lastText(t.tg)).toMatch(/Готово: вы подписаны\. Темиртау, Балхаш — по понедельникам в 09:00/);
    const now = await rows();
    expect(now).toHaveLength(3);
    expect(now[2]).toMatchObject({ scope: "towns", townIds: '["temirtau","balkhash"]', weekday: 1, hour: 9, state: "active" });
    await t.send(textUpdate(RU, "/subscriptions"));
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["1 ⏸", "1 🕘", "1 ✖", "2 ⏸", "2 🕘", "2 ✖", "✖ Отписаться от всех"]);
  });

  it("answers sub-gone for another chat's subscription and changes nothing", async () => {
    t = await testBot(provider);
    const foreign = await subscribe(OTHER.id, towns("aksu"));
    for (const data of [
      `sub:pause:${foreign.id}:e`,
      `sub:resume:${foreign.id}`,
      `sub:cancel:${foreign.id}:e`,
      `sub:when:${foreign.id}`,
      `sub:undo:${foreign.id}`,
      "sub:pause:999999",
    ]) {
      await t.send(callbackUpdate(RU, data));
      expect(lastToast(t.tg)).toBe("Этой подписки больше нет. Ваши подписки: /subscriptions");
    }
    expect(await rows()).toMatchObject([{ id: foreign.id, state: "active", weekday: 1 }]);
  });

  it("pauses or unsubscribes from a digest's own buttons without touching the digest", async () => {
    t = await testBot(provider);
    const s = await subscribe(RU.id, towns("temirtau"));
    await t.send(callbackUpdate(RU, `sub:pause:${s.id}`));
    expect(t.tg.calls.at(-1)!.method).toBe("sendMessage");
    expect(lastText(t.tg)).toMatch(/Подписка на паузе: Темиртау\. Продолжить — \/subscriptions\./);
    await t.send(callbackUpdate(RU, `sub:cancel:${s.id}`));
    expect(t.tg.calls.at(-1)!.method).toBe("sendMessage");
    expect(lastText(t.tg)).toMatch(/Вы отписались: Темиртау/);
    expect(t.tg.callsOf("editMessageText")).toEqual([]);
  });
});

describe.each(providers())("unsubscribing on %s", (provider) => {
  it("says there is nothing, cancels the only one, or asks which", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/unsubscribe"));
    expect(lastText(t.tg)).toMatch(/У этого чата нет подписок/);

    await subscribe(RU.id, towns("temirtau"));
    await t.send(textUpdate(RU, "/unsubscribe"));
    expect(lastText(t.tg)).toMatch(/Вы отписались: Темиртау\. Данные о прошлых дайджестах сохранены\./);
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["↩ Вернуть подписку", "Мои подписки"]);
    expect(await rows()).toMatchObject([{ state: "cancelled" }]);

    await subscribe(RU.id, towns("aksu"));
    await subscribe(RU.id, { kind: "tier", tierId: "stagnating" }, { weekday: 3, hour: 12, minute: 0 });
    await t.send(textUpdate(RU, "отписаться"));
    expect(lastText(t.tg)).toMatch(
      /Какую подписку отменить\?\n\n1\. Аксу — по понедельникам в 09:00 \(время Астаны\)\n2\. Группа «Стагнирующие города» — по средам в 12:00/,
    );
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["✖ 1", "✖ 2", "✖ Отписаться от всех"]);
    await press(t, RU, "✖ 2");
    expect(t.tg.calls.at(-1)!.method).toBe("editMessageText");
    expect(lastText(t.tg)).toMatch(/Вы отписались: Группа «Стагнирующие города»/);
    expect((await rows()).map((r) => r.state)).toEqual(["cancelled", "active", "cancelled"]);
  });

  it("takes a town named in free text out of the subscriptions, in either language", async () => {
    t = await testBot(provider);
    await subscribe(RU.id, towns("temirtau", "balkhash"));
    await t.send(textUpdate(RU, "отпишите меня от Темиртау"));
    expect(lastText(t.tg)).toBe("Город Темиртау убран из ваших подписок.");
    expect(await rows()).toMatchObject([{ townIds: '["balkhash"]', state: "active" }]);
    // The same undo as the ✖ button: the town goes back into its subscription.
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["↩ Вернуть подписку", "Мои подписки"]);
    await press(t, RU, "↩ Вернуть подписку");
    expect(lastText(t.tg)).toMatch(/Готово: вы подписаны\. Балхаш, Темиртау — по понедельникам в 09:00/);
    expect(await rows()).toMatchObject([{ townIds: '["balkhash","temirtau"]', state: "active" }]);
    await t.send(textUpdate(RU, "отпишите меня от Темиртау"));
    await t.send(textUpdate(RU, "Теміртау жазылымнан бас тарт"));
    expect(lastText(t.tg)).toBe("Бұл чатта Теміртау қаласына жазылым жоқ.");
    await t.send(textUpdate(KK, "Балқаш жазылымнан бас тарт"));
    expect(lastText(t.tg)).toBe("Бұл чатта Балқаш қаласына жазылым жоқ.");
    await t.send(textUpdate(RU, "/unsubscribe Абырвалг"));
    expect(lastText(t.tg)).toBe("Подписки на Абырвалг у этого чата нет.");
    await t.send(textUpdate(RU, "/unsubscribe Балхаш"));
    expect(lastText(t.tg)).toBe("Город Балхаш убран из ваших подписок.");
    // The last town gone, the subscription is over; its undo brings it back.
    expect(await rows()).toMatchObject([{ state: "cancelled" }]);
    await press(t, RU, "↩ Вернуть подписку");
    expect(lastText(t.tg)).toMatch(/Готово: вы подписаны\. Балхаш — по понедельникам в 09:00/);
    expect((await rows()).at(-1)).toMatchObject({ townIds: '["balkhash"]', state: "active" });
  });

  it("gives a Kazakh text unsubscribe the same undo, one per town when several are taken out", async () => {
    t = await testBot(provider);
    await subscribe(KK.id, towns("temirtau"), MONDAY_9, "kk");
    await subscribe(KK.id, towns("balkhash", "aksu"), MONDAY_9, "kk");
    await t.send(textUpdate(KK, "Теміртау мен Балқаш жазылымнан бас тарт"));
    expect(lastText(t.tg)).toBe("Теміртау қаласы жазылымдарыңыздан алынды.\nБалқаш қаласы жазылымдарыңыздан алынды.");
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["↩ Қайтару: Теміртау", "↩ Қайтару: Балқаш", "Менің жазылымдарым"]);
    await press(t, KK, "↩ Қайтару: Балқаш");
    expect(lastText(t.tg)).toMatch(/Дайын: сіз жазылдыңыз\. Ақсу, Балқаш/);
    expect((await rows()).map((r) => [r.townIds, r.state])).toEqual([
      ['["temirtau"]', "cancelled"],
      ['["aksu","balkhash"]', "active"],
    ]);
    // Another chat cannot put a town back into this chat's subscription.
    const sub = (await rows())[0]!;
    await t.send(callbackUpdate(OTHER, `subtown:${sub.id}:temirtau`));
    expect(lastToast(t.tg)).toMatch(/подписки больше нет/);
    expect((await rows())[0]).toMatchObject({ state: "cancelled" });
  });

  it("unsubscribes from all in one step, in Russian and Kazakh, and one undo brings them all back", async () => {
    t = await testBot(provider);
    await subscribe(RU.id, towns("temirtau"));
    await subscribe(RU.id, { kind: "tier", tierId: "stagnating" });
    await subscribe(RU.id, { kind: "all" }, { weekday: 0, hour: 20, minute: 0 });
    await t.send(textUpdate(RU, "/subscriptions"));
    await press(t, RU, "✖ Отписаться от всех");
    expect(t.tg.calls.at(-1)!.method).toBe("editMessageText");
    expect(lastText(t.tg)).toBe("Вы отписались от всех подписок этого чата (3). Данные о прошлых дайджестах сохранены.");
    expect((await rows()).map((r) => r.state)).toEqual(["cancelled", "cancelled", "cancelled"]);
    await press(t, RU, "↩ Вернуть подписку");
    expect(lastText(t.tg)).toBe("Подписки возобновлены: 3.");
    const back = (await rows()).filter((r) => r.state === "active");
    expect(back.map((r) => r.scope)).toEqual(["towns", "tier", "all"]);
    expect(back[2]).toMatchObject({ weekday: 0, hour: 20 });

    await subscribe(KK.id, towns("aksu"), MONDAY_9, "kk");
    await subscribe(KK.id, towns("rudny"), MONDAY_9, "kk");
    await t.send(textUpdate(KK, "жазылымнан бас тарт"));
    expect(buttonsOf(t.tg).map((x) => x.text)).toEqual(["✖ 1", "✖ 2", "✖ Барлығынан бас тарту"]);
    await press(t, KK, "✖ Барлығынан бас тарту");
    expect(lastText(t.tg)).toBe("Осы чаттың барлық жазылымынан бас тарттыңыз (2). Бұрынғы дайджесттер туралы деректер сақталды.");
  });

  it("unsubscribes from all when a message or /unsubscribe says «all», with the same undo", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "отпишите меня от всех"));
    expect(lastText(t.tg)).toMatch(/У этого чата нет подписок/);
    await subscribe(RU.id, towns("temirtau"));
    await subscribe(RU.id, towns("balkhash"));
    await t.send(textUpdate(RU, "отпишите меня от всех"));
    expect(lastText(t.tg)).toBe("Вы отписались от всех подписок этого чата (2). Данные о прошлых дайджестах сохранены.");
    expect((await rows()).map((r) => r.state)).toEqual(["cancelled", "cancelled"]);
    await press(t, RU, "↩ Вернуть подписку");
    expect((await rows()).filter((r) => r.state === "active")).toHaveLength(2);

    await subscribe(KK.id, towns("aksu"), MONDAY_9, "kk");
    await subscribe(KK.id, { kind: "all" }, MONDAY_9, "kk");
    await t.send(textUpdate(KK, "/unsubscribe барлығы"));
    expect(lastText(t.tg)).toMatch(/^Осы чаттың барлық жазылымынан бас тарттыңыз \(2\)/);
    // A town named with «all» around it is still that town only.
    await t.send(textUpdate(RU, "отпишите меня от Темиртау"));
    expect(lastText(t.tg)).toBe("Город Темиртау убран из ваших подписок.");
    expect((await rows()).filter((r) => r.chatId === BigInt(RU.id) && r.state === "active")).toHaveLength(1);
  });

  it("lets a former monotown with unfinished projects be subscribed to, from its card or by name", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/start arkalyk"));
    expect(buttonsOf(t.tg).map((x) => x.text)).toContain("📬 Подписаться на дайджест");
    await press(t, RU, "📬 Подписаться на дайджест");
    expect(lastText(t.tg)).toMatch(/Что: Аркалык/);
    await press(t, RU, /Подписаться$/);
    expect(lastText(t.tg)).toMatch(/Готово: вы подписаны\. Аркалык/);
    // Its digest lists the unfinished projects like a monotown's.
    await t.send(textUpdate(RU, "/digest"));
    expect(lastText(t.tg)).toMatch(/<b>Аркалык<\/b>/);
    await t.send(textUpdate(KK, "Жаңатасқа жазылу"));
    expect(lastText(t.tg)).toMatch(/Не туралы: Жаңатас/);
  });
});

describe.each(providers())("/digest on %s", (provider) => {
  it("previews each subscription's digest, keyboard on the last part, without recording a delivery", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/digest"));
    expect(lastText(t.tg)).toBe("У этого чата нет подписок. Подписаться: /subscribe");

    await subscribe(RU.id, { kind: "all" }, MONDAY_9, "ru");
    await subscribe(RU.id, towns("abai"));
    const paused = await subscribe(RU.id, towns("temirtau"), MONDAY_9, "kk");
    await new SubscriptionRepo(t.db.db).pause(paused.id, RU.id);
    const stopped = await subscribe(RU.id, towns("kentau"));
    await t.db.db.subscription.update({ where: { id: stopped.id }, data: { state: "stopped", stopReason: "blocked" } });
    t.tg.clear();

    await t.send(textUpdate(RU, "/digest"));
    const sends = t.tg.callsOf("sendMessage");
    const texts = sends.map((c) => String(c.payload.text));
    const all = texts.slice(
      0,
      texts.findIndex((x) => x.startsWith("Абай:")),
    );
    // Twenty towns do not fit one message: the digest comes in parts, each within the limit.
    expect(all.length).toBeGreaterThan(1);
    expect(all.slice(1).every((x) => !x.includes("Дайджест:"))).toBe(true);
    expect(all.join("\n")).toMatch(/<b>Экибастуз<\/b>/);
    expect(texts[0]).toMatch(/📬 <b>Дайджест: незавершённые проекты<\/b> · неделя 49, 2026\nВсе моногорода · по понедельникам в 09:00[\s\S]*Предпросмотр/);
    for (const x of texts) expect(x.length).toBeLessThanOrEqual(4096);
    const keyboards = sends.slice(0, all.length).map((c) => !!c.payload.reply_markup);
    expect(keyboards).toEqual([...Array(all.length - 1).fill(false), true]);
    expect(texts[all.length]).toBe("Абай: незавершённых проектов и изменений нет — такой дайджест не отправляется.");
    // A paused subscription is previewed too, in its own language; a stopped one is not.
    expect(texts[all.length + 1]).toMatch(/Дайджест: аяқталмаған жобалар[\s\S]*Теміртау/);
    expect(texts).toHaveLength(all.length + 2);
    expect(texts.join("\n")).not.toMatch(/Кентау ·/);

    expect(await t.db.db.delivery.count()).toBe(0);
    expect((await rows()).map((r) => [r.lastStateId, r.lastSentAt])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    // Its button opens the list as a new message (in the reader's language); the digest stays.
    await press(t, RU, "Менің жазылымдарым");
    expect(t.tg.calls.at(-1)!.method).toBe("sendMessage");
    expect(lastText(t.tg)).toMatch(/Подписки этого чата/);
  });
});
