import { BotComposer } from "../composer.ts";
import type { I18n } from "@grammyjs/i18n";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import type { UserRepo } from "../../db/users.ts";
import type { Knowledge } from "../../knowledge.ts";
import { cardReply, regionReply } from "../../render/answer-reply.ts";
import { renderCompare } from "../../render/compare.ts";
import { parseStartPayload } from "../../render/deep-links.ts";
import { renderOverview, renderTier, renderTiers } from "../../render/national.ts";
import type { Reply } from "../../render/types.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { languageKeyboard } from "../../render/language.ts";
import type { BotContext, LangContext } from "../context.ts";
import { useLanguage } from "../language.ts";
import { send, replace } from "../reply.ts";
import { commandsFor, type MenuOptions } from "../commands.ts";
import { mayManage } from "../admin.ts";

export function startHandlers(users: UserRepo, subscriptions: SubscriptionRepo, i18n: I18n<LangContext>, knowledge: Knowledge, menu: MenuOptions = {}) {
  const c = new BotComposer<BotContext>();

  const askLanguage = async (ctx: BotContext) => {
    const kb = languageKeyboard();
    // Mark the language we would answer in until the user chooses.
    for (const b of kb[0]!) if ("data" in b && b.data.endsWith(ctx.lang)) b.text = `✓ ${b.text}`;
    await send(ctx, { text: ctx.render.t("choose-language"), keyboard: kb });
  };

  c.command("start", async (ctx) => {
    // Deep links from shared cards and inline results open what they point at.
    const reply = deepLinkReply(ctx.match.trim(), knowledge, ctx.render);
    return reply ? send(ctx, reply) : askLanguage(ctx);
  });
  c.command("language", askLanguage);

  c.callbackQuery(/^lang:/, async (ctx) => {
    const parsed = parseCallback(ctx.callbackQuery.data);
    if (parsed?.kind !== "lang") return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    // A group's command menu and digests are everyone's: only its admins switch them.
    const group = ctx.chat !== undefined && ctx.chat.type !== "private";
    if (group && !(await mayManage(ctx))) return ctx.answerCallbackQuery({ text: ctx.render.t("language-admins-only") });
    await users.setLanguage(
      { id: ctx.from.id, languageCode: ctx.from.language_code, firstName: ctx.from.first_name, username: ctx.from.username },
      parsed.lang,
    );
    useLanguage(ctx, i18n, parsed.lang);
    await ctx.answerCallbackQuery();
    // Digests follow the chat's language; a group's follows only its admins' choice.
    if (ctx.chat) await subscriptions.setLanguage(ctx.chat.id, parsed.lang);
    await replace(ctx, { text: `${ctx.render.t("language-saved")}\n\n${ctx.render.t("welcome")}` });
    // The command menu of this chat follows the chosen language.
    if (ctx.chat) {
      await ctx.api.setMyCommands(commandsFor(ctx.render.t, menu), { scope: { type: "chat", chat_id: ctx.chat.id } });
    }
  });

  c.command("help", (ctx) => send(ctx, { text: ctx.render.t("help") }));
  return c;
}

/** The reply a deep link's payload points at; undefined for a payload that names nothing we know. */
function deepLinkReply(payload: string, knowledge: Knowledge, ctx: BotContext["render"]): Reply | undefined {
  const target = parseStartPayload(payload);
  const snap = knowledge.current;
  const { catalog } = snap;
  switch (target?.kind) {
    case "town":
      return catalog.towns.has(target.townId) ? cardReply(snap, target.townId, "main", ctx) : undefined;
    case "history":
      return catalog.towns.has(target.townId) ? cardReply(snap, target.townId, "history", ctx) : undefined;
    case "help":
      return { text: ctx.t("help") };
    case "tiers":
      return renderTiers(catalog, ctx);
    case "overview":
      return renderOverview(catalog, ctx);
    case "tier":
      return renderTier(catalog, target.tierId, ctx);
    case "region":
      return regionReply(snap, target.regionId, ctx);
    case "compare": {
      const towns = [...new Set(target.townIds)];
      return towns.length > 1 && towns.every((id) => catalog.towns.has(id)) ? renderCompare(catalog, towns, ctx) : undefined;
    }
    default:
      return undefined;
  }
}
