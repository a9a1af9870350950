import { afterEach, describe, expect, it } from "vitest";
import { EditRepo } from "../../src/db/edits.ts";
import { editTargets, planSingleEdit } from "../../src/domain/edits.ts";
import { ApiRefusal } from "../../src/fake-telegram/fetch.ts";
import { townsInScope } from "../../src/domain/subscription.ts";
import { reportedProjects } from "../../src/domain/progress.ts";
import { providers } from "../helpers/db.ts";
import { CountingMetrics, digestRig, interruptedAfterFirstPart, sentTo, type DigestRig } from "../helpers/digest.ts";
import { DEFAULT_SENDER_OPTIONS } from "../../src/digest/sender.ts";

let rig: DigestRig;
afterEach(async () => rig?.close());

// Monday 23 November 2026, 09:00 in Almaty is 04:00 UTC.
const MONDAY_9 = "2026-11-23T04:00:00Z";
const later = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms);

/** A monotown with several unfinished reported projects, so its digest stays worth sending after one is done. */
const busyTown = (r: DigestRig) =>
  townsInScope(r.knowledge.current.catalog, { kind: "all" }).find(
    (id) => reportedProjects(r.knowledge.current.catalog, id).filter((m) => m.status !== "done").length >= 2,
  )!;

describe.each(providers())("digest delivery on %s", (provider) => {
  it("sends on the slot in Asia/Almaty time, once, and moves to the next week", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    const id = await rig.subscribe(501, { kind: "towns", townIds: [town] });
    const { service, outbox } = await rig.instance();

    rig.clock.set("2026-11-23T03:59:00Z"); // 08:59 local
    await service.tick();
    expect(sentTo(rig.tg, 501)).toHaveLength(0);

    rig.clock.set(MONDAY_9);
    const report = await service.tick();
    expect(report).toMatchObject({ pending: 1, sent: 1 });
    const texts = sentTo(rig.tg, 501);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/Дайджест: незавершённые проекты<\/b> · неделя 48, 2026/);
    expect(texts[0]).toContain(rig.knowledge.current.catalog.towns.get(town)!.nameRu);

    rig.clock.set("2026-11-23T04:01:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 501)).toHaveLength(1);
    const sub = await rig.subs.get(id, 501);
    expect(sub!.nextDueAt.toISOString()).toBe("2026-11-30T04:00:00.000Z");
    expect(sub!.lastStateId).not.toBeNull();
    expect(await outbox.counts()).toMatchObject({ sent: 1, pending: 0, sending: 0 });
  });

  it("sends each digest exactly once when two schedulers and senders run at the same moment", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 1; chat <= 40; chat++) await rig.subscribe(1000 + chat, { kind: "towns", townIds: [town] });
    const [ma, mb] = [new CountingMetrics(), new CountingMetrics()];
    const a = await rig.instance({}, ma);
    const b = await rig.instance({}, mb);
    rig.clock.set(MONDAY_9);
    await Promise.all([a.service.tick(), b.service.tick(), a.service.tick()]);
    for (let chat = 1; chat <= 40; chat++) expect(sentTo(rig.tg, 1000 + chat)).toHaveLength(1);
    expect(await a.outbox.counts()).toMatchObject({ sent: 40, pending: 0, sending: 0 });
    // Each instance's metrics count what it sent itself: together, every digest once.
    expect((ma.counts.sent ?? 0) + (mb.counts.sent ?? 0)).toBe(40);
  });

  it("resumes after a crash mid-run without sending anything twice", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 1; chat <= 5; chat++) await rig.subscribe(2000 + chat, { kind: "towns", townIds: [town] });
    const dead = await rig.instance();
    rig.clock.set(MONDAY_9);
    await dead.outbox.scheduleDue(rig.clock.now(), 3600_000);
    // The first process claims two digests, sends one and dies before recording anything else.
    const claimed = await dead.outbox.claim(rig.clock.now(), 2, 60_000);
    expect(claimed).toHaveLength(2);
    const { sender } = dead;
    await sender.drain(); // sends the three it did not claim
    const sentBefore = rig.tg.delivered.length;
    expect(sentBefore).toBe(3);

    // A restarted process finds the two claimed rows held until the lease ends, then takes them over.
    const fresh = await rig.instance();
    await fresh.service.tick();
    expect(rig.tg.delivered.length).toBe(3);
    rig.clock.advance(61_000);
    await fresh.service.tick();
    for (let chat = 1; chat <= 5; chat++) expect(sentTo(rig.tg, 2000 + chat)).toHaveLength(1);
  });

  it("goes on from the next part when a split digest was interrupted", async () => {
    rig = await digestRig(provider);
    await rig.subscribe(3001, { kind: "all" });
    const { composed } = await interruptedAfterFirstPart(rig, MONDAY_9);
    expect(composed.parts.length).toBeGreaterThan(1);

    rig.clock.advance(61_000);
    const second = await rig.instance();
    await second.service.tick();
    const texts = sentTo(rig.tg, 3001);
    expect(texts).toEqual(composed.parts.slice(1).map((p) => p.text));
  });

  it("splits a long digest into messages under 4096 characters, buttons on the last, a second apart", async () => {
    rig = await digestRig(provider);
    await rig.subscribe(3002, { kind: "all" }, { language: "kk" });
    const { service } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    const calls = rig.tg.delivered.filter((c) => c.payload.chat_id === 3002);
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
    expect(calls.slice(0, -1).every((c) => !c.payload.reply_markup)).toBe(true);
    expect(JSON.stringify(calls.at(-1)!.payload.reply_markup)).toContain("sub:pause:");
    // Kazakh throughout.
    expect(String(calls[0]!.payload.text)).toMatch(/Дайджест: аяқталмаған жобалар<\/b> · 2026 ж., 48-апта/);
    expect(String(calls.at(-1)!.payload.text)).toMatch(/ресми тізбесі емес|тізім/i);
  });

  it("waits out 429 bursts for everyone and still sends each digest once", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 1; chat <= 6; chat++) await rig.subscribe(4000 + chat, { kind: "towns", townIds: [town] });
    const tooMany = () => new ApiRefusal(429, "Too Many Requests: retry after 5", { retry_after: 5 });
    rig.tg.failNext("sendMessage", tooMany(), tooMany(), tooMany());
    const { service, outbox } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    for (let chat = 1; chat <= 6; chat++) expect(sentTo(rig.tg, 4000 + chat)).toHaveLength(1);
    expect(rig.clock.now().getTime() - new Date(MONDAY_9).getTime()).toBeGreaterThanOrEqual(5000);
    expect(await outbox.counts()).toMatchObject({ sent: 6, failed: 0 });
  });

  it("retries 5xx and network errors with backoff, and gives up after the attempts allowed", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    await rig.subscribe(5001, { kind: "towns", townIds: [town] });
    rig.tg.failNext("sendMessage", new ApiRefusal(502, "Bad Gateway"), new Error("socket hang up"), new ApiRefusal(500, "Internal Server Error"));
    const { service, outbox } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(sentTo(rig.tg, 5001)).toHaveLength(1);
    expect(await outbox.counts()).toMatchObject({ sent: 1 });

    await rig.subscribe(5002, { kind: "towns", townIds: [town] });
    rig.tg.failNext("sendMessage", ...Array.from({ length: 10 }, () => new ApiRefusal(503, "Service Unavailable")));
    const next = await rig.instance({ sender: { maxAttempts: 3 } as never });
    rig.clock.set("2026-11-30T04:00:00Z");
    await next.service.tick();
    // Both chats' digests of that week met only 503s.
    expect(await next.outbox.counts()).toMatchObject({ failed: 2 });
  });

  it("gives up on a request Telegram takes and never answers, and sends the digest on the retry", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    await rig.subscribe(5101, { kind: "towns", townIds: [town] });
    // The first sendMessage disappears into a network black hole: no answer, no error.
    let swallowed = 0;
    const blackHoleOnce: typeof fetch = (input, init) => {
      if (String(input).endsWith("/sendMessage") && swallowed++ === 0) return new Promise(() => {});
      return rig.tg.fetch(input, init);
    };
    const { service, outbox } = await rig.instance({ sender: { requestTimeoutMs: 200 } as never }, undefined, blackHoleOnce);
    rig.clock.set(MONDAY_9);
    const started = performance.now();
    await service.tick();
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(swallowed).toBe(2);
    expect(sentTo(rig.tg, 5101)).toHaveLength(1);
    expect(await outbox.counts()).toMatchObject({ sent: 1, pending: 0, sending: 0 });
  });

  it("stops a chat's subscriptions on 403 and sends it nothing more", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    const id = await rig.subscribe(6001, { kind: "towns", townIds: [town] });
    await rig.subscribe(6001, { kind: "all" });
    await rig.subscribe(6002, { kind: "towns", townIds: [town] });
    rig.tg.on("sendMessage", (p) => {
      if (p.chat_id === 6001) throw new ApiRefusal(403, "Forbidden: bot was blocked by the user");
      return { message_id: 1, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text };
    });
    const metrics = new CountingMetrics();
    const { service, outbox } = await rig.instance({}, metrics);
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(await rig.subs.get(id, 6001)).toMatchObject({ state: "stopped", stopReason: "blocked" });
    expect(sentTo(rig.tg, 6002)).toHaveLength(1);
    const counts = await outbox.counts();
    expect(counts.stopped + counts.skipped).toBe(2);
    expect(metrics.counts.sent).toBe(1);
    expect((metrics.counts.stopped ?? 0) + (metrics.counts.skipped ?? 0)).toBe(2);

    const attempts = rig.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === 6001).length;
    rig.clock.set("2026-11-30T04:00:00Z");
    await service.tick();
    expect(rig.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === 6001).length).toBe(attempts);
  });

  it("follows a group that became a supergroup", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    await rig.subscribe(-7001, { kind: "towns", townIds: [town] });
    rig.tg.failNext("sendMessage", new ApiRefusal(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1007001 }));
    const { service } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(sentTo(rig.tg, -1007001)).toHaveLength(1);
    expect(await rig.subs.list(-1007001)).toHaveLength(1);
  });

  it("catches up on a digest missed while down within the window, and marks older ones missed", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    await rig.subscribe(8001, { kind: "towns", townIds: [town] });
    const { service, outbox } = await rig.instance({ catchUpMs: 12 * 3600_000 });
    rig.clock.set(later(MONDAY_9, 6 * 3600_000)); // back up at 15:00 the same day
    await service.tick();
    expect(sentTo(rig.tg, 8001)).toHaveLength(1);

    // Down from before the next Monday until Tuesday noon: that week's digest is missed.
    rig.clock.set("2026-12-01T07:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 8001)).toHaveLength(1);
    expect(await outbox.counts()).toMatchObject({ sent: 1, missed: 1 });
    const sub = (await rig.subs.list(8001))[0]!;
    expect(sub.nextDueAt.toISOString()).toBe("2026-12-07T04:00:00.000Z");
  });

  it("skips a digest with nothing unfinished and nothing changed, and records it as skipped", async () => {
    rig = await digestRig(provider);
    const catalog = rig.knowledge.current.catalog;
    const quiet = [...catalog.towns.keys()].find((id) => reportedProjects(catalog, id).every((m) => m.status === "done"))!;
    await rig.subscribe(9001, { kind: "towns", townIds: [quiet] });
    const metrics = new CountingMetrics();
    const { service, outbox } = await rig.instance({}, metrics);
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(sentTo(rig.tg, 9001)).toHaveLength(0);
    expect(await outbox.counts()).toMatchObject({ skipped: 1 });
    expect(metrics.counts).toEqual({ skipped: 1 });
  });

  it("says what changed since the previous digest", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    await rig.subscribe(9101, { kind: "towns", townIds: [town] });
    const { service } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(sentTo(rig.tg, 9101)[0]).toMatch(/Первый дайджест/);

    const target = reportedProjects(rig.knowledge.current.catalog, town).find((m) => m.status !== "done")!;
    // An editor's single edit, applied as the bot applies it; the digest's knowledge sees the new data version.
    const edit = editTargets(rig.knowledge.current.catalog, town).find((x) => x.id === target.id)!;
    const { plan } = planSingleEdit(rig.knowledge.current.catalog, edit, "status", "done", { title: "Отчёт", date: "2026-11-25", url: "https://example.kz/r" });
    const edits = new EditRepo(rig.db.db);
    const setId = await edits.createPending({ kind: "edit", userId: 1, chatId: 1, fileName: null, baseVersion: await edits.version(), plan, rows: null });
    expect(await edits.apply(setId, 1, rig.clock.now())).toMatchObject({ ok: true });
    expect(await rig.knowledge.reloadIfChanged()).toBe(true);
    rig.clock.set("2026-11-30T04:00:00Z");
    await service.tick();
    const second = sentTo(rig.tg, 9101)[1]!;
    expect(second).toMatch(/Что изменилось с прошлого дайджеста/);
    expect(second).toContain(`✓ Выполнен: <b>${target.titleRu}`);

    rig.clock.set("2026-12-07T04:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 9101)[2]).toMatch(/С прошлого дайджеста ничего не изменилось/);
  });

  it("does not send a paused subscription's digest, and a rescheduled week is not sent twice", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    const id = await rig.subscribe(9201, { kind: "towns", townIds: [town] });
    const { service } = await rig.instance();
    rig.clock.set(MONDAY_9);
    await service.tick();
    // Moved to Friday of the same week: that week already had its digest.
    await rig.subs.setSchedule(id, 9201, { weekday: 5, hour: 18, minute: 0 }, rig.clock.now());
    rig.clock.set("2026-11-27T13:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 9201)).toHaveLength(1);
    rig.clock.set("2026-12-04T13:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 9201)).toHaveLength(2);

    await rig.subs.pause(id, 9201);
    rig.clock.set("2026-12-11T13:00:00Z");
    await service.tick();
    expect(sentTo(rig.tg, 9201)).toHaveLength(2);
  });

  it("keeps outcomes through failed writes, claims nothing while they fail, and sends nothing twice after the lease", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    const chats = Array.from({ length: 120 }, (_, i) => 9300 + i);
    for (const chat of chats) await rig.subscribe(chat, { kind: "towns", townIds: [town] });
    const { service, outbox } = await rig.instance();
    // The database refuses the first three writes of outcomes (a restart, a lock held).
    const events: string[] = [];
    const [record, claim] = [outbox.record.bind(outbox), outbox.claim.bind(outbox)];
    let refusals = 3;
    outbox.record = async (...args) => {
      if (refusals-- > 0) {
        events.push("record failed");
        throw new Error("Connection terminated unexpectedly");
      }
      await record(...args);
      events.push("recorded");
    };
    outbox.claim = async (...args) => {
      events.push("claim");
      return claim(...args);
    };
    rig.clock.set(MONDAY_9);
    await service.tick();
    expect(events.filter((e) => e === "record failed")).toHaveLength(3);
    // Between a failed write and the next successful one, no claim.
    const firstFail = events.indexOf("record failed");
    const recovered = events.indexOf("recorded", firstFail);
    expect(recovered).toBeGreaterThan(firstFail);
    expect(events.slice(firstFail, recovered)).not.toContain("claim");
    expect(await outbox.counts()).toMatchObject({ sent: 120, sending: 0, pending: 0 });

    // Past every lease: nothing goes again.
    rig.clock.set(later(MONDAY_9, 3600_000));
    await service.tick();
    for (const chat of chats) expect(sentTo(rig.tg, chat)).toHaveLength(1);
  });
});

