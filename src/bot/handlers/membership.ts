// The bot's own membership of a chat: blocked in a private chat or removed from a group,
// the chat's subscriptions stop (nothing could be delivered); let back in, it offers to
// resume them. A group that becomes a supergroup takes its subscriptions along.
import { BotComposer } from "../composer.ts";
import type { NextFunction } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import { renderWelcomeBack } from "../../render/subscriptions.ts";
import type { BotContext, LangContext } from "../context.ts";
import { translator } from "../../i18n.ts";
import { send } from "../reply.ts";

const OUT = new Set(["kicked", "left"]);

export function membershipHandlers(subscriptions: SubscriptionRepo, i18n: I18n<LangContext>) {
  const c = new BotComposer<BotContext>();

  c.on("my_chat_member", async (ctx) => {
    const { old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const chat = ctx.chat;
    if (OUT.has(after.status)) {
      await subscriptions.stopChat(chat.id, chat.type === "private" ? "blocked" : "kicked");
      return;
    }
    const member =
      after.status === "member" || after.status === "administrator" || after.status === "creator" || (after.status === "restricted" && after.is_member);
    if (!OUT.has(before.status) || !member) return;
    const stopped = await subscriptions.stoppedByChat(chat.id);
    if (!stopped.length) return;
    // In the language its digests were written in: in a group, whoever re-added the bot may read another.
    const lang = stopped[0]!.language;
    await send(ctx, renderWelcomeBack(stopped.length, { lang, t: translator(i18n, lang) }));
  });

  c.on("message:migrate_to_chat_id", (ctx) => subscriptions.moveChat(ctx.chat.id, ctx.message.migrate_to_chat_id));
  // Everything else passes at one step.
  const handle = c.middleware();
  return (ctx: BotContext, next: NextFunction) => (ctx.myChatMember || ctx.message?.migrate_to_chat_id ? handle(ctx, next) : next());
}
