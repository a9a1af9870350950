import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import { anonymousAdminUpdate, callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, TEST_NOW, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const GROUP = { id: -1001234, type: "supergroup" as const, title: "Акимат" };
const ADMIN = { id: 4001, language_code: "ru" };
const MEMBER = { id: 4002, language_code: "ru" };

let t: TestBot;
afterEach(async () => t?.close());

const rows = () => t.db.db.subscription.findMany({ orderBy: { id: "asc" } });
const ADMINS_ONLY = "В группе подписку оформляют и меняют только администраторы.";
const STALE = "Эта форма устарела или открыта не вами. Начните заново: /subscribe";

describe.each(providers())("subscriptions in groups on %s", (provider) => {
  it("lets an admin subscribe the group; members get admins-only and cannot drive the admin's wizard", async () => {
    t = await testBot(provider);
    t.tg.setMember(GROUP.id, ADMIN.id, "administrator");
    await t.send(textUpdate(MEMBER, "/subscribe@monoqala_test_bot", GROUP));
    expect(lastText(t.tg)).toBe(ADMINS_ONLY);
    await t.send(callbackUpdate(MEMBER, "subnew:town:aksu", 1, GROUP));
    expect(lastToast(t.tg)).toBe(ADMINS_ONLY);

    await t.send(textUpdate(ADMIN, "/subscribe@monoqala_test_bot", GROUP));
    expect(lastText(t.tg)).toMatch(/На что подписаться\?/);
    const temirtau = buttonsOf(t.tg).find((b) => b.text === "Темиртау")!.callback_data!;
    await t.send(callbackUpdate(MEMBER, temirtau, 1, GROUP));
    expect(lastToast(t.tg)).toBe(STALE);
    // Members' chatter and commands pass the admin's wizard by.
    await t.send(textUpdate(MEMBER, "/town Аксу", GROUP));
    expect(lastText(t.tg)).toMatch(/<b>Аксу<\/b>/);
    await t.send(callbackUpdate(ADMIN, temirtau, 1, GROUP));
    // Had the member's press counted, the admin's would have unticked it.
    expect(lastText(t.tg)).toMatch(/Выбрано: Темиртау/);
    await press(t, ADMIN, "Готово ✓", GROUP);
    await press(t, ADMIN, "Пт", GROUP);
    await press(t, ADMIN, "17:00", GROUP);
    await press(t, ADMIN, "✓ Подписаться", GROUP);
    expect(lastText(t.tg)).toMatch(/Готово: вы подписаны\. Темиртау — по пятницам в 17:00/);
    expect(await rows()).toMatchObject([{ chatId: BigInt(GROUP.id), townIds: '["temirtau"]', createdBy: BigInt(ADMIN.id) }]);
  });

  it("lets an anonymous admin start it and any admin finish it, but no member", async () => {
    t = await testBot(provider);
    t.tg.setMember(GROUP.id, ADMIN.id, "creator");
    await t.send(anonymousAdminUpdate(GROUP, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/На что подписаться\?/);
    const aksu = buttonsOf(t.tg).find((b) => b.text === "Аксу")!.callback_data!;
    await t.send(callbackUpdate(MEMBER, aksu, 1, GROUP));
    expect(lastToast(t.tg)).toBe(STALE);
    await press(t, ADMIN, "Аксу", GROUP);
    expect(lastText(t.tg)).toMatch(/Выбрано: Аксу/);
    await press(t, ADMIN, "Все моногорода", GROUP);
    await press(t, ADMIN, "Каждый день", GROUP);
    await press(t, ADMIN, "08:00", GROUP);
    await press(t, ADMIN, "✓ Подписаться", GROUP);
    expect(await rows()).toMatchObject([{ chatId: BigInt(GROUP.id), scope: "all", weekday: 0, hour: 8, createdBy: BigInt(ADMIN.id) }]);
  });

  it("lets only admins press a group's subscription buttons or unsubscribe it", async () => {
    t = await testBot(provider);
    t.tg.setMember(GROUP.id, ADMIN.id, "administrator");
    const { subscription } = await new SubscriptionRepo(t.db.db).subscribe({
      chatId: GROUP.id,
      scope: { kind: "all" },
      schedule: { weekday: 1, hour: 9, minute: 0 },
      language: "ru",
      now: new Date(TEST_NOW),
    });
    await t.send(textUpdate(MEMBER, "/subscriptions", GROUP));
    expect(lastText(t.tg)).toMatch(/1\. Все моногорода — по понедельникам в 09:00/);
    for (const b of ["1 ⏸", "1 🕘", "1 ✖"]) {
      await press(t, MEMBER, b, GROUP);
      expect(lastToast(t.tg)).toBe(ADMINS_ONLY);
    }
    await t.send(textUpdate(MEMBER, "/unsubscribe", GROUP));
    expect(lastText(t.tg)).toBe(ADMINS_ONLY);
    expect((await rows())[0]).toMatchObject({ id: subscription.id, state: "active" });
    await t.send(textUpdate(ADMIN, "/unsubscribe", GROUP));
    expect(lastText(t.tg)).toMatch(/Вы отписались: Все моногорода/);
    expect((await rows())[0]).toMatchObject({ state: "cancelled" });
  });
});
