// «Отпишите меня от всех», «барлығынан бас тарт», «/unsubscribe all»: a request that
// covers everything the chat has. Read only after the intent is known to be about
// subscriptions, and only when no town or tier is named («всех городов Балхаш» is a town).

/** Word forms of "all" in Russian, Kazakh and English, lower case, ё as е. */
// biome-ignore format: a table of words reads best packed, many to a line
const ALL = new Set([
  "все", "всех", "всего", "всем", "всеми",
  "барлығы", "барлығын", "барлығынан", "барлық", "барлықтан", "бәрі", "бәрін", "бәрінен",
  "all", "everything",
]);

/** A piece every word of ALL has (ё or е): a message with none of them is not split into words. */
const ALL_PIECE = /вс[её]|барл|бәр|all|everything/;

export function asksForAll(text: string): boolean {
  const lower = text.toLowerCase();
  if (!ALL_PIECE.test(lower)) return false;
  return lower
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .some((w) => ALL.has(w));
}
