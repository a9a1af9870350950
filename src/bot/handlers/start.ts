import { BotComposer } from "../composer.ts";
import type { I18n } from "@grammyjs/i18n";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import type { UserRepo } from "../../db/users.ts";
import type { Knowledge } from "../../knowledge.ts";
import { cardReply } from "../../render/answer.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { languageKeyboard } from "../../render/misc.ts";
import type { BotContext, LangContext } from "../context.ts";
import { useLanguage } from "../language.ts";
import { send, replace } from "../reply.ts";
import { commandsFor } from "../commands.ts";
import { mayManage } from "../admin.ts";

/** A deep link's payload: a town id (t.me/<bot>?start=temirtau) or "help". */
const START_PAYLOAD = /^[a-z0-9_-]{1,64}$/;

export function startHandlers(users: UserRepo, subscriptions: SubscriptionRepo, i18n: I18n<LangContext>, knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();

  const askLanguage = async (ctx: BotContext) => {
    const kb = languageKeyboard();
    // Mark the language we would answer in until the user chooses.
    for (const b of kb[0]!) if ("data" in b && b.data.endsWith(ctx.lang)) b.text = `✓ ${b.text}`;
    await send(ctx, { text: ctx.render.t("choose-language"), keyboard: kb });
  };

  c.command("start", async (ctx) => {
    const payload = ctx.match.trim();
    // Deep links from shared cards and inline results open what they point at.
    if (START_PAYLOAD.test(payload)) {
      if (knowledge.current.catalog.towns.has(payload)) return send(ctx, cardReply(knowledge.current, payload, "main", ctx.render));
      if (payload === "help") return send(ctx, { text: ctx.render.t("help") });
    }
    return askLanguage(ctx);
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
      await ctx.api.setMyCommands(commandsFor(ctx.render.t), { scope: { type: "chat", chat_id: ctx.chat.id } });
    }
  });

  c.command("help", (ctx) => send(ctx, { text: ctx.render.t("help") }));
  return c;
}
