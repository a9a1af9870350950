// Subscribing, the list of a chat's subscriptions and its buttons, unsubscribing (also
// from one named town), and a digest preview. In groups only admins change anything.
import { BotComposer } from "../composer.ts";
import type { NextFunction } from "grammy";
import type { Clock } from "../../clock.ts";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import { subscribableTown, type Scope } from "../../domain/subscription.ts";
import { asksForAll } from "../../understanding/everything.ts";
import { nextSlot, periodOf } from "../../domain/schedule.ts";
import type { Catalog, TierId } from "../../domain/types.ts";
import type { DigestBuilder } from "../../digest/builder.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback, subCb } from "../../render/callbacks.ts";
import { scopeText } from "../../render/digest.ts";
import { escapeHtml } from "../../render/format.ts";
import {
  renderPaused,
  renderResumed,
  renderSubscribed,
  renderSubscriptionList,
  renderTownsRemoved,
  renderUnsubscribed,
  renderUnsubscribedAll,
  renderUnsubscribeWhich,
} from "../../render/subscriptions.ts";
import { mayManage } from "../admin.ts";
import type { BotContext, LangContext } from "../context.ts";
import { replace, send } from "../reply.ts";
import type { SubscribePreset } from "../wizards/subscribe.ts";
import type { Wizards } from "../wizards/wizards.ts";

export interface SubscriptionDeps {
  knowledge: Knowledge;
  subscriptions: SubscriptionRepo;
  builder: DigestBuilder;
  clock: Clock;
  wizards: Wizards;
}

/** What a message asked to subscribe to: the towns it names that digests follow, else a tier it names. */
export function presetFrom(catalog: Catalog, u: { towns: string[]; tier: TierId | null }): SubscribePreset {
  const towns = u.towns.filter((id) => subscribableTown(catalog, id));
  if (towns.length) return { scope: { kind: "towns", townIds: towns } };
  if (u.tier) return { scope: { kind: "tier", tierId: u.tier } };
  return {};
}

/** Subscribing and unsubscribing, for commands, buttons and free text alike. */
export function subscriptionFlows(deps: SubscriptionDeps) {
  const { subscriptions } = deps;
  const catalog = () => deps.knowledge.current.catalog;

  /** Lets admins (and anyone in a private chat) through; tells others why not. */
  const allowed = async (ctx: LangContext) => {
    if (await mayManage(ctx)) return true;
    const text = ctx.render.t("sub-admins-only");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
    else await send(ctx, { text });
    return false;
  };

  const subscribe = async (ctx: BotContext, preset: SubscribePreset) => {
    if (await allowed(ctx)) await deps.wizards.subscribe(ctx, preset);
  };

  const cancelOne = async (ctx: LangContext, id: number, chatId: number) => {
    const sub = await subscriptions.cancel(id, chatId);
    return sub ? send(ctx, renderUnsubscribed(catalog(), sub, ctx.render)) : send(ctx, { text: ctx.render.t("sub-gone") });
  };

  /**
   * Unsubscribes from the towns named, a tier named, all («от всех»: one step, one undo),
   * or asks which subscription (if several).
   */
  const unsubscribe = async (ctx: LangContext, named: { towns: string[]; tier: TierId | null }, text = "") => {
    if (!(await allowed(ctx))) return;
    const chatId = ctx.chat!.id;
    if (!named.towns.length && !named.tier && asksForAll(text)) {
      const cancelled = await subscriptions.cancelAll(chatId);
      return send(ctx, cancelled.length ? renderUnsubscribedAll(cancelled, ctx.render) : { text: ctx.render.t("subs-none") });
    }
    if (named.towns.length) {
      const results = [];
      for (const townId of named.towns) results.push({ townId, removed: await subscriptions.removeTown(chatId, townId) });
      return send(ctx, renderTownsRemoved(catalog(), results, ctx.render));
    }
    const subs = await subscriptions.list(chatId);
    const tierSub = named.tier ? subs.find((s) => s.scope.kind === "tier" && s.scope.tierId === named.tier) : undefined;
    if (tierSub) return cancelOne(ctx, tierSub.id, chatId);
    if (!subs.length) return send(ctx, { text: ctx.render.t("subs-none") });
    if (subs.length === 1) return cancelOne(ctx, subs[0]!.id, chatId);
    return send(ctx, renderUnsubscribeWhich(catalog(), subs, ctx.render));
  };

  return { allowed, subscribe, unsubscribe };
}

