// «Отпишите меня от всех», «барлығынан бас тарт», «/unsubscribe all»: a request that
// covers everything the chat has. Read only after the intent is known to be about
// subscriptions, and only when no town or tier is named («всех городов Балхаш» is a town).
import { normalize, skeleton } from "./normalize.ts";

/** Word forms of "all" in Russian, Kazakh and English, lower case, ё as е. */
// biome-ignore format: a table of words reads best packed, many to a line
const ALL = new Set([
  "все", "всех", "всего", "всем", "всеми",
  "барлығы", "барлығын", "барлығынан", "барлық", "барлықтан", "бәрі", "бәрін", "бәрінен",
  "all", "everything",
]);

/**
 * The Cyrillic forms as skeletons (normalize.ts), so that the same word typed with Russian
 * letters for Kazakh ones or in the Latin alphabet counts too («барлыгынан», «barlyğynan»).
 * English «all» is left out: its skeleton is that of «ал» (and, take).
 */
const ALL_SKELETONS = new Set([...ALL].filter((w) => /[а-яәғқңөұүһі]/.test(w)).map((w) => skeleton(normalize(w))));

/** A piece every word of ALL has, in any of those alphabets: a message with none of them is not split into words. */
const ALL_PIECE = /вс[её]|барл|бәр|бар|vse|vsё|barl|bär|bar|all|everything/;

export function asksForAll(text: string): boolean {
  const lower = text.toLowerCase();
  if (!ALL_PIECE.test(lower)) return false;
  return lower
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .some((w) => ALL.has(w) || (w.length > 2 && ALL_SKELETONS.has(skeleton(normalize(w)))));
}
