// What the verdicts on a name (verdicts.ts, named-things.ts) share about the text around
// it: whether it is a question to the bot or running text, and the small words (as
// skeletons) that put a name in a place or join it to a list.

/** A message this short is a question to the bot, not running text. */
export const SHORT = 8;
/** «в», «во», «in»: the name after them is a place (the town as a place; a place after them holds what was named before). */
export const IN: ReadonlySet<string> = new Set(["v", "vo", "in"]);
/** Words that join a list's members: «и», «және», «мен/бен/пен», «һәм», «and», «или», «немесе». */
export const AND: ReadonlySet<string> = new Set(["i", "jane", "men", "ben", "pen", "hem", "and", "ili", "nemese"]);
