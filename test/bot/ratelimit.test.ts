import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.ts";
import { UserRateLimiter } from "../../src/bot/ratelimit.ts";
import type { BotMetrics } from "../../src/bot/observe.ts";
import { callbackUpdate, myChatMemberUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("the per-user rate limiter", () => {
  it("passes `limit` updates per window, then one notice, then drops; a new window starts afresh", () => {
    const clock = new ManualClock("2026-11-25T10:00:00Z");
    const limiter = new UserRateLimiter(clock, { limit: 3, windowMs: 10_000 });
    expect([1, 2, 3, 4, 5, 6].map(() => limiter.hit(1))).toEqual(["pass", "pass", "pass", "notify", "drop", "drop"]);
    expect(limiter.hit(2)).toBe("pass");
    clock.advance(9_999);
    expect(limiter.hit(1)).toBe("drop");
    clock.advance(1);
    expect([1, 2, 3, 4].map(() => limiter.hit(1))).toEqual(["pass", "pass", "pass", "notify"]);
  });

  it("forgets users whose window has ended", () => {
    const clock = new ManualClock("2026-11-25T10:00:00Z");
    const limiter = new UserRateLimiter(clock, { limit: 1, windowMs: 1000 });
    for (let id = 0; id < 100; id++) limiter.hit(id);
    expect(limiter.tracked).toBe(100);
    clock.advance(1000);
    limiter.hit(1);
    expect(limiter.tracked).toBe(1);
  });

  it("keeps counting through a step of the wall clock: an hour back does not silence a user for an hour", () => {
    const clock = new ManualClock("2026-11-25T10:00:00Z");
    const limiter = new UserRateLimiter(clock, { limit: 20, windowMs: 10_000 });
    let passed = 0;
    // 720 messages, one every 5 s for an hour, with the clock set back an hour after the first minute.
    for (let i = 0; i < 720; i++) {
      if (i === 12) clock.set("2026-11-25T09:01:00Z");
      if (limiter.hit(1) === "pass") passed++;
      clock.advance(5_000);
    }
    expect(passed).toBe(720);
  });

  it("is off with a limit of 0", () => {
    const limiter = new UserRateLimiter(new ManualClock("2026-11-25T10:00:00Z"), { limit: 0, windowMs: 1000 });
    expect(Array.from({ length: 100 }, () => limiter.hit(1)).every((v) => v === "pass")).toBe(true);
  });
});

describe("a user flooding the bot", () => {
  it("gets answers up to the limit, then one notice in their language per window, and nothing for dropped updates", async () => {
    let limited = 0;
    const metrics: BotMetrics = { update() {}, error() {}, limited: () => void limited++ };
    t = await testBot("sqlite", undefined, { rateLimit: { limit: 5, windowMs: 10_000 }, metrics });
    const flooder = { id: 501, language_code: "kk" };
    for (let i = 0; i < 30; i++) await t.send(textUpdate(flooder, "Теміртау"));
    const toFlooder = t.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === flooder.id);
    expect(toFlooder).toHaveLength(6);
    expect(String(toFlooder.at(-1)!.payload.text)).toMatch(/хабарлама тым көп.*10 секундтан кейін/);
    expect(limited).toBe(25);

    // Others are not affected.
    await t.send(textUpdate({ id: 502, language_code: "ru" }, "Темиртау"));
    expect(t.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === 502)).toHaveLength(1);

    // The next window: answers again; a pressed button past the limit gets the notice as a toast.
    t.clock.advance(10_000);
    for (let i = 0; i < 5; i++) await t.send(textUpdate(flooder, "Теміртау"));
    t.tg.clear();
    await t.send(callbackUpdate(flooder, "card:temirtau:progress"));
    await t.send(callbackUpdate(flooder, "card:temirtau:progress"));
    // Both presses answered (or they would spin), the notice only once.
    expect(t.tg.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "answerCallbackQuery"]);
    expect(String(t.tg.calls[0]!.payload.text)).toMatch(/хабарлама тым көп/);
    expect(t.tg.calls[1]!.payload.text).toBeUndefined();
  });

  it("never drops the bot being blocked, whatever the rate", async () => {
    t = await testBot("sqlite", undefined, { rateLimit: { limit: 1, windowMs: 10_000 } });
    const user = { id: 503, language_code: "ru" };
    const { subscription } = await new SubscriptionRepo(t.db.db).subscribe({
      chatId: user.id,
      scope: { kind: "tier", tierId: "stagnating" },
      schedule: { weekday: 0, hour: 9, minute: 0 },
      language: "ru",
      now: t.clock.now(),
    });
    for (let i = 0; i < 3; i++) await t.send(textUpdate(user, "Темиртау"));
    expect(t.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === user.id)).toHaveLength(2);
    await t.send(myChatMemberUpdate(user, "member", "kicked"));
    expect((await t.db.db.subscription.findUnique({ where: { id: subscription.id } }))?.state).toBe("stopped");
  });
});
