// A wizard's stored state is its replay log, which grows with every update: however a
// user behaves, it stays small, ends, and a state that is too big or broken is dropped
// (with a word to the user) instead of taking the chat, or the bot, down.
import { afterEach, describe, expect, it } from "vitest";
import { MAX_STATE_BYTES } from "../../src/db/conversation-storage.ts";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { MAX_STEPS } from "../../src/bot/wizards/steps.ts";
import { lastText, lastToast, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const RU = { id: 7201, language_code: "ru" };
const KK = { id: 7202, language_code: "kk" };

let t: TestBot;
afterEach(async () => t?.close());

const stateSizes = async () => (await t.db.db.conversationState.findMany()).map((r) => r.value.length);

describe.each(providers())("bounded wizards on %s", (provider) => {
  it("gives up after a few answers it does not understand, in the user's language, and keeps nothing", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(KK, "/subscribe"));
    for (let i = 0; i < 4; i++) await t.send(textUpdate(KK, `ммм ${i}`));
    expect(lastText(t.tg)).toMatch(/Жауапты түсінбедім|түсінбедім/);
    expect(await t.db.db.conversationState.count()).toBe(1);
    await t.send(textUpdate(KK, "ммм 4"));
    expect(lastText(t.tg)).toMatch(/бірнеше рет қатарынан түсінбедім/);
    expect(await t.db.db.conversationState.count()).toBe(0);
    // The rest of ~200 such messages are read as questions, and store nothing.
    for (let i = 0; i < 20; i++) await t.send(textUpdate(KK, `ммм ${i}`));
    expect(await t.db.db.conversationState.count()).toBe(0);
    await t.send(textUpdate(KK, "Теміртау"));
    expect(lastText(t.tg)).toMatch(/Теміртау/);
  });

  it("counts only misses in a row: an understood answer starts the count again", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    for (let i = 0; i < 4; i++) await t.send(textUpdate(RU, "ммм"));
    await t.send(textUpdate(RU, "Темиртау"));
    for (let i = 0; i < 4; i++) await t.send(textUpdate(RU, "ммм"));
    expect(lastText(t.tg)).toMatch(/Не понял ответ/);
    await press(t, RU, "Готово ✓");
    expect(lastText(t.tg)).toMatch(/В какой день/);
  });

  it(`ends after ${MAX_STEPS} updates however they go, its stored state small all along`, async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    let largest = 0;
    for (let i = 0; i < MAX_STEPS; i++) {
      await press(t, RU, /Темиртау/);
      largest = Math.max(largest, ...(await stateSizes()));
    }
    expect(await t.db.db.conversationState.count()).toBe(1);
    await press(t, RU, /Темиртау/);
    expect(lastText(t.tg)).toMatch(/Форма заполняется слишком долго/);
    expect(await t.db.db.conversationState.count()).toBe(0);
    expect(largest).toBeLessThan(MAX_STATE_BYTES);
  });

  it("ends a day after it started, however often it was answered", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(RU, "/subscribe"));
    for (let h = 0; h < 4; h++) {
      t.clock.advance(5 * 3600_000);
      await press(t, RU, /Темиртау/);
      expect(lastText(t.tg)).toMatch(/На что подписаться/);
    }
    t.clock.advance(5 * 3600_000);
    const data = await press(t, RU, /Темиртау/);
    expect(data).toMatch(/^sw:/);
    expect(lastToast(t.tg)).toMatch(/Эта форма устарела/);
    expect(await t.db.db.conversationState.count()).toBe(0);
  });

  it.each([
    ["too big", JSON.stringify({ version: 1, state: { junk: "x".repeat(MAX_STATE_BYTES) } })],
    ["broken", '{"version":1,"state":{"subscribe.v1":[{"args":'],
  ])("recovers after a restart from a stored state that is %s: drops it and says so", async (_, value) => {
    t = await testBot(provider);
    await t.db.db.conversationState.create({ data: { key: String(RU.id), value } });
    await t.restart();
    await t.send(textUpdate(RU, "Темиртау"));
    const texts = t.tg.texts.slice(-2);
    expect(texts[0]).toMatch(/<b>Темиртау<\/b>/);
    expect(texts[1]).toMatch(/Незаконченную форму пришлось сбросить/);
    expect(await t.db.db.conversationState.count()).toBe(0);
    // Once: the next message is just answered.
    await t.send(textUpdate(RU, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/На что подписаться/);
    await t.send(callbackUpdate(RU, "tiers"));
    expect(await t.db.db.conversationState.count()).toBe(1);
  });
});