describe.each(providers())("digest delivery after a crash between a send and its record on %s", (provider) => {
  it("never sends a digest twice: the message started before the crash counts as sent, unconfirmed", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    const chats = [9501, 9502, 9503, 9504];
    for (const chat of chats) await rig.subscribe(chat, { kind: "towns", townIds: [town] });
    // Telegram accepts the message to 9503, and the process dies before hearing back:
    // the answer never comes, so nothing of it is ever recorded.
    let crashed = false;
    const dying: typeof fetch = async (input, init) => {
      const res = await rig.tg.fetch(input, init);
      if (String(init?.body ?? "").includes('"chat_id":9503')) {
        crashed = true;
        return new Promise<Response>(() => {});
      }
      return res;
    };
    const dead = await rig.instance({}, undefined, dying);
    rig.clock.set(MONDAY_9);
    void dead.service.tick();
    const deadline = Date.now() + 10_000;
    while (!(crashed && (await dead.outbox.counts()).sent === 3) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await dead.outbox.counts()).sent).toBe(3);
    void dead.sender.stop(); // the dead process does nothing more (its stuck send never ends)
    expect(sentTo(rig.tg, 9503)).toHaveLength(1);

    // A restarted process takes the dead one's claim over once its lease has run out.
    const metrics = new CountingMetrics();
    const fresh = await rig.instance({}, metrics);
    rig.clock.advance(DEFAULT_SENDER_OPTIONS.leaseMs + 1000);
    await fresh.service.tick();
    for (const chat of chats) expect(sentTo(rig.tg, chat)).toHaveLength(1);
    expect(await fresh.outbox.counts()).toMatchObject({ sent: 4, sending: 0, pending: 0 });
    expect(metrics.unconfirmedMessages).toBe(1);
    const row = await rig.db.db.delivery.findFirstOrThrow({ where: { subscription: { chatId: 9503 } } });
    expect(row.error).toMatch(/unconfirmed/);
    // It may not have arrived: its "what changed" baseline stays, so the next digest repeats
    // those changes; the confirmed ones move on.
    const subs = await rig.db.db.subscription.findMany({ orderBy: { chatId: "asc" } });
    expect(subs.map((s) => [Number(s.chatId), s.lastStateId !== null, s.lastSentAt !== null])).toEqual([
      [9501, true, true],
      [9502, true, true],
      [9503, false, true],
      [9504, true, true],
    ]);
  });

  it("claims nothing once stopped, even when the stop comes while a renewal is on its way", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (const chat of [9701, 9702]) await rig.subscribe(chat, { kind: "towns", townIds: [town] });
    // The send to 9701 never ends, so the sender stays in its run and renews its claim.
    const hanging: typeof fetch = async (input, init) =>
      String(init?.body ?? "").includes('"chat_id":9701') ? new Promise<Response>(() => {}) : rig!.tg.fetch(input, init);
    const { service, sender, outbox } = await rig.instance({}, undefined, hanging);
    // The process is told to stop while a renewal is on the database, and by the time it
    // returns the lease has run out: a claim then would take 9701 back with no worker to send it.
    let stopped = false;
    const claimsAfterStop: number[] = [];
    const [renew, claim] = [outbox.renew.bind(outbox), outbox.claim.bind(outbox)];
    outbox.renew = async (...args) => {
      if (!stopped) {
        stopped = true;
        void sender.stop();
        rig!.clock.advance(DEFAULT_SENDER_OPTIONS.leaseMs + 1000);
      }
      return renew(...args);
    };
    outbox.claim = async (...args) => {
      if (stopped) claimsAfterStop.push(1);
      return claim(...args);
    };
    rig.clock.set(MONDAY_9);
    void service.tick();
    const deadline = Date.now() + 10_000;
    while (!stopped && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(true);
    expect(claimsAfterStop).toEqual([]);
  });

  it("lets a stalled sender whose claim was taken over send nothing more of that digest", async () => {
    rig = await digestRig(provider);
    await rig.subscribe(9601, { kind: "all" });
    const first = await rig.instance();
    rig.clock.set(MONDAY_9);
    await first.outbox.scheduleDue(rig.clock.now(), 3600_000);
    const [stalled] = await first.outbox.claim(rig.clock.now(), 1, 60_000);
    expect(await first.outbox.markAttempts([{ id: stalled!.id, claimToken: stalled!.claimToken, part: 0 }])).toEqual(new Set([stalled!.id]));
    // Its lease runs out; another sender takes the digest over and sees part 1 started.
    rig.clock.advance(61_000);
    const [taken] = await first.outbox.claim(rig.clock.now(), 1, 60_000);
    expect(taken).toMatchObject({ id: stalled!.id, partsSent: 0, partsAttempted: 1 });
    // The stalled one wakes up: its next mark is refused, so it sends nothing.
    expect(await first.outbox.markAttempts([{ id: stalled!.id, claimToken: stalled!.claimToken, part: 1 }])).toEqual(new Set());
    expect(await first.outbox.markAttempts([{ id: taken!.id, claimToken: taken!.claimToken, part: 1 }])).toEqual(new Set([taken!.id]));
  });

  it("keeps its claims through a run many leases long: no digest is claimed a second time", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 0; chat < 30; chat++) await rig.subscribe(9800 + chat, { kind: "towns", townIds: [town] });
    // One message a second and a ten-second lease: the run lasts three leases. (One worker:
    // this clock moves with every sleep, so many sleepers would outrun a database round trip.)
    const { service } = await rig.instance({
      sender: { ...DEFAULT_SENDER_OPTIONS, ratePerSecond: 1, concurrency: 1, leaseMs: 10_000, waitForRetryMs: 3600_000 },
    });
    rig.clock.set(MONDAY_9);
    const started = rig.clock.monotonic();
    await service.tick();
    expect(rig.clock.monotonic() - started).toBeGreaterThan(25_000);
    for (let chat = 0; chat < 30; chat++) expect(sentTo(rig.tg, 9800 + chat)).toHaveLength(1);
    const attempts = await rig.db.db.delivery.findMany({ select: { attempts: true } });
    expect(attempts.map((d) => d.attempts)).toEqual(Array(30).fill(1));
  });

  it("keeps its claims when renewing them is slow: the sender does not run ahead of the renewal", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 0; chat < 12; chat++) await rig.subscribe(9900 + chat, { kind: "towns", townIds: [town] });
    const instance = await rig.instance({
      sender: { ...DEFAULT_SENDER_OPTIONS, ratePerSecond: 1, concurrency: 1, leaseMs: 4_000, waitForRetryMs: 3600_000 },
    });
    // A database that takes a quarter of a second to renew: meanwhile nothing else may
    // move this clock past the lease.
    const renew = instance.outbox.renew.bind(instance.outbox);
    instance.outbox.renew = async (tokens, until) => {
      await new Promise((r) => setTimeout(r, 250));
      return renew(tokens, until);
    };
    rig.clock.set(MONDAY_9);
    await instance.service.tick();
    for (let chat = 0; chat < 12; chat++) expect(sentTo(rig.tg, 9900 + chat)).toHaveLength(1);
    const attempts = await rig.db.db.delivery.findMany({ select: { attempts: true } });
    expect(attempts.map((d) => d.attempts)).toEqual(Array(12).fill(1));
  });

  it("renews the claims of a live sender, so none is taken over while it sends", async () => {
    rig = await digestRig(provider);
    const town = busyTown(rig);
    for (let chat = 0; chat < 3; chat++) await rig.subscribe(9700 + chat, { kind: "towns", townIds: [town] });
    const a = await rig.instance();
    rig.clock.set(MONDAY_9);
    await a.outbox.scheduleDue(rig.clock.now(), 3600_000);
    const claimed = await a.outbox.claim(rig.clock.now(), 3, 60_000);
    rig.clock.advance(50_000);
    expect(await a.outbox.renew([claimed[0]!.claimToken, "someone-else"], new Date(rig.clock.now().getTime() + 60_000))).toBe(3);
    rig.clock.advance(20_000); // past the first lease, within the renewed one
    expect(await a.outbox.claim(rig.clock.now(), 3, 60_000)).toHaveLength(0);
  });
});
