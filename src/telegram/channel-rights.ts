// Who may do what in a channel, asked of Telegram (getChatMember): whether the bot may
// post there, and whether a user is one of its admins. The bot asks when a channel's
// digest is set up or changed, the digest's sender before each post; both tell the admin
// who set a digest up when it stops. Here, not in src/bot, so the sender does it with
// its plain API client.
import type { Api } from "grammy";
import type { ChatMember } from "grammy/types";
import type { Logger } from "pino";
import type { StopReason, Subscription } from "../domain/subscription.ts";
import type { Lang } from "../domain/types.ts";
import { renderChannelStopped } from "../render/channels.ts";
import type { RenderContext } from "../render/types.ts";
import { inlineKeyboard } from "./keyboard.ts";

const ADMIN = new Set(["creator", "administrator"]);

export type ChannelCheck = "ok" | "bot_cannot_post" | "not_admin";

/** A member who may post in the channel: its creator, or an admin given that right. */
const canPost = (m: ChatMember) => m.status === "creator" || (m.status === "administrator" && m.can_post_messages === true);

export class ChannelRights {
  private botId: Promise<number> | null;

  /** `botId` when the caller knows it (the bot does); else asked with getMe once. */
  constructor(
    private api: Api,
    botId?: number,
  ) {
    this.botId = botId === undefined ? null : Promise.resolve(botId);
  }

  /** The bot's own id, asked once (the token's prefix would do, but getMe is what Telegram vouches for). */
  private me(): Promise<number> {
    if (!this.botId) {
      this.botId = this.api.getMe().then((me) => me.id);
      this.botId.catch(() => (this.botId = null));
    }
    return this.botId;
  }

  async isAdmin(channelId: number, userId: number): Promise<boolean> {
    return ADMIN.has((await this.api.getChatMember(channelId, userId)).status);
  }

  async botCanPost(channelId: number): Promise<boolean> {
    return canPost(await this.api.getChatMember(channelId, await this.me()));
  }

  /** Both at once: the bot's rights first, since without them nothing else matters. */
  async check(channelId: number, userId: number): Promise<ChannelCheck> {
    if (!(await this.botCanPost(channelId))) return "bot_cannot_post";
    return (await this.isAdmin(channelId, userId)) ? "ok" : "not_admin";
  }
}

/**
 * Tells whoever set up each of these stopped channel subscriptions, once per admin, in
 * the language of the digests. An admin who blocked the bot is not told; the
 * subscriptions are stopped all the same.
 */
export async function tellChannelStopped(
  api: Api,
  stopped: Subscription[],
  reason: StopReason,
  render: (lang: Lang) => RenderContext,
  log: Logger,
): Promise<void> {
  const told = new Set<number>();
  for (const s of stopped) {
    const admin = s.channel?.setupBy;
    if (admin === undefined || told.has(admin)) continue;
    told.add(admin);
    const notice = renderChannelStopped(s, reason, render(s.language));
    await api
      .sendMessage(admin, notice.text, { parse_mode: "HTML", reply_markup: inlineKeyboard(notice.keyboard) })
      .catch((err) => log.warn({ err, admin }, "could not tell a channel's admin its digest stopped"));
  }
}
