// Long polling against a fake Bot API over HTTP that can hang, fail and conflict: the
// bot keeps polling, resumes within seconds, says so once, and stops only for a conflict
// that lasts.
import type { RunnerHandle } from "@grammyjs/runner";
import { afterEach, describe, expect, it } from "vitest";
import { Polling, PollingStopped, type PollingOptions } from "../../src/bot/polling.ts";
import { systemClock } from "../../src/clock.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import { FakePollingApi } from "../../src/fake-telegram/polling.ts";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { createLogger } from "../../src/log.ts";
import { Metrics } from "../../src/server/metrics.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";

let t: TestBot | undefined;
let api: FakePollingApi | undefined;
let runner: RunnerHandle | undefined;
afterEach(async () => {
  if (runner?.isRunning()) await runner.stop();
  await api?.close();
  await t?.close();
  t = api = runner = undefined;
});

/** Short times, so a test of a minute's outage takes a second or two. */
const FAST = { longPollSeconds: 1, graceMs: 300, firstBackoffMs: 50, maxBackoffMs: 200, conflictGiveUpMs: 1500 };

async function polling(opts: Partial<PollingOptions> = {}) {
  const tg = new FakeTelegram();
  api = await new FakePollingApi(tg).start();
  const metrics = new Metrics({ defaults: false });
  const lines: string[] = [];
  const log = createLogger("info", [], { write: (s: string) => void lines.push(s) });
  t = await testBot("sqlite", undefined, { apiRoot: api.url, fetch: undefined, metrics });
  const p = new Polling(t.bot, { allowedUpdates: ["message"], clock: systemClock, log, ...FAST, ...opts });
  runner = p.start();
  const logged = (re: RegExp) => lines.filter((l) => re.test(JSON.parse(l).msg as string)).length;
  return { tg, api, p, metrics, logged, runner };
}

const until = async (what: () => boolean, ms = 5000) => {
  const end = performance.now() + ms;
  while (!what() && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
  return what();
};
const answeredTo = (tg: FakeTelegram, chat: number) => tg.calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === chat);

describe("long polling", () => {
  it("never confirms an update still being handled, so a crash cannot lose it, and handles none twice", async () => {
    const tg = new FakeTelegram();
    api = await new FakePollingApi(tg).start();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The reply to 801 takes as long as the test says: its update is being handled meanwhile.
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith("/sendMessage") && String(init?.body).includes('"chat_id":801')) await held;
      return globalThis.fetch(input, init);
    }) as typeof globalThis.fetch;
    t = await testBot("sqlite", undefined, { apiRoot: api.url, fetch });
    runner = new Polling(t.bot, { allowedUpdates: ["message"], clock: systemClock, log: createLogger("silent"), ...FAST }).start();
    const slow = textUpdate({ id: 801, language_code: "ru" }, "Темиртау");
    const quick = textUpdate({ id: 802, language_code: "ru" }, "Риддер");
    api.push(slow);
    await until(() => api!.polls >= 2);
    api.push(quick);
    expect(await until(() => answeredTo(tg, 802))).toBe(true);
    // Polling went on past 802, and Telegram still holds 801: a crash now would not lose it.
    await new Promise((r) => setTimeout(r, 300));
    expect(api.confirmed).toBeLessThan(slow.update_id);
    release();
    expect(await until(() => answeredTo(tg, 801))).toBe(true);
    expect(await until(() => api!.confirmed >= quick.update_id)).toBe(true);
    for (const chat of [801, 802]) expect(tg.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chat)).toHaveLength(1);
  });

  it("answers updates, and a single 409 Conflict is retried instead of ending the process", async () => {
    const { tg, api, runner } = await polling();
    api.conflict(1);
    api.push(textUpdate({ id: 701, language_code: "ru" }, "Темиртау"));
    expect(await until(() => answeredTo(tg, 701))).toBe(true);
    expect(runner.isRunning()).toBe(true);
    api.push(textUpdate({ id: 702, language_code: "ru" }, "Риддер"));
    expect(await until(() => answeredTo(tg, 702))).toBe(true);
  });

  it("stops with a message naming the cause when the conflict persists", async () => {
    const { api, runner } = await polling();
    api.conflict(1_000_000);
    const err = await runner.task()!.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PollingStopped);
    expect(String((err as Error).message)).toMatch(/another process is receiving this bot's updates \(409 Conflict/);
    expect(runner.isRunning()).toBe(false);
  });

  it("gives up a hung request, reports the outage once, and resumes within a second of the API answering", async () => {
    const { tg, api, p, logged, metrics } = await polling();
    await api.set("hang");
    // The long poll (1 s) and its grace pass: the hung request counts as failed.
    expect(await until(() => p.failingForMs() > 0, 4000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(p.failingForMs()).toBeGreaterThan(900);
    await api.set("none");
    const back = performance.now();
    api.push(textUpdate({ id: 703, language_code: "ru" }, "Темиртау"));
    expect(await until(() => answeredTo(tg, 703))).toBe(true);
    expect(performance.now() - back).toBeLessThan(1500);
    expect(p.failingForMs()).toBe(0);
    expect(logged(/Bot API unreachable/)).toBe(1);
    expect(logged(/polling resumed/)).toBe(1);
    expect(await metrics.text()).toMatch(/monoqala_telegram_api_errors_total\{method="getUpdates",code="network"\} [1-9]/);
  });

  it("counts 502s and refused connections, and loses no update queued meanwhile", async () => {
    const { tg, api, p, metrics } = await polling();
    await api.set("error");
    api.push(textUpdate({ id: 704, language_code: "ru" }, "Темиртау"));
    expect(await until(() => p.failingForMs() > 300)).toBe(true);
    await api.set("refuse");
    await new Promise((r) => setTimeout(r, 500));
    await api.set("none");
    api.push(textUpdate({ id: 705, language_code: "ru" }, "Риддер"));
    expect(await until(() => answeredTo(tg, 704) && answeredTo(tg, 705))).toBe(true);
    const text = await metrics.text();
    expect(text).toMatch(/monoqala_telegram_api_errors_total\{method="getUpdates",code="502"\} [1-9]/);
    expect(text).toMatch(/monoqala_telegram_api_errors_total\{method="getUpdates",code="network"\} [1-9]/);
  });
});
