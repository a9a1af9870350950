import { describe, expect, it } from "vitest";
import { Context, Composer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { BotComposer } from "../../src/bot/composer.ts";

const me = { id: 1, is_bot: true, first_name: "b", username: "b_bot" } as UserFromGetMe;
const ctxOf = (update: Partial<Update>) => new Context({ update_id: 1, ...update } as Update, {} as never, me);
const text = (t: string) =>
  ctxOf({
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 5, type: "private", first_name: "u" },
      from: { id: 5, is_bot: false, first_name: "u" },
      text: t,
      ...(t.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: t.split(" ")[0]!.length }] } : {}),
    },
  });
const press = (data: string) => ctxOf({ callback_query: { id: "1", chat_instance: "1", from: { id: 5, is_bot: false, first_name: "u" }, data } });

async function run(c: Composer<Context>, ctx: Context) {
  let passed = false;
  await c.middleware()(ctx, async () => void (passed = true));
  return passed;
}

// BotComposer stands in for grammY's Composer and relies on how grammY routes filters:
// every behaviour is checked against grammY's own Composer too, so a grammY upgrade that
// changes one of them fails here (grammY is pinned to an exact version for the same reason).
describe.each([
  ["grammY's Composer", Composer],
  ["BotComposer", BotComposer],
] as const)("%s", (_name, Impl) => {
  it("runs a filter's branch only for updates that match, and passes the rest on", async () => {
    const seen: string[] = [];
    const c = new Impl<Context>();
    c.callbackQuery(/^card:/, (ctx) => void seen.push(`card ${ctx.callbackQuery.data}`));
    c.on("message:text", (ctx) => void seen.push(`text ${ctx.message.text}`));
    expect(await run(c, press("card:x"))).toBe(false);
    expect(await run(c, text("hi"))).toBe(false);
    expect(await run(c, press("other"))).toBe(true);
    expect(seen).toEqual(["card card:x", "text hi"]);
  });

  it("nests: a filter's branch filters again, and calling next leaves it", async () => {
    const seen: string[] = [];
    const c = new Impl<Context>();
    const pm = c.chatType("private");
    expect(pm).toBeInstanceOf(Impl);
    pm.command("start", (ctx) => void seen.push(`start ${ctx.match}`));
    pm.on("message", (_ctx, next) => next());
    c.on("message", () => void seen.push("after"));
    await run(c, text("/start temirtau"));
    await run(c, text("plain"));
    expect(seen).toEqual(["start temirtau", "after"]);
  });

  it("runs middleware added to a branch after it was registered", async () => {
    const c = new Impl<Context>();
    const branch = c.on("message");
    let hit = 0;
    branch.use(() => void hit++);
    await run(c, text("x"));
    expect(hit).toBe(1);
  });

  it("awaits an asynchronous predicate both ways", async () => {
    const c = new Impl<Context>();
    const seen: string[] = [];
    c.filter(
      async (ctx) => ctx.message?.text === "yes",
      () => void seen.push("yes"),
    );
    c.drop(
      async (ctx) => ctx.message?.text === "yes",
      () => void seen.push("dropped-branch"),
    );
    expect(await run(c, text("yes"))).toBe(false);
    expect(await run(c, text("no"))).toBe(false);
    expect(seen).toEqual(["yes", "dropped-branch"]);
  });

  it("runs links in order, objects with middleware() too, and stops where one does not call next", async () => {
    const seen: string[] = [];
    const c = new Impl<Context>();
    c.use(async (_ctx, next) => {
      seen.push("a");
      await next();
      seen.push("a after");
    });
    const later = c.use();
    c.use(new Composer<Context>((_ctx, next) => (seen.push("object"), next())));
    c.use(() => void seen.push("end"));
    c.use(() => void seen.push("never"));
    later.use((_ctx, next) => (seen.push("added later"), next()));
    expect(await run(c, text("x"))).toBe(false);
    expect(seen).toEqual(["a", "added later", "object", "end", "a after"]);
  });

  it("turns a synchronous throw into a rejection, as grammY's chain does", async () => {
    const c = new Impl<Context>();
    c.use((_ctx, next) => next());
    c.use(() => {
      throw new Error("sync");
    });
    const p = c.middleware()(text("x"), async () => {});
    expect(p).toBeInstanceOf(Promise);
    await expect(p).rejects.toThrow("sync");
  });

  it("lets errors from a branch reach the caller", async () => {
    const c = new Impl<Context>();
    c.on("message", () => {
      throw new Error("boom");
    });
    await expect(run(c, text("x"))).rejects.toThrow("boom");
  });
});
