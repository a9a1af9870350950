import { BotComposer } from "../composer.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback, type CardSection } from "../../render/callbacks.ts";
import { cardReply } from "../../render/answer-reply.ts";
import { renderAmbiguous, renderNotFound } from "../../render/fallbacks.ts";
import type { BotContext } from "../context.ts";
import { replace, send } from "../reply.ts";

/** Longest text taken as a town name after a command. */
const MAX_NAME_QUERY = 200;

export function townHandlers(knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();

  const card = (townId: string, section: CardSection, ctx: BotContext) => cardReply(knowledge.current, townId, section, ctx.render);

  const showTown = async (ctx: BotContext, query: string, section: CardSection, command?: string) => {
    const { catalog, towns } = knowledge.current;
    const q = query.trim();
    if (!q) return send(ctx, { text: ctx.render.t("town-usage", { command: `/${command ?? "town"}` }) });
    if (q.length > MAX_NAME_QUERY) return send(ctx, { text: ctx.render.t("text-too-long") });
    const whole = towns.lookup(q);
    // Whole names first; then names inside the text, inflected or misspelt (/town Экибастуза).
    const ids = whole.length ? whole : knowledge.current.understander.understand(q, ctx.lang).towns;
    if (ids.length === 1) return send(ctx, card(ids[0]!, section, ctx));
    if (ids.length > 1) return send(ctx, renderAmbiguous(q, ids, catalog, ctx.render));
    return send(ctx, renderNotFound(q, towns.suggest(q), catalog, ctx.render));
  };

  c.command("town", (ctx) => showTown(ctx, ctx.match, "main", "town"));
  c.command("progress", (ctx) => showTown(ctx, ctx.match, "progress", "progress"));
  c.command("shortfall", (ctx) => showTown(ctx, ctx.match, "funding", "shortfall"));

  c.callbackQuery(/^card:/, async (ctx) => {
    const parsed = parseCallback(ctx.callbackQuery.data);
    const { catalog } = knowledge.current;
    const town = parsed?.kind === "card" ? catalog.towns.get(parsed.townId) : undefined;
    if (parsed?.kind !== "card" || !town) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    await replace(ctx, card(town.id, parsed.section, ctx));
  });

  return c;
}
