// Who may change a chat's subscriptions: anyone in a private chat, only admins in a group.
import type { Context } from "grammy";

const ADMIN_STATUSES = new Set(["creator", "administrator"]);

export const isGroup = (ctx: Context) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** An admin posting as the group itself: Telegram hides who it is, but only admins can. */
export const isAnonymousAdmin = (ctx: Context) => !!ctx.chat && ctx.message?.sender_chat?.id === ctx.chat.id;

export async function mayManage(ctx: Context): Promise<boolean> {
  if (!ctx.chat || ctx.chat.type === "channel") return false;
  if (ctx.chat.type === "private") return true;
  if (isAnonymousAdmin(ctx)) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
  return ADMIN_STATUSES.has(member.status);
}
