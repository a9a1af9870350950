import { BotComposer } from "../composer.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { renderOverview, renderTier, renderTiers } from "../../render/national.ts";
import { regionReply } from "../../render/answer-reply.ts";
import type { BotContext } from "../context.ts";
import { replace, send } from "../reply.ts";

export function nationalHandlers(knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();
  c.command("tiers", (ctx) => send(ctx, renderTiers(knowledge.current.catalog, ctx.render)));
  c.command("overview", (ctx) => send(ctx, renderOverview(knowledge.current.catalog, ctx.render)));

  c.callbackQuery(/^(tier:|tiers$|overview$|region:)/, async (ctx) => {
    const parsed = parseCallback(ctx.callbackQuery.data);
    const { catalog } = knowledge.current;
    const region = parsed?.kind === "region" ? regionReply(knowledge.current, parsed.regionId, ctx.render) : undefined;
    if (!parsed || (parsed.kind === "region" && !region)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    if (region) return replace(ctx, region);
    if (parsed?.kind === "tier") return replace(ctx, renderTier(catalog, parsed.tierId, ctx.render));
    if (parsed?.kind === "tiers") return replace(ctx, renderTiers(catalog, ctx.render));
    if (parsed?.kind === "overview") return replace(ctx, renderOverview(catalog, ctx.render));
  });
  return c;
}
