// Replies when no figure answers: a greeting, "did you mean" for a name no town is surely
// meant by, "which of these" for a name several towns share, and "outside what I know".
// Each offers buttons to the lists the bot has.
import type { Catalog, Town } from "../domain/types.ts";
import type { Suggestion } from "../understanding/towns.ts";
import { cb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { escapeHtml } from "./format.ts";
import { townButtons } from "./places.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

export function renderNotFound(query: string, suggestions: Suggestion[], catalog: Catalog, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const q = escapeHtml(query.length > 60 ? query.slice(0, 60) + "…" : query);
  const lines = [t("town-not-found", { query: q })];
  if (suggestions.length) lines.push(t("town-suggest"));
  else lines.push(t("town-no-suggestion"));
  const keyboard: Keyboard = suggestions.map((s) => [{ text: townName(catalog.towns.get(s.id)!, lang), data: cb.card(s.id) }]);
  keyboard.push([{ text: t("btn-tiers"), data: cb.tiers() }]);
  return { text: lines.join("\n"), keyboard };
}

export function renderAmbiguous(query: string, townIds: string[], catalog: Catalog, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  return {
    text: t("town-ambiguous", { query: escapeHtml(query) }),
    keyboard: townIds.map((id) => {
      const town = catalog.towns.get(id)!;
      return [{ text: `${townName(town, lang)} (${lang === "ru" ? town.regionRu : town.regionKk})`, data: cb.card(id) }];
    }),
  };
}

export function renderGreeting(ctx: RenderContext, thanks = false): Reply {
  return {
    text: ctx.t(thanks ? "thanks" : "greeting"),
    keyboard: [
      [
        { text: ctx.t("btn-tiers"), data: cb.tiers() },
        { text: ctx.t("btn-overview"), data: cb.overview() },
      ],
    ],
  };
}

export function renderOutOfScope(catalog: Catalog, townIds: string[], ctx: RenderContext): Reply {
  const towns = townIds.map((id) => catalog.towns.get(id)).filter((x): x is Town => !!x);
  return {
    text: ctx.t(towns.length ? "out-of-scope-town" : "out-of-scope"),
    keyboard: [
      ...townButtons(towns, ctx),
      [
        { text: ctx.t("btn-tiers"), data: cb.tiers() },
        { text: ctx.t("btn-overview"), data: cb.overview() },
      ],
    ],
  };
}
