// Inline mode: «@bot Балқаш тапшылық» in any chat. The query goes through the same
// understanding as a message; the answer is a few articles rendered like the bot's own
// replies, in the user's language.
import { BotComposer } from "../composer.ts";
import { InlineQueryResultBuilder } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Knowledge } from "../../knowledge.ts";
import { inlineArticles } from "../../render/inline.ts";
import type { BotContext, LangContext } from "../context.ts";
import { inlineKeyboard } from "../../telegram/keyboard.ts";
import { replyIn } from "../language.ts";

/**
 * Telegram keeps an answer this long for the same query. Answers are personal (they
 * follow the user's language), so the cache is per user; five minutes is short enough
 * for an editor's correction to show soon and long enough to spare typing repeats.
 */
const INLINE_CACHE_SECONDS = 300;

/**
 * A message sent through this bot's inline mode («@bot Темиртау», a result chosen) already
 * is the bot's answer. In the bot's own chat it would otherwise arrive as a question and
 * be answered a second time; it is let pass without a reply.
 */
export const skipOwnInlineResults = (ctx: BotContext, next: () => Promise<void>) => (ctx.message?.via_bot?.id === ctx.me.id ? undefined : next());

export function inlineHandlers(knowledge: Knowledge, i18n: I18n<LangContext>) {
  const c = new BotComposer<BotContext>();
  c.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const snap = knowledge.current;
    const u = query ? snap.understander.understand(query, ctx.lang) : null;
    // The stored language, else Telegram's language_code when it is one of ours, else the
    // query's own language («Балқаш тапшылық» from an English-language client: Kazakh).
    const codeSays = /^(ru|kk)\b/i.test(ctx.from.language_code ?? "");
    if (!ctx.langChosen && !codeSays && u?.langSure) replyIn(ctx, i18n, u.lang);
    const articles = inlineArticles(snap, u, ctx.render, ctx.me.username);
    const results = articles.map((a) =>
      InlineQueryResultBuilder.article(a.id, a.title, { description: a.description, reply_markup: inlineKeyboard(a.keyboard) }).text(a.text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      }),
    );
    await ctx.answerInlineQuery(results, {
      cache_time: INLINE_CACHE_SECONDS,
      is_personal: true,
      // Nothing found: a button into the bot, where «did you mean» and /help can help.
      ...(results.length ? {} : { button: { text: ctx.render.t("inline-nothing"), start_parameter: "help" } }),
    });
  });
  return c;
}
