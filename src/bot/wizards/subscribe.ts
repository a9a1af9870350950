// The subscription wizards: subscribing (towns → day → hour → confirm, or straight to
// confirm when started from a town card) and changing one subscription's schedule. Both
// are replayed from their stored log on every update (see wizards.ts): everything that
// touches the outside world goes through `external` or the Bot API.
import type { Schedule, Scope, Subscription } from "../../domain/subscription.ts";
import { DEFAULT_SCHEDULE } from "../../domain/subscription.ts";
import { renderScheduleSaved, renderSubscribed } from "../../render/subscriptions.ts";
import { renderChannelDone } from "../../render/channels.ts";
import { escapeHtml } from "../../render/format.ts";
import { channelCheck } from "../channel-check.ts";
import { isAnonymousAdmin } from "../admin.ts";
import type { LangContext } from "../context.ts";
import { WizardRun, type WizardConversation } from "./steps.ts";
import type { WizardDeps } from "./deps.ts";

/** What the wizard starts from: a scope goes straight to the confirm screen. JSON only. */
export interface SubscribePreset {
  scope?: Scope;
  /** Subscribes this channel instead of the chat the wizard runs in (a channel's admin, in private). */
  channel?: { chatId: number; title: string };
}

// The replay log is stored as JSON, so subscriptions cross `external` without Dates.
type SubscriptionJson = Omit<Subscription, "nextDueAt" | "lastSentAt"> & { nextDueAt: string; lastSentAt: string | null };
const toJson = (s: Subscription): SubscriptionJson => ({ ...s, nextDueAt: s.nextDueAt.toISOString(), lastSentAt: s.lastSentAt?.toISOString() ?? null });
const fromJson = (s: SubscriptionJson): Subscription => ({ ...s, nextDueAt: new Date(s.nextDueAt), lastSentAt: s.lastSentAt ? new Date(s.lastSentAt) : null });
const subscriptionOp = (task: () => Promise<Subscription | null>) => ({
  task,
  beforeStore: (s: Subscription | null) => (s ? toJson(s) : null),
  afterLoad: (s: SubscriptionJson | null) => (s ? fromJson(s) : null),
});

/** Marks this wizard's buttons, so that buttons of another one are not taken as answers. */
async function newToken(conversation: WizardConversation): Promise<string> {
  return Math.floor((await conversation.random()) * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
}

export function subscribeWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, preset: SubscribePreset = {}) => {
    const w = new WizardRun(conversation, first, await newToken(conversation), deps);
    let scope = preset.scope ?? null;
    let schedule: Schedule | null = DEFAULT_SCHEDULE;
    if (!scope) {
      scope = await w.scope();
      if (scope) schedule = await w.when(schedule);
    }
    for (;;) {
      if (!scope || !schedule) return w.finish({ text: w.r.t("sub-cancelled") });
      const choice = await w.confirm(scope, schedule);
      if (choice === "ok") break;
      schedule = choice === "when" ? await w.when(schedule) : null;
    }
    if (preset.channel) return subscribeChannel(deps, conversation, w, preset.channel, scope, schedule);
    const chatId = w.ctx.chat!.id;
    // Whoever pressed Confirm; an anonymous admin's messages come from a stand-in account.
    const createdBy = isAnonymousAdmin(w.ctx) ? undefined : w.ctx.from?.id;
    const p = { chatId, scope, schedule, language: w.ctx.lang, createdBy };
    const done = await conversation.external({
      task: () => deps.subscriptions.subscribe({ ...p, now: deps.clock.now() }),
      beforeStore: (r) => ({ subscription: toJson(r.subscription), existed: r.existed }),
      afterLoad: (r: { subscription: SubscriptionJson; existed: boolean }) => ({ subscription: fromJson(r.subscription), existed: r.existed }),
    });
    await w.finish(renderSubscribed(w.catalog, done.subscription, done.existed, w.r));
  };
}

/**
 * A channel's subscription, confirmed by its admin in private: the admin and the bot's
 * right to post are asked again now (the wizard may have taken a while), then it is saved.
 */
async function subscribeChannel(
  deps: WizardDeps,
  conversation: WizardConversation,
  w: WizardRun,
  channel: { chatId: number; title: string },
  scope: Scope,
  schedule: Schedule,
) {
  const ctx = w.ctx;
  // The outside context's API: a wizard's own may not be called inside `external`.
  const check = await conversation.external((outside) => channelCheck(outside, channel.chatId, ctx.from!.id));
  if (check !== "ok")
    return w.finish({ text: w.r.t(check === "not_admin" ? "channel-admins-only" : "channel-bot-cannot-post", { title: escapeHtml(channel.title) }) });
  const p = { chatId: channel.chatId, scope, schedule, language: ctx.lang, createdBy: ctx.from!.id, channel: { setupBy: ctx.from!.id, title: channel.title } };
  const done = await conversation.external({
    task: () => deps.subscriptions.subscribe({ ...p, now: deps.clock.now() }),
    beforeStore: (r) => ({ subscription: toJson(r.subscription), existed: r.existed }),
    afterLoad: (r: { subscription: SubscriptionJson; existed: boolean }) => ({ subscription: fromJson(r.subscription), existed: r.existed }),
  });
  await w.finish(renderChannelDone(w.catalog, done.subscription, done.existed, w.r));
}

/** Changes one subscription's day and hour: of this chat, or of a channel its admin manages from here. */
export function scheduleWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, subscriptionId: number, channelId?: number) => {
    const w = new WizardRun(conversation, first, await newToken(conversation), deps);
    const chatId = channelId ?? first.chat!.id;
    const sub = await conversation.external(subscriptionOp(() => deps.subscriptions.get(subscriptionId, chatId)));
    if (!sub || sub.state === "cancelled") return w.finish({ text: w.r.t("sub-gone") });
    const schedule = await w.when(sub.schedule);
    if (!schedule || !(await w.save(sub.scope, schedule))) return w.finish({ text: w.r.t("sub-schedule-unchanged") });
    const saved = await conversation.external(subscriptionOp(() => deps.subscriptions.setSchedule(subscriptionId, chatId, schedule, deps.clock.now())));
    await w.finish(saved ? renderScheduleSaved(saved, w.r) : { text: w.r.t("sub-gone") });
  };
}
