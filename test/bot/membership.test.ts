import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import type { Lang } from "../../src/domain/types.ts";
import { callbackUpdate, myChatMemberUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, TEST_NOW, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 6001, language_code: "ru" };
const ADMIN = { id: 6002, language_code: "ru" };
const GROUP = { id: -1006000, type: "supergroup" as const, title: "Журналисты" };

let t: TestBot;
afterEach(async () => t?.close());

const rows = () => t.db.db.subscription.findMany({ orderBy: { id: "asc" } });
const subscribe = (chatId: number, townId: string, language: Lang = "ru") =>
  new SubscriptionRepo(t.db.db).subscribe({
    chatId,
    scope: { kind: "towns", townIds: [townId] },
    schedule: { weekday: 1, hour: 9, minute: 0 },
    language,
    now: new Date(TEST_NOW),
  });

describe.each(providers())("the bot's membership on %s", (provider) => {
  it("stops a private chat's subscriptions when blocked and offers them back when unblocked", async () => {
    t = await testBot(provider);
    await subscribe(RU.id, "temirtau");
    await subscribe(RU.id, "aksu");
    await new SubscriptionRepo(t.db.db).pause((await rows())[1]!.id, RU.id);
    await t.send(myChatMemberUpdate(RU, "member", "kicked"));
    expect(await rows()).toMatchObject([
      { state: "stopped", stopReason: "blocked" },
      { state: "stopped", stopReason: "blocked" },
    ]);
    expect(t.tg.callsOf("sendMessage")).toEqual([]);

    // A month later the user unblocks the bot.
    t.clock.advance(30 * 24 * 3600_000);
    await t.send(myChatMemberUpdate(RU, "kicked", "member"));
    expect(lastText(t.tg)).toBe("С возвращением! Подписки этого чата (2) были остановлены, когда бот был заблокирован или удалён. Возобновить?");
    expect(buttonsOf(t.tg)).toEqual([{ text: "▶ Возобновить подписки", callback_data: "sub:revive:0" }]);
    await press(t, RU, "▶ Возобновить подписки");
    expect(lastText(t.tg)).toBe("Подписки возобновлены: 2.");
    const now = t.clock.now();
    for (const r of await rows()) {
      expect(r).toMatchObject({ state: "active", stopReason: null });
      expect(r.nextDueAt.getTime()).toBeGreaterThan(now.getTime());
    }
    // Pressed again: nothing left to resume.
    await t.send(callbackUpdate(RU, "sub:revive:0"));
    expect(lastToast(t.tg)).toBe("Этой подписки больше нет. Ваши подписки: /subscriptions");
  });

  it("stops a group's subscriptions when removed and offers them back, in their language, when re-added", async () => {
    t = await testBot(provider);
    t.tg.setMember(GROUP.id, ADMIN.id, "administrator");
    await subscribe(GROUP.id, "balkhash", "kk");
    await t.send(myChatMemberUpdate(ADMIN, "administrator", "left", GROUP));
    expect(await rows()).toMatchObject([{ state: "stopped", stopReason: "kicked" }]);
    await t.send(myChatMemberUpdate(ADMIN, "left", "member", GROUP));
    expect(lastText(t.tg)).toMatch(/^Қайта оралғаныңызға қуаныштымын!.* 1 жазылымы тоқтатылған еді/);
    await press(t, ADMIN, "▶ Жазылымдарды жалғастыру", GROUP);
    expect(await rows()).toMatchObject([{ state: "active" }]);
  });

  it("says nothing when re-added to a chat with nothing stopped", async () => {
    t = await testBot(provider);
    await t.send(myChatMemberUpdate(RU, "kicked", "member"));
    await t.send(myChatMemberUpdate(ADMIN, "left", "administrator", GROUP));
    expect(t.tg.callsOf("sendMessage")).toEqual([]);
  });

  it("moves a group's subscriptions along when it becomes a supergroup", async () => {
    t = await testBot(provider);
    const old = { id: -6000, type: "group" as const };
    await subscribe(old.id, "kentau");
    await t.send({
      update_id: 999_001,
      message: {
        message_id: 5,
        date: 0,
        chat: { id: old.id, type: "group", title: "G" },
        from: { id: ADMIN.id, is_bot: false, first_name: "A" },
        migrate_to_chat_id: GROUP.id,
      },
    });
    expect(await rows()).toMatchObject([{ chatId: BigInt(GROUP.id), state: "active" }]);
  });
});

describe.each(providers())("the digest language on %s", (provider) => {
  it("follows the language the user picks", async () => {
    t = await testBot(provider);
    await subscribe(RU.id, "temirtau");
    await t.send(textUpdate(RU, "/language"));
    await t.send(callbackUpdate(RU, "lang:kk"));
    expect(await rows()).toMatchObject([{ language: "kk" }]);
    // In a group, only an admin's choice moves the group's digests.
    await subscribe(GROUP.id, "aksu");
    await t.send(callbackUpdate(RU, "lang:kk", 1, GROUP));
    expect((await rows())[1]).toMatchObject({ language: "ru" });
    t.tg.setMember(GROUP.id, ADMIN.id, "creator");
    await t.send(callbackUpdate(ADMIN, "lang:kk", 1, GROUP));
    expect((await rows())[1]).toMatchObject({ language: "kk" });
  });
});
