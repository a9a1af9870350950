// Replies about digests posted into channels: the pointer to the private setup (posted in
// the channel, in both languages: a channel has no reader's language to go by), the
// setup's outcome, the list of the channels a user set up with its buttons, and the notice
// to the admin when a channel's digest stops.
import type { StopReason, Subscription } from "../domain/subscription.ts";
import type { Catalog } from "../domain/types.ts";
import { scheduleText, scopeText } from "./digest.ts";
import { escapeHtml } from "./format.ts";
import { dueText } from "./subscriptions.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

/** The deep link's payload that opens a channel's setup: `channel-1001234567890` for the channel -1001234567890. */
export const channelPayload = (channelId: number) => `channel${channelId}`;

export function parseChannelPayload(payload: string): number | null {
  const m = /^channel(-\d{1,20})$/.exec(payload);
  return m ? Number(m[1]) : null;
}

export type ChannelAction = "pause" | "resume" | "cancel" | "undo" | "when";
const ACTIONS = new Set<string>(["pause", "resume", "cancel", "undo", "when"]);

/** Buttons of the channel list: the subscription's id is enough, its admin is checked on each press. */
const chanCb = {
  list: () => "chan:list",
  act: (action: ChannelAction, id: number) => `chan:${action}:${id}`,
};

export function parseChannelCallback(data: string): { action: "list" } | { action: ChannelAction; id: number } | null {
  if (data === "chan:list") return { action: "list" };
  const m = /^chan:([a-z]+):(\d{1,12})$/.exec(data);
  if (!m || !ACTIONS.has(m[1]!)) return null;
  return { action: m[1] as ChannelAction, id: Number(m[2]) };
}

const title = (sub: Subscription) => escapeHtml(sub.channel?.title ?? "");

/** Posted in the channel after `/subscribe` there: both languages, one button each to the private setup. */
export function renderChannelPostSetup(link: string, ru: RenderContext, kk: RenderContext): Reply {
  return {
    text: `${ru.t("channel-post-setup")}\n\n${kk.t("channel-post-setup")}`,
    keyboard: [[{ text: ru.t("btn-channel-setup"), url: link }], [{ text: kk.t("btn-channel-setup"), url: link }]],
  };
}

const listButton = (ctx: RenderContext): Keyboard => [[{ text: ctx.t("btn-channels"), data: chanCb.list() }]];

export function renderChannelDone(catalog: Catalog, sub: Subscription, existed: boolean, ctx: RenderContext): Reply {
  const text = ctx.t("channel-done", {
    title: title(sub),
    scope: scopeText(catalog, sub.scope, ctx),
    schedule: scheduleText(sub.schedule, ctx),
    first: dueText(sub.nextDueAt, ctx),
  });
  return { text: existed ? `${text}\n${ctx.t("channel-existed")}` : text, keyboard: listButton(ctx) };
}

const STATE_KEYS: Partial<Record<StopReason, string>> = {
  no_rights: "channels-state-no-rights",
  admin_gone: "channels-state-admin-gone",
};

function stateText(sub: Subscription, ctx: RenderContext): string {
  if (sub.state === "paused") return ctx.t("subs-state-paused");
  if (sub.state !== "stopped") return "";
  return ctx.t((sub.stopReason && STATE_KEYS[sub.stopReason]) ?? "channels-state-removed");
}

/** The channels' subscriptions a user set up; null when there are none. */
export function renderChannelList(catalog: Catalog, subs: Subscription[], ctx: RenderContext): Reply | null {
  if (!subs.length) return null;
  const lines = subs.map((s, i) =>
    ctx.t("channels-line", {
      n: i + 1,
      title: title(s),
      scope: scopeText(catalog, s.scope, ctx),
      schedule: scheduleText(s.schedule, ctx),
      state: stateText(s, ctx),
    }),
  );
  const keyboard: Keyboard = subs.map((s, i) => [
    s.state === "active" ? { text: `${i + 1} ⏸`, data: chanCb.act("pause", s.id) } : { text: `${i + 1} ▶`, data: chanCb.act("resume", s.id) },
    { text: `${i + 1} 🕘`, data: chanCb.act("when", s.id) },
    { text: `${i + 1} ✖`, data: chanCb.act("cancel", s.id) },
  ]);
  return { text: [ctx.t("channels-title"), "", ...lines, "", ctx.t("subs-hint")].join("\n"), keyboard };
}

/** A channel's digest cancelled, with ↩ to bring it back as it was (its admin checked again on the press). */
export function renderChannelCancelled(catalog: Catalog, sub: Subscription, ctx: RenderContext): Reply {
  return {
    text: ctx.t("channel-unsubscribed", { title: title(sub), scope: scopeText(catalog, sub.scope, ctx) }),
    keyboard: [
      [
        { text: ctx.t("btn-sub-undo"), data: chanCb.act("undo", sub.id) },
        { text: ctx.t("btn-channels"), data: chanCb.list() },
      ],
    ],
  };
}

const STOPPED_KEYS: Partial<Record<StopReason, string>> = {
  no_rights: "channel-stopped-no-rights",
  admin_gone: "channel-stopped-admin-gone",
};

/** Told in private to whoever set a channel's digest up, when it stops. */
export function renderChannelStopped(sub: Subscription, reason: StopReason, ctx: RenderContext): Reply {
  return { text: ctx.t(STOPPED_KEYS[reason] ?? "channel-stopped-removed", { title: title(sub) }), keyboard: listButton(ctx) };
}
