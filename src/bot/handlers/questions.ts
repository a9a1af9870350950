// Free text in a private chat: understood (language, intent, towns), answered in the
// language it was written in. Groups only get answers to commands.
import { BotComposer } from "../composer.ts";
import type { I18n } from "@grammyjs/i18n";
import type { Knowledge } from "../../knowledge.ts";
import { answer } from "../../render/answer-reply.ts";
import type { BotContext, LangContext } from "../context.ts";
import { replyIn } from "../language.ts";
import { send } from "../reply.ts";
import { presetFrom, type SubscriptionFlows } from "./subscriptions.ts";

/** Longer messages are not questions we can answer well; say so instead of guessing. */
const MAX_QUESTION = 1000;

export function questionHandlers(knowledge: Knowledge, i18n: I18n<LangContext>, flows: SubscriptionFlows) {
  const c = new BotComposer<BotContext>();
  const pm = c.chatType("private");
  pm.on("message:text", async (ctx) => {
    const text = ctx.message.text;
    if (text.startsWith("/")) return send(ctx, { text: ctx.render.t("help") });
    if (text.length > MAX_QUESTION) return send(ctx, { text: ctx.render.t("text-too-long") });
    const snap = knowledge.current;
    const u = snap.understander.understand(text, ctx.lang);
    replyIn(ctx, i18n, u.lang);
    // Asking to (un)subscribe does something rather than answers: a wizard, or the unsubscribe flow.
    if (u.intent === "subscribe") return flows.subscribe(ctx, presetFrom(snap.catalog, u));
    if (u.intent === "unsubscribe") return flows.unsubscribe(ctx, u, text);
    return send(ctx, answer(snap, u, text, ctx.render));
  });
  pm.on("message", (ctx) => send(ctx, { text: ctx.render.t("unsupported-message") }));
  return c;
}
