// Whether a user may set up or change a channel's digest now: the bot must be able to
// post there and the user must be one of its admins (asked of Telegram each time).
import { GrammyError, type Context } from "grammy";
import { ChannelRights, type ChannelCheck } from "../telegram/channel-rights.ts";

export async function channelCheck(ctx: Context, channelId: number, userId: number): Promise<ChannelCheck> {
  try {
    return await new ChannelRights(ctx.api, ctx.me.id).check(channelId, userId);
  } catch (e) {
    // Not a member, or no such chat: Telegram will not say who is who there, so the bot cannot post.
    if (e instanceof GrammyError && (e.error_code === 400 || e.error_code === 403)) return "bot_cannot_post";
    throw e;
  }
}
