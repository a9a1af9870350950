import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 7101, language_code: "ru" };
const KK = { id: 7102, language_code: "kk" };
const ADMIN = { id: 7103, language_code: "ru" };
const GROUP = { id: -7100, type: "supergroup" as const };

let t: TestBot;
afterEach(async () => t?.close());

/** Every press gets exactly one answer; the toast of each, in order. */
function toasts(): Array<string | undefined> {
  return t.tg.callsOf("answerCallbackQuery").map((c) => c.payload.text as string | undefined);
}

describe.each(providers())("every button press is answered on %s", (provider) => {
  it("answers unknown, forged and stale button data with the stale-button notice in the user's language", async () => {
    t = await testBot(provider);
    const stale = ["lang:en", "zz:old:button", "card:temirtau:nosuch", "sub:pause:abc", "tier:nosuch", "chart:pie", "x".repeat(64), ""];
    for (const data of stale) await t.send(callbackUpdate(RU, data));
    expect(toasts()).toHaveLength(stale.length);
    for (const text of toasts()) expect(text).toMatch(/Эта кнопка устарела/);
    t.tg.clear();
    await t.send(callbackUpdate(KK, "v1:card:temirtau"));
    expect(toasts()).toEqual([expect.stringMatching(/Бұл батырма ескірген/)]);
  });

  it("answers presses the rate limit drops", async () => {
    t = await testBot(provider, undefined, { rateLimit: { limit: 2, windowMs: 10_000 } });
    for (let i = 0; i < 6; i++) await t.send(callbackUpdate(RU, "card:temirtau:progress"));
    expect(t.tg.callsOf("answerCallbackQuery")).toHaveLength(6);
  });

  it("lets only a group's admins change the bot's language there", async () => {
    t = await testBot(provider);
    await t.send(callbackUpdate(RU, "lang:kk", 1, GROUP));
    expect(toasts()).toEqual([expect.stringMatching(/только её администраторы/)]);
    expect(t.tg.callsOf("setMyCommands")).toHaveLength(0);
    // Their own choice is untouched too: they are still answered in Russian.
    await t.send(textUpdate(RU, "/language"));
    expect(t.tg.calls.at(-1)!.payload.reply_markup).toMatchObject({ inline_keyboard: [[{ text: "✓ Русский" }, expect.anything()]] });
    t.tg.setMember(GROUP.id, ADMIN.id, "administrator");
    await t.send(callbackUpdate(ADMIN, "lang:kk", 1, GROUP));
    expect(t.tg.callsOf("setMyCommands")).toHaveLength(1);
  });
});
