// Digests into channels. A channel post names no sender, so nothing is set up in the
// channel itself: `/subscribe` posted there gets a pointer to a private chat with the bot
// (a deep link naming the channel). In private, an admin picks the channel with a
// request_chat button (`/channel`; Telegram offers only channels where both the user and
// the bot may post), forwards one of its posts, or follows that deep link; the bot asks
// Telegram whether the user is the channel's admin and whether it may post there, then
// runs the usual subscription wizard for the channel. `/subscriptions` in private also
// lists the channels the user set up, with pause, resume, schedule and cancel, each
// checked against the channel's admins when pressed. The bot's own rights lost or the bot
// removed: the channel's subscriptions stop and whoever set them up is told in private.
import { Keyboard, type NextFunction } from "grammy";
import type { Logger } from "pino";
import type { Clock } from "../../clock.ts";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import type { StopReason } from "../../domain/subscription.ts";
import type { Lang } from "../../domain/types.ts";
import type { Knowledge } from "../../knowledge.ts";
import { translator, type Translations } from "../../i18n.ts";
import {
  channelPayload,
  parseChannelCallback,
  parseChannelPayload,
  renderChannelCancelled,
  renderChannelDone,
  renderChannelList,
  renderChannelPostSetup,
} from "../../render/channels.ts";
import { escapeHtml } from "../../render/format.ts";
import { type ChannelCheck, tellChannelStopped } from "../../telegram/channel-rights.ts";
import { channelCheck } from "../channel-check.ts";
import { BotComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";
import { replace, send } from "../reply.ts";
import type { Wizards } from "../wizards/wizards.ts";

/** The request_chat button's id: the chat_shared answer carries it back. */
const PICK_CHANNEL = 2101;

const ALL_RIGHTS_OFF = {
  is_anonymous: false,
  can_manage_chat: false,
  can_delete_messages: false,
  can_manage_video_chats: false,
  can_restrict_members: false,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: false,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_send_welcome_messages: false,
};
/** What Telegram requires of both sides before it offers a channel: the right to post in it. */
const MAY_POST = { ...ALL_RIGHTS_OFF, can_post_messages: true };

export interface ChannelDeps {
  knowledge: Knowledge;
  subscriptions: SubscriptionRepo;
  i18n: Translations;
  clock: Clock;
  log: Logger;
  wizards: Wizards;
}

export function channelHandlers(deps: ChannelDeps) {
  const { subscriptions } = deps;
  const catalog = () => deps.knowledge.current.catalog;
  const render = (lang: Lang) => ({ lang, t: translator(deps.i18n, lang) });
  const c = new BotComposer<BotContext>();

  // In the channel: only its admins can post, but the post does not say which one.
  c.on("channel_post:entities:bot_command", async (ctx, next) => {
    const command = /^\/(subscribe|subscriptions|unsubscribe|channel)(@\w+)?(\s|$)/.exec(ctx.channelPost.text ?? "");
    if (!command) return next();
    const link = `https://t.me/${ctx.me.username}?start=${channelPayload(ctx.chat.id)}`;
    await send(ctx, renderChannelPostSetup(link, render("ru"), render("kk")));
  });

  /** The setup for one channel, once Telegram has confirmed who may do what there. */
  const setUp = async (ctx: BotContext, channelId: number, knownTitle?: string, checked?: ChannelCheck) => {
    const title =
      knownTitle ??
      (await ctx.api
        .getChat(channelId)
        .then((chat) => ("title" in chat ? chat.title : undefined))
        .catch(() => undefined));
    const vars = { title: escapeHtml(title ?? String(channelId)) };
    const check = checked ?? (await channelCheck(ctx, channelId, ctx.from!.id));
    if (check === "bot_cannot_post") return send(ctx, { text: ctx.render.t("channel-bot-cannot-post", vars) });
    if (check === "not_admin") return send(ctx, { text: ctx.render.t("channel-admins-only", vars) });
    // A plain message takes the channel-picking keyboard away; the wizard's screens are inline.
    await ctx.reply(ctx.render.t("channel-setup-intro", vars), { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
    await deps.wizards.subscribe(ctx, { channel: { chatId: channelId, title: title ?? String(channelId) } });
  };

  const inPrivate = c.chatType("private");
  inPrivate.command("start", (ctx, next) => {
    const channelId = parseChannelPayload(ctx.match.trim());
    return channelId === null ? next() : setUp(ctx, channelId);
  });
  inPrivate.command("channel", (ctx) =>
    ctx.reply(ctx.render.t("channel-pick"), {
      parse_mode: "HTML",
      reply_markup: new Keyboard()
        .requestChat(ctx.render.t("btn-channel-pick"), PICK_CHANNEL, {
          chat_is_channel: true,
          user_administrator_rights: MAY_POST,
          bot_administrator_rights: MAY_POST,
          request_title: true,
        })
        .resized()
        .oneTime(),
    }),
  );
  c.command("channel", (ctx) => send(ctx, { text: ctx.render.t("channel-private-only") }));
  inPrivate.on("message:chat_shared", (ctx, next) => {
    const shared = ctx.message.chat_shared;
    return shared.request_id === PICK_CHANNEL ? setUp(ctx, shared.chat_id, shared.title) : next();
  });
  // A forwarded post is also what a reader sends to ask about the news in it: only a
  // channel where this user may set the digest up starts the setup; anyone else's words
  // are read as a question, and a forward with no words gets the reason it cannot be set up.
  inPrivate.on("message:forward_origin", async (ctx, next) => {
    const origin = ctx.message.forward_origin;
    if (origin.type !== "channel") return next();
    const check = await channelCheck(ctx, origin.chat.id, ctx.from.id);
    if (check !== "ok" && (ctx.message.text || ctx.message.caption)) return next();
    return setUp(ctx, origin.chat.id, origin.chat.title, check);
  });

  // The chat's own subscriptions first, then the channels this user set up.
  const withChannels = async (ctx: BotContext, next: NextFunction) => {
    await next();
    const list = renderChannelList(catalog(), await subscriptions.setUpBy(ctx.from!.id), ctx.render);
    if (list) await send(ctx, list);
  };
  inPrivate.command("subscriptions", withChannels);
  inPrivate.callbackQuery("sublist", withChannels);

  c.callbackQuery(/^chan:/, async (ctx) => {
    const p = parseChannelCallback(ctx.callbackQuery.data);
    const r = ctx.render;
    if (!p) return ctx.answerCallbackQuery({ text: r.t("stale-button") });
    const showList = async () => {
      const list = renderChannelList(catalog(), await subscriptions.setUpBy(ctx.from.id), r);
      return list ? replace(ctx, list) : replace(ctx, { text: r.t("channel-gone") });
    };
    if (p.action === "list") {
      await ctx.answerCallbackQuery();
      return showList();
    }
    const sub = await subscriptions.getChannel(p.id);
    // Only ↩ reaches a cancelled subscription: it brings it back.
    if (!sub?.channel || (sub.state === "cancelled") !== (p.action === "undo")) return ctx.answerCallbackQuery({ text: r.t("channel-gone") });
    const vars = { title: sub.channel.title };
    // Any admin of the channel may change it, checked now; resuming (or bringing back) also needs the bot's right to post.
    const check = await channelCheck(ctx, sub.chatId, ctx.from.id);
    if (check === "not_admin") return ctx.answerCallbackQuery({ text: r.t("channel-admins-only", vars) });
    if (check === "bot_cannot_post" && (p.action === "resume" || p.action === "undo")) {
      return ctx.answerCallbackQuery({ text: r.t("channel-bot-cannot-post", vars) });
    }
    const now = deps.clock.now();
    switch (p.action) {
      case "pause":
      case "resume": {
        const done = p.action === "pause" ? await subscriptions.pause(sub.id, sub.chatId) : await subscriptions.resume(sub.id, sub.chatId, now);
        if (!done) return ctx.answerCallbackQuery({ text: r.t("channel-gone") });
        await ctx.answerCallbackQuery();
        return showList();
      }
      case "cancel": {
        const done = await subscriptions.cancel(sub.id, sub.chatId);
        if (!done) return ctx.answerCallbackQuery({ text: r.t("channel-gone") });
        await ctx.answerCallbackQuery();
        return replace(ctx, renderChannelCancelled(catalog(), done, r));
      }
      case "undo": {
        // The same scope, schedule and language; whoever pressed ↩ becomes the one told if it stops.
        const again = await subscriptions.subscribe({
          chatId: sub.chatId,
          scope: sub.scope,
          schedule: sub.schedule,
          language: sub.language,
          createdBy: ctx.from.id,
          channel: { setupBy: ctx.from.id, title: sub.channel.title },
          now,
        });
        await ctx.answerCallbackQuery();
        return replace(ctx, renderChannelDone(catalog(), again.subscription, again.existed, r));
      }
      case "when":
        await ctx.answerCallbackQuery();
        return deps.wizards.schedule(ctx, sub.id, sub.chatId);
    }
  });

  // The bot's own membership of a channel. Nothing is posted in the channel about it:
  // its readers are not who manages the digest.
  c.on("my_chat_member", async (ctx, next) => {
    if (ctx.chat.type !== "channel") return next();
    const after = ctx.myChatMember.new_chat_member;
    let reason: StopReason | null = null;
    if (after.status === "left" || after.status === "kicked") reason = "kicked";
    else if (after.status === "administrator" && !after.can_post_messages) reason = "no_rights";
    if (!reason) return;
    const stopped = await subscriptions.stopChannel(ctx.chat.id, reason);
    await tellChannelStopped(ctx.api, stopped, reason, render, ctx.log);
  });

  const handle = c.middleware();
  // Everything else passes at one step.
  return (ctx: BotContext, next: NextFunction) =>
    ctx.channelPost ||
    ctx.callbackQuery?.data?.startsWith("chan:") ||
    ctx.callbackQuery?.data === "sublist" ||
    ctx.message?.text?.startsWith("/") ||
    ctx.message?.chat_shared ||
    ctx.message?.forward_origin?.type === "channel" ||
    ctx.myChatMember?.chat.type === "channel"
      ? handle(ctx, next)
      : next();
}
