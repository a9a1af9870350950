// Small replies: language choice, not-found with suggestions, ambiguity.
import type { Catalog } from "../domain/types.ts";
import type { Suggestion } from "../understanding/towns.ts";
import { cb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { escapeHtml } from "./format.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

export function languageKeyboard(): Keyboard {
  return [
    [
      { text: "Русский", data: cb.lang("ru") },
      { text: "Қазақша", data: cb.lang("kk") },
    ],
  ];
}

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
