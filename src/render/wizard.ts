// The screens of the subscription wizard: which towns, which day, which hour, and a
// summary to confirm. Every screen has a Cancel button; buttons carry the wizard's token.
import type { Schedule, Scope } from "../domain/subscription.ts";
import { DAILY, subscribableTown } from "../domain/subscription.ts";
import type { Catalog, Town } from "../domain/types.ts";
import { wizCb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { scheduleText, scopeText } from "./digest.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

/** Hours offered as buttons; any other time can be typed (21:30). */
const WIZARD_HOURS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

const rows = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
const mark = (on: boolean, text: string) => (on ? `✓ ${text}` : text);
const cancelRow = (token: string, ctx: RenderContext) => [{ text: ctx.t("btn-cancel"), data: wizCb(token, "cancel") }];

/**
 * The towns one can tick: today's monotowns, then former ones still with unfinished
 * projects, each group in the alphabet of the reader's language.
 */
export function pickableTowns(catalog: Catalog, ctx: RenderContext): Town[] {
  const former = (t: Town) => (t.status === "monotown" ? 0 : 1);
  return [...catalog.towns.values()]
    .filter((t) => subscribableTown(catalog, t.id))
    .sort((a, b) => former(a) - former(b) || townName(a, ctx.lang).localeCompare(townName(b, ctx.lang), ctx.lang));
}

/** A town's button in the picker; a former monotown says so. */
const pickLabel = (town: Town, ctx: RenderContext) =>
  town.status === "monotown" ? townName(town, ctx.lang) : ctx.t("sub-town-former", { town: townName(town, ctx.lang) });

export function renderScopeStep(catalog: Catalog, chosen: string[], token: string, ctx: RenderContext, note?: string): Reply {
  const { t } = ctx;
  const lines = [t("sub-choose-scope")];
  if (chosen.length) lines.push("", t("sub-chosen", { towns: scopeText(catalog, { kind: "towns", townIds: chosen }, ctx) }));
  if (note) lines.push("", note);
  const keyboard: Keyboard = rows(
    pickableTowns(catalog, ctx).map((town) => ({ text: mark(chosen.includes(town.id), pickLabel(town, ctx)), data: wizCb(token, "town", town.id) })),
    3,
  );
  keyboard.push([{ text: t("btn-sub-all"), data: wizCb(token, "all") }]);
  for (const tier of catalog.tiers) keyboard.push([{ text: ctx.lang === "ru" ? tier.labelRu : tier.labelKk, data: wizCb(token, "tier", tier.id) }]);
  keyboard.push([{ text: t("btn-sub-done"), data: wizCb(token, "done") }, ...cancelRow(token, ctx)]);
  return { text: lines.join("\n"), keyboard };
}

export function renderWeekdayStep(current: Schedule, token: string, ctx: RenderContext): Reply {
  const { t } = ctx;
  const day = (d: number) => ({ text: mark(current.weekday === d, t(`weekday-${d}`)), data: wizCb(token, "day", d) });
  return {
    text: t("sub-choose-weekday"),
    keyboard: [[1, 2, 3, 4, 5, 6, 7].map(day), [day(DAILY)], cancelRow(token, ctx)],
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function renderHourStep(current: Schedule, token: string, ctx: RenderContext): Reply {
  const hour = (h: number) => ({ text: mark(current.hour === h && current.minute === 0, `${pad(h)}:00`), data: wizCb(token, "hour", h) });
  return { text: ctx.t("sub-choose-hour"), keyboard: [...rows(WIZARD_HOURS.map(hour), 5), cancelRow(token, ctx)] };
}

/** A typed time: «9», «09:30», «9.30», «21 00». */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const m = /^\s*([01]?\d|2[0-3])(?:[:.\s]([0-5]\d))?\s*$/.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2] ?? 0) } : null;
}

export function renderConfirm(catalog: Catalog, scope: Scope, schedule: Schedule, token: string, ctx: RenderContext): Reply {
  const { t } = ctx;
  return {
    text: t("sub-confirm", { scope: scopeText(catalog, scope, ctx), schedule: scheduleText(schedule, ctx) }),
    keyboard: [
      [
        { text: t("btn-sub-confirm"), data: wizCb(token, "ok") },
        { text: t("btn-sub-change"), data: wizCb(token, "when") },
      ],
      cancelRow(token, ctx),
    ],
  };
}

/** The last screen of changing an existing subscription's schedule. */
export function renderScheduleSave(catalog: Catalog, scope: Scope, schedule: Schedule, token: string, ctx: RenderContext): Reply {
  const { t } = ctx;
  return {
    text: t("sub-confirm", { scope: scopeText(catalog, scope, ctx), schedule: scheduleText(schedule, ctx) }),
    keyboard: [[{ text: t("btn-sub-save"), data: wizCb(token, "save") }, ...cancelRow(token, ctx)]],
  };
}

/** An answer the wizard did not understand: say so, and ask the same question again. */
export function renderRepeat(question: Reply, ctx: RenderContext): Reply {
  return { text: `${ctx.t("sub-repeat")}\n\n${question.text}`, keyboard: question.keyboard };
}