export type SubscriptionFlows = ReturnType<typeof subscriptionFlows>;

export function subscriptionHandlers(deps: SubscriptionDeps, flows: SubscriptionFlows) {
  const { subscriptions, clock } = deps;
  const catalog = () => deps.knowledge.current.catalog;
  const named = (text: string, ctx: LangContext) => {
    const u = deps.knowledge.current.understander.understand(text, ctx.lang);
    return { towns: u.towns, tier: u.tier };
  };
  const c = new BotComposer<BotContext>();
  const commands = c.on("message:entities:bot_command");
  const buttons = c.callbackQuery(/^(sub:|subnew:|sublist$|suball:|subtown:|sw:)/);

  commands.command("subscribe", (ctx) => flows.subscribe(ctx, ctx.match.trim() ? presetFrom(catalog(), named(ctx.match, ctx)) : {}));
  commands.command("unsubscribe", async (ctx) => {
    const query = ctx.match.trim();
    if (!query) return flows.unsubscribe(ctx, { towns: [], tier: null });
    const what = named(query, ctx);
    if (!what.towns.length && !what.tier && asksForAll(query)) return flows.unsubscribe(ctx, what, query);
    // A name we do not know must not fall back to cancelling "the only subscription".
    if (!what.towns.length && !what.tier) return send(ctx, { text: ctx.render.t("sub-not-subscribed-town", { town: escapeHtml(query.slice(0, 60)) }) });
    return flows.unsubscribe(ctx, what);
  });
  commands.command("subscriptions", async (ctx) => send(ctx, renderSubscriptionList(catalog(), await subscriptions.list(ctx.chat.id), ctx.render)));

  commands.command("digest", async (ctx) => {
    const now = clock.now();
    const subs = (await subscriptions.list(ctx.chat.id)).filter((s) => s.state === "active" || s.state === "paused");
    if (!subs.length) return send(ctx, { text: ctx.render.t("digest-none") });
    for (const sub of subs) {
      // The digest this subscription would get next, shown now and not counted as sent.
      const digest = await deps.builder.compose(sub, periodOf(sub.schedule, nextSlot(sub.schedule, now)), { preview: true });
      if (!digest.worthSending) await send(ctx, { text: ctx.render.t("digest-nothing", { scope: scopeText(catalog(), sub.scope, ctx.render) }) });
      else for (const part of digest.parts) await send(ctx, part);
    }
  });

  buttons.callbackQuery(/^subnew:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    let scope: Scope | null = null;
    if (p?.kind === "subnew" && p.scope === "town" && subscribableTown(catalog(), p.id)) scope = { kind: "towns", townIds: [p.id] };
    if (p?.kind === "subnew" && p.scope === "tier") scope = { kind: "tier", tierId: p.id as TierId };
    if (p?.kind === "subnew" && p.scope === "all") scope = { kind: "all" };
    if (!scope) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (!(await flows.allowed(ctx))) return;
    await ctx.answerCallbackQuery();
    await deps.wizards.subscribe(ctx, { scope });
  });

  buttons.callbackQuery("sublist", async (ctx) => {
    await ctx.answerCallbackQuery();
    // A new message: the button may sit under a digest, which must stay readable.
    await send(ctx, renderSubscriptionList(catalog(), await subscriptions.list(ctx.chat!.id), ctx.render));
  });

  buttons.callbackQuery(/^sub:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    if (p?.kind !== "sub" || !ctx.chat) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (!(await flows.allowed(ctx))) return;
    const chatId = ctx.chat.id;
    const r = ctx.render;
    const gone = () => ctx.answerCallbackQuery({ text: r.t("sub-gone") });
    const showList = async () => replace(ctx, renderSubscriptionList(catalog(), await subscriptions.list(chatId), r));
    switch (p.action) {
      case "pause":
      case "resume": {
        const sub = p.action === "pause" ? await subscriptions.pause(p.id, chatId) : await subscriptions.resume(p.id, chatId, clock.now());
        if (!sub) return gone();
        await ctx.answerCallbackQuery();
        if (p.inPlace) return showList();
        return send(ctx, { text: p.action === "pause" ? renderPaused(catalog(), sub, r) : renderResumed(catalog(), sub, r) });
      }
      case "cancel": {
        const sub = await subscriptions.cancel(p.id, chatId);
        if (!sub) return gone();
        await ctx.answerCallbackQuery();
        const reply = renderUnsubscribed(catalog(), sub, r);
        return p.inPlace ? replace(ctx, reply) : send(ctx, reply);
      }
      case "undo": {
        const old = await subscriptions.get(p.id, chatId);
        if (!old) return gone();
        await ctx.answerCallbackQuery();
        if (old.state !== "cancelled") return replace(ctx, renderSubscribed(catalog(), old, false, r));
        const again = await subscriptions.subscribe({
          chatId,
          scope: old.scope,
          schedule: old.schedule,
          language: old.language,
          createdBy: ctx.from.id,
          now: clock.now(),
        });
        return replace(ctx, renderSubscribed(catalog(), again.subscription, again.existed, r));
      }
      case "when": {
        const sub = await subscriptions.get(p.id, chatId);
        if (!sub || sub.state === "cancelled") return gone();
        await ctx.answerCallbackQuery();
        return deps.wizards.schedule(ctx, sub.id);
      }
      case "revive": {
        const count = await subscriptions.reactivateChat(chatId, clock.now());
        if (!count) return gone();
        await ctx.answerCallbackQuery();
        return replace(ctx, { text: r.t("sub-revived", { count }), keyboard: [[{ text: r.t("btn-subscriptions"), data: subCb.list() }]] });
      }
    }
  });

  buttons.callbackQuery(/^suball:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    if (p?.kind !== "suball" || !ctx.chat) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (!(await flows.allowed(ctx))) return;
    const chatId = ctx.chat.id;
    if (p.action === "cancel") {
      const cancelled = await subscriptions.cancelAll(chatId);
      if (!cancelled.length) return ctx.answerCallbackQuery({ text: ctx.render.t("sub-gone") });
      await ctx.answerCallbackQuery();
      return replace(ctx, renderUnsubscribedAll(cancelled, ctx.render));
    }
    // Undo: each cancelled one is taken up again, as its own ↩ button would.
    let count = 0;
    for (const id of p.ids) {
      const old = await subscriptions.get(id, chatId);
      if (old?.state !== "cancelled") continue;
      await subscriptions.subscribe({ chatId, scope: old.scope, schedule: old.schedule, language: old.language, createdBy: ctx.from.id, now: clock.now() });
      count++;
    }
    if (!count) return ctx.answerCallbackQuery({ text: ctx.render.t("sub-gone") });
    await ctx.answerCallbackQuery();
    return replace(ctx, { text: ctx.render.t("sub-revived", { count }), keyboard: [[{ text: ctx.render.t("btn-subscriptions"), data: subCb.list() }]] });
  });

  buttons.callbackQuery(/^subtown:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    if (p?.kind !== "subtown" || !ctx.chat || !catalog().towns.has(p.townId)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (!(await flows.allowed(ctx))) return;
    const back = await subscriptions.restoreTown(p.id, ctx.chat.id, p.townId, clock.now(), ctx.from.id);
    if (!back) return ctx.answerCallbackQuery({ text: ctx.render.t("sub-gone") });
    await ctx.answerCallbackQuery();
    return replace(ctx, renderSubscribed(catalog(), back.subscription, false, ctx.render));
  });

  // A wizard button reaches here only when no wizard of this user is waiting for it.
  buttons.callbackQuery(/^sw:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.render.t("sub-stale") }));
  // Everything else passes at one step: most updates are town questions and card buttons.
  const handle = c.middleware();
  return (ctx: BotContext, next: NextFunction) => (ctx.callbackQuery?.data?.startsWith("s") || ctx.message?.text?.startsWith("/") ? handle(ctx, next) : next());
}
