// Replies about a chat's subscriptions: done, the list with its buttons, unsubscribed
// (with an undo), "which one?", and the offer to resume after a block.
import type { Subscription } from "../domain/subscription.ts";
import { localTime } from "../domain/schedule.ts";
import type { Catalog } from "../domain/types.ts";
import { subCb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { scheduleText, scopeText } from "./digest.ts";
import { escapeHtml } from "./format.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** A digest's due time as people in Kazakhstan read it: «Пн, 30.11.2026, 09:00» (Asia/Almaty). */
export function dueText(at: Date, ctx: RenderContext): string {
  const l = localTime(at);
  return `${ctx.t(`weekday-${l.weekday}`)}, ${pad(l.day)}.${pad(l.month)}.${l.year}, ${pad(l.hour)}:${pad(l.minute)}`;
}

const listButton = (ctx: RenderContext): Keyboard => [[{ text: ctx.t("btn-subscriptions"), data: subCb.list() }]];

export function renderSubscribed(catalog: Catalog, sub: Subscription, existed: boolean, ctx: RenderContext): Reply {
  const { t } = ctx;
  const text = t("sub-done", { scope: scopeText(catalog, sub.scope, ctx), schedule: scheduleText(sub.schedule, ctx), first: dueText(sub.nextDueAt, ctx) });
  return { text: existed ? `${text}\n${t("sub-existed")}` : text, keyboard: listButton(ctx) };
}

export function renderScheduleSaved(sub: Subscription, ctx: RenderContext): Reply {
  return { text: ctx.t("sub-schedule-saved", { schedule: scheduleText(sub.schedule, ctx), first: dueText(sub.nextDueAt, ctx) }), keyboard: listButton(ctx) };
}

function subsLine(catalog: Catalog, sub: Subscription, n: number, ctx: RenderContext): string {
  const state = sub.state === "paused" ? ctx.t("subs-state-paused") : sub.state === "stopped" ? ctx.t("subs-state-stopped") : "";
  return ctx.t("subs-line", { n, scope: scopeText(catalog, sub.scope, ctx), schedule: scheduleText(sub.schedule, ctx), state });
}

export function renderSubscriptionList(catalog: Catalog, subs: Subscription[], ctx: RenderContext): Reply {
  const { t } = ctx;
  if (!subs.length) return { text: t("subs-none") };
  const keyboard: Keyboard = subs.map((s, i) => [
    s.state === "active" ? { text: `${i + 1} ⏸`, data: subCb.pause(s.id, true) } : { text: `${i + 1} ▶`, data: subCb.resume(s.id, true) },
    { text: `${i + 1} 🕘`, data: subCb.when(s.id) },
    { text: `${i + 1} ✖`, data: subCb.cancel(s.id, true) },
  ]);
  if (subs.length > 1) keyboard.push([{ text: t("btn-sub-cancel-all"), data: subCb.cancelAll() }]);
  return { text: [t("subs-title"), "", ...subs.map((s, i) => subsLine(catalog, s, i + 1, ctx)), "", t("subs-hint")].join("\n"), keyboard };
}

export function renderUnsubscribeWhich(catalog: Catalog, subs: Subscription[], ctx: RenderContext): Reply {
  return {
    text: [ctx.t("sub-unsubscribe-which"), "", ...subs.map((s, i) => subsLine(catalog, s, i + 1, ctx))].join("\n"),
    keyboard: [
      ...rowsOf(
        subs.map((s, i) => ({ text: `✖ ${i + 1}`, data: subCb.cancel(s.id, true) })),
        4,
      ),
      [{ text: ctx.t("btn-sub-cancel-all"), data: subCb.cancelAll() }],
    ],
  };
}

const rowsOf = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export function renderUnsubscribed(catalog: Catalog, sub: Subscription, ctx: RenderContext): Reply {
  return {
    text: ctx.t("sub-unsubscribed", { scope: scopeText(catalog, sub.scope, ctx) }),
    keyboard: [
      [
        { text: ctx.t("btn-sub-undo"), data: subCb.undo(sub.id) },
        { text: ctx.t("btn-subscriptions"), data: subCb.list() },
      ],
    ],
  };
}

/** Every subscription cancelled in one step, with one undo for all of them. */
export function renderUnsubscribedAll(subs: Subscription[], ctx: RenderContext): Reply {
  const undo = subCb.undoAll(subs.map((s) => s.id));
  return {
    text: ctx.t("sub-unsubscribed-all", { count: subs.length }),
    keyboard: [[...(undo ? [{ text: ctx.t("btn-sub-undo"), data: undo }] : []), { text: ctx.t("btn-subscriptions"), data: subCb.list() }]],
  };
}

/**
 * «Unsubscribe me from Temirtau»: one line per town named, removed or not subscribed, and
 * the same undo the ✖ button gives: one per subscription a town was taken out of.
 */
export function renderTownsRemoved(catalog: Catalog, results: Array<{ townId: string; removed: Array<{ id: number }> }>, ctx: RenderContext): Reply {
  const name = (townId: string) => {
    const town = catalog.towns.get(townId);
    return town ? townName(town, ctx.lang) : townId;
  };
  const lines = results.map(({ townId, removed }) =>
    ctx.t(removed.length ? "sub-unsubscribed-town" : "sub-not-subscribed-town", { town: escapeHtml(name(townId)) }),
  );
  const undos = results.flatMap(({ townId, removed }) => removed.map((r) => ({ townId, data: subCb.retown(r.id, townId) })));
  const single = undos.length === 1;
  const buttons = undos.flatMap(({ townId, data }) =>
    data ? [{ text: single ? ctx.t("btn-sub-undo") : ctx.t("btn-sub-undo-town", { town: name(townId) }), data }] : [],
  );
  return { text: lines.join("\n"), keyboard: [...rowsOf(buttons, 2), ...listButton(ctx)] };
}

export function renderPaused(catalog: Catalog, sub: Subscription, ctx: RenderContext): string {
  return ctx.t("sub-paused", { scope: scopeText(catalog, sub.scope, ctx) });
}

export function renderResumed(catalog: Catalog, sub: Subscription, ctx: RenderContext): string {
  return ctx.t("sub-resumed", { scope: scopeText(catalog, sub.scope, ctx), first: dueText(sub.nextDueAt, ctx) });
}

export function renderWelcomeBack(count: number, ctx: RenderContext): Reply {
  return { text: ctx.t("sub-welcome-back", { count }), keyboard: [[{ text: ctx.t("btn-sub-revive"), data: subCb.revive() }]] };
}
