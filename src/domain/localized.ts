// Picking the reader's language from a Russian/Kazakh pair. Every text the data holds for
// users exists in both (release 2 of the dataset); there is no fallback to Russian, so a
// Kazakh reply never carries a Russian note (a missing side is "", which callers skip).
import type { Lang, Localized } from "./types.ts";

export function inLang(text: Localized, lang: Lang): string;
export function inLang(text: Localized | null | undefined, lang: Lang): string | null;
export function inLang(text: Localized | null | undefined, lang: Lang): string | null {
  return text ? text[lang] : null;
}

/** A pair from two nullable columns; a missing side stays empty (and is not shown) rather than borrowing the other language. */
export function pair(ru: string | null | undefined, kk: string | null | undefined): Localized | null {
  if (!ru && !kk) return null;
  return { ru: ru ?? "", kk: kk ?? "" };
}
