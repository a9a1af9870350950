// What the bot says about channels' digests, for the reply audit: the pointer posted in a
// channel, the setup's refusals and outcome, the list of channels, the stop notices.
import type { StopReason, Subscription } from "../../../src/domain/subscription.ts";
import type { Catalog } from "../../../src/domain/types.ts";
import { renderChannelCancelled, renderChannelDone, renderChannelList, renderChannelPostSetup, renderChannelStopped } from "../../../src/render/channels.ts";
import type { Keyboard, RenderContext } from "../../../src/render/types.ts";

type Push = (kind: string, town: string, text: string, keyboard?: Keyboard) => void;

export function channelReplies(catalog: Catalog, ctx: RenderContext, other: RenderContext, push: Push) {
  const base: Subscription = {
    id: 1,
    chatId: -1001,
    scope: { kind: "tier", tierId: [...catalog.tiers][0]!.id },
    schedule: { weekday: 1, hour: 9, minute: 0 },
    language: ctx.lang,
    state: "active",
    stopReason: null,
    nextDueAt: new Date("2026-11-30T04:00:00Z"),
    lastStateId: null,
    lastSentAt: null,
    channel: { setupBy: 1, title: "Моноқалалар" },
  };
  // Posted in the channel in both languages: each half is read in its own.
  const post = renderChannelPostSetup("https://t.me/monoqala_bot?start=channel-1001", ctx, other);
  push("channel:post", "", post.text.split("\n\n")[0]!, [post.keyboard![0]!]);
  const vars = { title: "Моноқалалар" };
  for (const key of ["channel-pick", "channel-private-only", "channel-bot-cannot-post", "channel-admins-only", "channel-setup-intro", "channel-gone"])
    push(`channel:${key}`, "", ctx.t(key, vars));
  push("channel:buttons", "", ctx.t("btn-channel-pick"));
  for (const existed of [false, true]) {
    const r = renderChannelDone(catalog, base, existed, ctx);
    push("channel:done", "", r.text, r.keyboard);
  }
  const stopped: Subscription[] = (["no_rights", "admin_gone", "kicked"] as StopReason[]).map((reason, i) => ({
    ...base,
    id: i + 2,
    state: "stopped",
    stopReason: reason,
  }));
  const list = renderChannelList(catalog, [base, { ...base, id: 5, state: "paused" }, ...stopped], ctx)!;
  push("channel:list", "", list.text, list.keyboard);
  push("channel:cancelled", "", renderChannelCancelled(catalog, base, ctx).text);
  for (const s of stopped) push("channel:stopped", "", renderChannelStopped(s, s.stopReason!, ctx).text);
}
