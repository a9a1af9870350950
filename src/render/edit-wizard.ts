// The screens of the single-edit wizard (/edit): which town, which record, which field,
// the new value, and its source. Every screen has Cancel; buttons carry the wizard's token.
import { PROJECT_STATUSES, TIER_KEY, type EditTarget } from "../domain/edits.ts";
import { TIER_IDS, type Catalog } from "../domain/types.ts";
import { wizCb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { escapeHtml, formatDate, formatNumber } from "./format.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

/** Fields of a project an editor may change one at a time. */
export const MEASURE_FIELDS = ["status", "amountKztBn", "deadline", "doneOn"] as const;
export type EditField = (typeof MEASURE_FIELDS)[number] | "value";

const cancelRow = (token: string, ctx: RenderContext) => [{ text: ctx.t("btn-cancel"), data: wizCb(token, "cancel") }];
/** Cut at a word's end where one is near: a word cut in half reads as another word («ко…»). */
const short = (s: string, max = 48) => {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(«—-]+$/, "")}…`;
};

export function renderEditTownStep(token: string, ctx: RenderContext): Reply {
  return { text: ctx.t("edw-town"), keyboard: [cancelRow(token, ctx)] };
}

function current(target: EditTarget, field: EditField, ctx: RenderContext): string {
  const v = target.kind === "figure" ? target.row.value : (target.row as unknown as Record<string, unknown>)[field];
  if (v === null || v === undefined || v === "") return ctx.t("unknown");
  if (target.kind === "figure" && target.row.key === TIER_KEY) return ctx.t(`ed-tier-${v}`);
  if (field === "status") return ctx.t(`status-${v}`);
  if (typeof v === "number") return formatNumber(v, 3);
  if (field === "deadline" || field === "doneOn") return formatDate(String(v), ctx.lang);
  return String(v);
}

/**
 * What a target is, in the reader's language: a project's title, or a figure's kind and
 * period with its own name from the data (a budget component: «местный бюджет»), so
 * that four «запланировано (2023–2027)» buttons are four different ones.
 */
export function targetLabel(target: EditTarget, ctx: RenderContext): string {
  if (target.kind === "measure") return ctx.lang === "kk" ? target.row.titleKk : target.row.titleRu;
  const key = target.row.key === TIER_KEY ? ctx.t("ed-field-tierId") : ctx.t(`ed-key-${target.row.key}`);
  const base = target.row.period ? `${key} (${target.row.period})` : key;
  const own = ownLabel(target, ctx);
  return own ? `${base} · ${own}` : base;
}

const ownLabel = (target: EditTarget, ctx: RenderContext) =>
  target.kind === "figure" ? (ctx.lang === "kk" ? target.labelKk || null : target.labelRu || null) : null;

/**
 * A target's label on a button within `room` characters: what gives way is the end of a
 * figure's own name (a budget component), never its kind and period, so buttons stay apart.
 */
function buttonLabel(target: EditTarget, room: number, ctx: RenderContext): string {
  const own = ownLabel(target, ctx);
  if (!own || target.kind !== "figure") return short(targetLabel(target, ctx), room);
  const key = ctx.t(`ed-key-${target.row.key}`);
  const base = target.row.period ? `${key} (${target.row.period})` : key;
  return `${base} · ${short(own, Math.max(12, room - base.length - 3))}`;
}

/** A button's text fits a phone: the label gives way, the current value is never cut. */
const BUTTON_TEXT = 72;

/** A target's button: what it is and what it holds now («🔢 население: 171 609»); the report wizard offers the same. */
export function targetButtonText(target: EditTarget, ctx: RenderContext): string {
  const icon = target.kind === "measure" ? "📌" : target.row.id === null ? "➕" : "🔢";
  const now = current(target, target.kind === "measure" ? "status" : "value", ctx);
  const room = Math.max(16, BUTTON_TEXT - now.length - icon.length - 3);
  return `${icon} ${buttonLabel(target, room, ctx)}: ${now}`;
}

export function renderEditTargetStep(catalog: Catalog, townId: string, targets: EditTarget[], token: string, ctx: RenderContext): Reply {
  const town = catalog.towns.get(townId)!;
  const keyboard: Keyboard = targets.map((target, i) => [{ text: targetButtonText(target, ctx), data: wizCb(token, "pick", i) }]);
  keyboard.push(cancelRow(token, ctx));
  return { text: ctx.t("edw-target", { town: escapeHtml(townName(town, ctx.lang)) }), keyboard };
}

export function renderEditFieldStep(target: EditTarget, token: string, ctx: RenderContext): Reply {
  return {
    text: ctx.t("edw-field", { what: escapeHtml(targetLabel(target, ctx)) }),
    keyboard: [
      ...MEASURE_FIELDS.map((f, i) => [{ text: `${ctx.t(`ed-field-${f}`)}: ${current(target, f, ctx)}`, data: wizCb(token, "field", i) }]),
      cancelRow(token, ctx),
    ],
  };
}

/** The choices offered as buttons for a field, or null when the value is typed. */
export function valueChoices(target: EditTarget, field: EditField): readonly string[] | null {
  if (target.kind === "figure" && target.row.key === TIER_KEY) return TIER_IDS;
  if (field === "status") return PROJECT_STATUSES;
  return null;
}

export function renderEditValueStep(target: EditTarget, field: EditField, token: string, ctx: RenderContext): Reply {
  const what = escapeHtml(targetLabel(target, ctx));
  const now = escapeHtml(current(target, field, ctx));
  const choices = valueChoices(target, field);
  if (choices) {
    const label = (v: string) => ctx.t(target.kind === "figure" ? `ed-tier-${v}` : `status-${v}`);
    return {
      text: ctx.t("edw-value-pick", { what, now }),
      keyboard: [...choices.map((v, i) => [{ text: label(v), data: wizCb(token, "value", i) }]), cancelRow(token, ctx)],
    };
  }
  const kind = field === "deadline" || field === "doneOn" ? "date" : "number";
  return { text: ctx.t(`edw-value-${kind}`, { what, now }), keyboard: [cancelRow(token, ctx)] };
}

export function renderEditSourceStep(token: string, ctx: RenderContext): Reply {
  return { text: ctx.t("edw-source"), keyboard: [cancelRow(token, ctx)] };
}
