// A hello or thanks beside a question of its own: «Сәлеметсіз бе, шахтер күні қашан», «как
// приготовить бешбармак, спасибо». The punctuation marks the greeting's clause off the
// question's, so the question is read as if the greeting were not there; a greeting that goes
// on in its own words («Доброго времени суток! Как ваши дела?») asks nothing of it.
import type { Surface } from "./surface.ts";

/** Two words we know nothing of: a question about something, not small talk. */
const UNKNOWN_IN_QUESTION = 2;

export interface ClauseWords {
  /** The word is the greeting's or the thanks' (or the particle after one: «Сәлеметсіз бе»). */
  greets: (i: number) => boolean;
  /** The word asks (data/question-words.txt). */
  asks: (i: number) => boolean;
  /** Nothing knows the word (four letters or more). */
  unknown: (i: number) => boolean;
}

/**
 * Whether the clauses with no greeting or thanks in them hold a question word and two words
 * we know nothing of: a question asked beside the greeting, not part of it.
 */
export function questionBesideGreeting(surface: Surface, count: number, w: ClauseWords): boolean {
  const greetingClause = new Set<number>();
  const clause: number[] = [];
  let c = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && (surface.stops[i] || surface.comma[i] || surface.opens[i] || surface.closes[i - 1])) c++;
    clause.push(c);
    if (w.greets(i)) greetingClause.add(c);
  }
  if (!greetingClause.size || greetingClause.size > c) return false;
  let asks = false;
  let unknown = 0;
  for (let i = 0; i < count; i++) {
    if (greetingClause.has(clause[i]!)) continue;
    if (w.asks(i)) asks = true;
    if (w.unknown(i)) unknown++;
  }
  return asks && unknown >= UNKNOWN_IN_QUESTION;
}
