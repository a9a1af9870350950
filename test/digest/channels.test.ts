import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "../../src/domain/subscription.ts";
import type { Lang } from "../../src/domain/types.ts";
import { ApiRefusal } from "../../src/fake-telegram/fetch.ts";
import { providers } from "../helpers/db.ts";
import { CountingMetrics, digestRig, interruptedAfterFirstPart, sentTo, type DigestRig } from "../helpers/digest.ts";

let rig: DigestRig;
afterEach(async () => rig?.close());

// Monday 23 November 2026, 09:00 in Almaty is 04:00 UTC.
const MONDAY_9 = "2026-11-23T04:00:00Z";
const CHANNEL = -1008002002;
const ADMIN = 8101;

/** The channel as Telegram sees it: the bot posts there, ADMIN is the admin who set the digest up. */
async function channelDigest(r: DigestRig, language: Lang = "ru") {
  r.tg.setBotMember(CHANNEL);
  r.tg.setMember(CHANNEL, ADMIN, "administrator", { can_post_messages: true });
  const { subscription } = await r.subs.subscribe({
    chatId: CHANNEL,
    scope: { kind: "all" },
    schedule: DEFAULT_SCHEDULE,
    language,
    createdBy: ADMIN,
    channel: { setupBy: ADMIN, title: "Моногорода <KZ>" },
    now: r.clock.now(),
  });
  return subscription.id;
}

const rowOf = (r: DigestRig, id: number) => r.db.db.subscription.findUniqueOrThrow({ where: { id } });

describe.each(providers())("digests posted into channels on %s", (provider) => {
  it("posts a channel's digest after checking the bot's and the admin's rights, three seconds between messages", async () => {
    rig = await digestRig(provider);
    await channelDigest(rig);
    // When each message reached Telegram, by the sender's clock (nothing else sleeps on it here).
    const at: number[] = [];
    const timed: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/sendMessage")) at.push(rig.clock.monotonic());
      return rig.tg.fetch(input, init);
    };
    const { service } = await rig.instance({}, undefined, timed);
    rig.clock.set(MONDAY_9);
    expect(await service.tick()).toMatchObject({ sent: 1, stopped: 0 });
    const posts = sentTo(rig.tg, CHANNEL);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts[0]).toMatch(/Дайджест: незавершённые проекты<\/b> · неделя 48, 2026/);
    // Asked before the post: the bot's own membership and the admin's.
    expect(rig.tg.callsOf("getChatMember").map((c) => c.payload.user_id)).toEqual([rig.tg.botInfo.id, ADMIN]);
    // A channel takes 20 messages a minute: one every three seconds.
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps).toHaveLength(posts.length - 1);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3000);
  });

  it("stops the digest when the bot lost the right to post before it, and tells the admin in private, once", async () => {
    rig = await digestRig(provider);
    const id = await channelDigest(rig);
    rig.tg.setBotMember(CHANNEL, "administrator", {});
    const metrics = new CountingMetrics();
    const { service } = await rig.instance({}, metrics);
    rig.clock.set(MONDAY_9);
    expect(await service.tick()).toMatchObject({ stopped: 1, sent: 0 });
    expect(sentTo(rig.tg, CHANNEL)).toEqual([]);
    expect(await rowOf(rig, id)).toMatchObject({ state: "stopped", stopReason: "no_rights" });
    expect(sentTo(rig.tg, ADMIN)).toEqual([
      "Дайджест в канал «Моногорода &lt;KZ&gt;» остановлен: бот больше не может публиковать в канале. Верните боту право публиковать сообщения и возобновите дайджест в /subscriptions.",
    ]);
    // The next week nothing is tried, and the admin is not told again.
    rig.clock.set("2026-11-30T04:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, CHANNEL)).toEqual([]);
    expect(sentTo(rig.tg, ADMIN)).toHaveLength(1);
    expect(metrics.counts.stopped).toBe(1);
  });

  it("stops it when whoever set it up is no longer the channel's admin, and tells them in their language", async () => {
    rig = await digestRig(provider);
    const id = await channelDigest(rig, "kk");
    rig.tg.setMember(CHANNEL, ADMIN, "left");
    const { service } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(sentTo(rig.tg, CHANNEL)).toEqual([]);
    expect(await rowOf(rig, id)).toMatchObject({ state: "stopped", stopReason: "admin_gone" });
    expect(sentTo(rig.tg, ADMIN)).toEqual([
      "«Моногорода &lt;KZ&gt;» арнасына дайджест тоқтатылды: сіз енді арна әкімшісі емессіз. Оны басқа әкімші қайта баптай алады.",
    ]);
  });

  it("stops it when Telegram refuses the post for lack of rights, or because the bot was removed", async () => {
    rig = await digestRig(provider);
    const id = await channelDigest(rig);
    const { service } = await rig.instance();
    rig.tg.failNext("sendMessage", new ApiRefusal(400, "Bad Request: not enough rights to send text messages to the chat"));
    rig.clock.set(MONDAY_9);
    expect(await service.tick()).toMatchObject({ stopped: 1 });
    expect(await rowOf(rig, id)).toMatchObject({ state: "stopped", stopReason: "no_rights" });
    expect(sentTo(rig.tg, ADMIN)).toHaveLength(1);

    await rig.subs.resume(id, CHANNEL, rig.clock.now());
    rig.tg.failNext("getChatMember", new ApiRefusal(403, "Forbidden: bot is not a member of the channel chat"));
    rig.clock.set("2026-11-30T04:00:00Z");
    expect(await service.tick()).toMatchObject({ stopped: 1 });
    expect(await rowOf(rig, id)).toMatchObject({ state: "stopped", stopReason: "kicked" });
    expect(sentTo(rig.tg, ADMIN).at(-1)).toMatch(/^Дайджест в канал «Моногорода &lt;KZ&gt;» остановлен: бота удалили из канала или канал недоступен/);
    expect(sentTo(rig.tg, CHANNEL)).toEqual([]);
  });

  it("posts each part exactly once across a restart, checking the rights again", async () => {
    rig = await digestRig(provider);
    await channelDigest(rig);
    const { delivery, composed } = await interruptedAfterFirstPart(rig, MONDAY_9);
    expect(delivery.subscription.channel).toEqual({ setupBy: ADMIN, title: "Моногорода <KZ>" });
    expect(composed.parts.length).toBeGreaterThan(1);

    rig.clock.advance(61_000);
    const second = await rig.instance();
    await second.service.tick();
    expect(sentTo(rig.tg, CHANNEL)).toEqual(composed.parts.slice(1).map((p) => p.text));
    expect(rig.tg.callsOf("getChatMember")).toHaveLength(2);
    // A third process, or the same tick again, sends nothing more.
    const third = await rig.instance();
    await third.service.tick();
    await second.service.tick();
    expect(sentTo(rig.tg, CHANNEL)).toHaveLength(composed.parts.length - 1);
    expect(await second.outbox.counts()).toMatchObject({ sent: 1, pending: 0, sending: 0 });
  });
});
