// What the verdicts on a name (verdicts.ts, named-things.ts) share about the text around
// it: whether it is a question to the bot or running text, and the small words (as
// skeletons) that put a name in a place or join it to a list.

/** A message this short is a question to the bot, not running text. */
export const SHORT = 8;
/** «в», «во», «in»: the name after them is a place (the town as a place; a place after them holds what was named before). */
export const IN: ReadonlySet<string> = new Set(["v", "vo", "in"]);
/**
 * Russian prepositions that open a phrase of their own («Аркалык у месторождения бокситов»):
 * a facility's word after one is not named after the name before it.
 */
export const PREPOSITION: ReadonlySet<string> = new Set(["u", "v", "vo", "na", "pod", "okolo", "vozle", "bliz", "ot", "do", "iz"]);
/** «из», «от»: a journey's start; the place after them is where it comes from. */
export const FROM: ReadonlySet<string> = new Set(["iz", "ot"]);
/** Words that join a list's members: «и», «және», «мен/бен/пен», «һәм», «and», «или», «немесе». */
export const AND: ReadonlySet<string> = new Set(["i", "jane", "men", "ben", "pen", "hem", "and", "ili", "nemese"]);
