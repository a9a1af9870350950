// 📎 buttons: a figure's source in a message of its own, under the card it came from.
import { BotComposer } from "../composer.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { renderSource } from "../../render/source.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";

export function sourceHandlers(knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();
  c.callbackQuery(/^src:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    const snap = knowledge.current;
    const townId = p?.kind === "source" && p.townId && snap.catalog.towns.has(p.townId) ? p.townId : null;
    const reply =
      p?.kind === "source"
        ? snap.memo(`${ctx.lang}:source:${p.sourceId}:${townId ?? ""}`, () => renderSource(snap, p.sourceId, townId, ctx.render))
        : undefined;
    if (!reply) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    await send(ctx, reply);
  });
  return c;
}
