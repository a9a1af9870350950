// A reply caught by a Bot API outage goes out on a later try, within moments of the API
// answering again; a reply Telegram refuses is not tried again, and a lasting outage ends
// the update (the bot goes on) instead of holding it for ever.
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Fault = "hang" | "502" | "refuse" | "400";

/** A bot whose sendMessage calls meet the given faults, one per call, then the fake API. */
async function botWithFaults(faults: Fault[], giveUpMs = 5_000) {
  let inner: typeof fetch | undefined;
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    if (String(input).endsWith("/sendMessage")) {
      const fault = faults.shift();
      if (fault === "hang") {
        return new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
      }
      if (fault === "refuse") throw new TypeError("fetch failed: connect ECONNREFUSED");
      if (fault === "502") return new Response(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }), { status: 502 });
      if (fault === "400") return new Response(JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: chat not found" }), { status: 400 });
    }
    return inner!(input, init);
  }) as typeof globalThis.fetch;
  t = await testBot("sqlite", undefined, { fetch, callRetry: { attemptMs: 300, firstBackoffMs: 20, maxBackoffMs: 100, giveUpMs } });
  inner = t.tg.fetch;
  return t;
}

const sends = (b: TestBot) => b.tg.calls.filter((c) => c.method === "sendMessage");

describe("replies through a Bot API outage", () => {
  it("gives up a hung retry after its deadline and sends the reply on the next one", async () => {
    const b = await botWithFaults(["refuse", "hang", "hang"]);
    const started = performance.now();
    await b.send(textUpdate({ id: 811, language_code: "ru" }, "Темиртау"));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sends(b)).toHaveLength(1);
    expect(b.tg.texts.at(-1)).toMatch(/Темиртау/);
  });

  it("tries again after 502s and refused connections", async () => {
    const b = await botWithFaults(["502", "refuse", "502"]);
    await b.send(textUpdate({ id: 812, language_code: "kk" }, "Риддер"));
    expect(sends(b)).toHaveLength(1);
    expect(b.tg.texts.at(-1)).toMatch(/Риддер/);
  });

  it("does not repeat a call Telegram refused", async () => {
    const faults: Fault[] = ["400"];
    const b = await botWithFaults(faults);
    await b.send(textUpdate({ id: 813, language_code: "ru" }, "Темиртау"));
    expect(faults).toHaveLength(0);
    // The refused reply is not sent again; the error notice that follows it goes out.
    expect(sends(b)).toHaveLength(1);
    expect(b.tg.texts.at(-1)).not.toMatch(/Темиртау/);
  });

  it("ends an update whose reply cannot go out for the whole give-up time, and answers the next one", async () => {
    const faults: Fault[] = Array(1000).fill("502");
    const b = await botWithFaults(faults, 300);
    await b.send(textUpdate({ id: 814, language_code: "ru" }, "Темиртау"));
    expect(sends(b)).toHaveLength(0);
    b.tg.calls.length = 0;
    faults.length = 0;
    await b.send(textUpdate({ id: 815, language_code: "ru" }, "Риддер"));
    expect(b.tg.texts.at(-1)).toMatch(/Риддер/);
  });
});
