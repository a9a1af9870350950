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
const short = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

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

export function targetLabel(target: EditTarget, ctx: RenderContext): string {
  if (target.kind === "measure") return ctx.lang === "kk" ? target.row.titleKk : target.row.titleRu;
  const key = target.row.key === TIER_KEY ? ctx.t("ed-field-tierId") : ctx.t(`ed-key-${target.row.key}`);
  return target.row.period ? `${key} (${target.row.period})` : key;
}

export function renderEditTargetStep(catalog: Catalog, townId: string, targets: EditTarget[], token: string, ctx: RenderContext): Reply {
  const town = catalog.towns.get(townId)!;
  const keyboard: Keyboard = targets.map((target, i) => [{
    text: short(`${target.kind === "measure" ? "📌" : "🔢"} ${targetLabel(target, ctx)}: ${current(target, target.kind === "measure" ? "status" : "value", ctx)}`),
    data: wizCb(token, "pick", i),
  }]);
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
