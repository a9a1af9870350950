import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.ts";
import { RateLimiter } from "../../src/digest/limiter.ts";

const opts = { ratePerSecond: 30, privateChatGapMs: 1000, groupChatGapMs: 3000 };

describe("RateLimiter", () => {
  it("keeps the overall rate, many waiting at once, with at most a small burst", async () => {
    const clock = new ManualClock("2026-11-23T04:00:00Z");
    const l = new RateLimiter(clock, opts);
    const t0 = clock.now().getTime();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 305 }, (_, i) => l.wait(i + 1).then(() => times.push(clock.now().getTime() - t0))));
    // 305 messages at 30/s after a small burst: ten seconds, plus about half a second of
    // slow start (the first second climbs from a tenth of the rate).
    expect(Math.max(...times)).toBeGreaterThanOrEqual(10_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(10_700);
    const firstSecond = times.filter((t) => t < 1000).length;
    expect(firstSecond).toBeLessThan(25);
    // No second holds more than the rate plus the burst.
    const perSecond = new Map<number, number>();
    for (const t of times) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(35);
  });

  it("keeps a second between messages to one private chat and three in a group", async () => {
    const clock = new ManualClock("2026-11-23T04:00:00Z");
    const l = new RateLimiter(clock, opts);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await l.wait(7);
      times.push(clock.now().getTime());
    }
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000);
    const g0 = clock.now().getTime();
    await l.wait(-100);
    await l.wait(-100);
    expect(clock.now().getTime() - g0).toBeGreaterThanOrEqual(3000);
  });

  it("makes only the chat wait after one 429, and everyone after a flood of them", async () => {
    const clock = new ManualClock("2026-11-23T04:00:00Z");
    const l = new RateLimiter(clock, opts);
    expect(l.tooMany(1, 5000)).toBe(false);
    const t0 = clock.now().getTime();
    await l.wait(2);
    expect(clock.now().getTime() - t0).toBeLessThan(100);
    await l.wait(1);
    expect(clock.now().getTime() - t0).toBeGreaterThanOrEqual(5000);

    // At 30/s, two 429s within a second are more than 5% of what was sent.
    const t1 = clock.now().getTime();
    expect(l.tooMany(3, 4000)).toBe(false);
    expect(l.tooMany(5, 4000)).toBe(true);
    await l.wait(4);
    expect(clock.now().getTime() - t1).toBeGreaterThanOrEqual(4000);
  });
  it("measures a pause in elapsed time: the wall clock set back an hour does not stretch it", async () => {
    const clock = new ManualClock("2026-11-23T04:00:00Z");
    const l = new RateLimiter(clock, opts);
    l.pause(2_000);
    clock.set("2026-11-23T03:00:00Z");
    const t0 = clock.monotonic();
    await l.wait(1);
    expect(clock.monotonic() - t0).toBeGreaterThanOrEqual(2_000);
    expect(clock.monotonic() - t0).toBeLessThan(3_000);
  });

  it("keeps a channel's three seconds from when its message went, not from its slot, when the overall rate held it up", async () => {
    const clock = new ManualClock("2026-11-23T04:00:00Z");
    const l = new RateLimiter(clock, opts);
    const CHANNEL = -1001234;
    // A hundred private chats ahead of the channel's first message: it goes seconds after its slot.
    const crowd = Array.from({ length: 100 }, (_, i) => l.wait(i + 1));
    await l.wait(CHANNEL);
    const first = clock.monotonic();
    await Promise.all(crowd);
    await l.wait(CHANNEL);
    expect(clock.monotonic() - first).toBeGreaterThanOrEqual(3000);
  });
});
