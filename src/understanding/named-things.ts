// A town's name inside the proper name of a thing named after it: a company («Жылусервис-Ақсу»
// КМК, АО «АрселорМиттал Темиртау»), a newspaper («Ақсу жолы»), a mine or a deposit
// («Екібастұз» кен орны, «Риддер-Сокол»), a list of deposits («кен орындары (Шолақтау,
// Ақсай, Жаңатас)»). Published text writes such names in quotes, with a hyphen, beside a
// legal form in capitals or in a list after a colon or a bracket (surface.ts reads those
// marks); the words are data (data/org-forms.txt, data/lexicon/facility.txt).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { NameHit } from "./names.ts";
import { normalize } from "./normalize.ts";
import type { TownRule } from "./rules.ts";
import type { Surface } from "./surface.ts";
import { AND, IN, SHORT } from "./text-shape.ts";
import { DOMAIN, type Votes } from "./votes.ts";
import { parseWordList, WordListError } from "./word-lists.ts";

/** What the rules look at around the name (verdicts.ts's NameContext has it). */
export interface ThingContext {
  toks: string[];
  norm: string[];
  votes: Votes;
  surface: Surface | null;
  /** Every name the message holds (towns, places, regions), by word positions. */
  names: Array<{ start: number; end: number; kind: string; id: string }>;
}

/** Organisational forms (ЖШС, ТОО, АО…), as normalize() writes them, from data/org-forms.txt. */
export const ORG_FORMS: ReadonlySet<string> = (() => {
  const file = path.join(import.meta.dirname, "data", "org-forms.txt");
  const lists = parseWordList(readFileSync(file, "utf8"), file, ["ru", "kk", "en"] as const);
  const all = [...(lists.ru ?? []), ...(lists.kk ?? []), ...(lists.en ?? [])];
  const bad = all.find((w) => w !== normalize(w) || w.includes(" ") || w.endsWith("*") || w.endsWith("~"));
  if (bad !== undefined) throw new WordListError(`${file}: «${bad}» is not one lower-case word as normalize() writes it`);
  return new Set(all);
})();

/** At most this many words about the data in running text that names a thing in quotes. */
const QUOTE_DOMAIN = 3;
/**
 * The most words (numbers aside) of a quote read as a thing's name («Екібастұз ГРЭС-2
 * стансасы»); a longer one is a sentence quoted («Балхаш ждёт новых инвесторов»).
 */
const NAME_WORDS = 3;
/** How far back a list's opening bracket or colon is looked for, and a facility word before it. */
const LIST_REACH = 10;
const LIST_LEAD = 3;
/** How far after the name an abbreviation of the name it is in is looked for. */
const ABBREVIATED_REACH = 6;

/** Where a name's thing-name begins and ends: the hyphenated compound, and the quotes around it. */
export interface Unit {
  start: number;
  end: number;
  /** The quotes hold the name (and maybe more words): their span; else null. */
  quoted: { start: number; end: number } | null;
}

export function unitOf(h: { start: number; end: number }, s: Surface | null): Unit {
  if (!s) return { start: h.start, end: h.end, quoted: null };
  let start = h.start;
  let end = h.end;
  while (start > 0 && s.hyphen[start]) start--;
  while (end < s.hyphen.length && s.hyphen[end]) end++;
  const q = s.quote[h.start]!;
  if (q < 0 || s.quote[h.end - 1] !== q) return { start, end, quoted: null };
  let qs = h.start;
  let qe = h.end;
  while (qs > 0 && s.quote[qs - 1] === q) qs--;
  while (qe < s.quote.length && s.quote[qe] === q) qe++;
  return { start: Math.min(start, qs), end: Math.max(end, qe), quoted: { start: qs, end: qe } };
}

const cueIn = (votes: Votes, from: number, to: number, test: (cue: string) => boolean) => {
  for (let i = from; i < to; i++) if (votes.at.get(i)?.some((x) => test(x.cue))) return true;
  return false;
};
const isDomain = (cue: string) => (DOMAIN as string[]).includes(cue);

/**
 * The rule that says the town's name is a thing's name, or null. `cityBeside`: a city word
 * right beside the name keeps the town («Екібастұз қаласының № 3 емханасы» КМК is its own).
 */
export function namedThing(h: NameHit, c: ThingContext, cityBeside: boolean): TownRule | null {
  const s = c.surface;
  if (!s || cityBeside) return null;
  const u = unitOf(h, s);
  // A city word inside the quotes: the town's own body («Ақсу қаласының … бөлімі» ММ).
  if (u.quoted && cueIn(c.votes, u.quoted.start, u.quoted.end, (k) => k === "city")) return null;
  if (orgForm(u, c)) return "town.org-form";
  if (namedAgain(h, c)) return "town.named-again";
  if (abbreviated(h, c)) return "town.abbreviated-name";
  if (u.quoted && quotedName(h, u.quoted, c)) return "town.quoted-name";
  if (compoundName(h, u, c)) return "town.compound-name";
  if (compoundAdjective(h, c)) return "town.compound-adjective";
  if (facilityList(h, c)) return "town.facility-list";
  return null;
}

/**
 * An organisational form in capitals right before or after the name, its compound or its
 * quotes. Not one after «г. Аксу» that opens another name's quotes («г.Аксу РГП “ЦОН”»):
 * the town's office of that organisation.
 */
function orgForm(u: Unit, c: ThingContext): boolean {
  const s = c.surface!;
  return orgFormAt(c, s, u.start - 1) || (orgFormAt(c, s, u.end) && !((s.quote[u.end + 1] ?? -1) >= 0 && s.quote[u.end + 1] !== s.quote[u.end]));
}

/** An organisational form in capitals at position `i`. */
function orgFormAt(c: ThingContext, s: Surface, i: number): boolean {
  return i >= 0 && i < c.norm.length && s.caps[i]! && ORG_FORMS.has(c.norm[i]!);
}

/**
 * The same town's name, in any form, with the same word after it is, elsewhere in the text,
 * an organisation's beside its legal form («Экибастузской ГРЭС-2…, АО «Станция Экибастузская
 * ГРЭС-2»»): one text names one thing so throughout.
 */
function namedAgain(h: NameHit, c: ThingContext): boolean {
  const after = c.toks[h.end];
  if (after === undefined || /^\d/.test(after)) return false;
  return c.names.some((n) => n.start !== h.start && n.kind === "town" && n.id === h.id && c.toks[n.end] === after && orgForm(unitOf(n, c.surface), c));
}

/**
 * An abbreviation in brackets right after words whose initials it spells, the town's name
 * among them («Ассоциация промышленников и предпринимателей Экибастуза (АППЭ)», «Екібастұз
 * Өнеркәсіпшілері мен Кәсіпкерлерінің қауымдастығы (ЕӨКҚ)»): an organisation's full name.
 */
function abbreviated(h: NameHit, c: ThingContext): boolean {
  const s = c.surface!;
  for (let j = h.end; j < Math.min(c.norm.length, h.end + ABBREVIATED_REACH); j++) {
    if (!s.opens[j] || !s.caps[j]) continue;
    const letters = [...c.norm[j]!];
    const words: number[] = [];
    for (let i = j - 1; i >= 0 && words.length < letters.length; i--) if (!AND.has(c.toks[i]!)) words.unshift(i);
    if (words.length < letters.length || words[0]! > h.start) return false;
    return words.every((i, k) => c.norm[i]![0] === letters[k]);
  }
  return false;
}

/**
 * The name in the nominative inside short quotes with nothing about the data in them
 * («Ақсу жолы», «Екібастұз» кен орны, «Тентек» шахтасы): a thing named after the town. In
 * running text; in a question, only with a facility word beside the quotes. Not a quoted
 * sentence («В Темиртау сорваны сроки», «Рудному урезали…»), nor a route of places
 * («Павлодар-Екібастұз»).
 */
function quotedName(h: NameHit, q: { start: number; end: number }, c: ThingContext): boolean {
  const { toks, votes } = c;
  const words = c.norm.slice(q.start, q.end).filter((w) => !/\d/.test(w)).length;
  if (!h.bare || words > NAME_WORDS || IN.has(toks[h.start - 1] ?? "")) return false;
  if (cueIn(votes, q.start, q.end, isDomain)) return false;
  const placesOnly = toks.slice(q.start, q.end).every((t, k) => AND.has(t) || c.names.some((n) => n.start <= q.start + k && q.start + k < n.end));
  if (placesOnly && q.end - q.start > h.end - h.start) return false;
  // A pair in quotes («Аркалык-Шубарколь»): a line or a deposit, as the word beside it says (compoundName).
  const s = c.surface!;
  if (q.end - q.start > h.end - h.start && toks.slice(q.start + 1, q.end).every((_, k) => s.hyphen[q.start + 1 + k])) return false;
  const alone = q.start === h.start && q.end === h.end;
  if (votes.isAt(q.start - 1, "facility") || votes.isAt(q.end, "facility")) return true;
  // The facility's word inside the quotes, right beside the name: the company's own name,
  // quoted even in a headline («АрселорМиттал Темиртау» прекратил закуп лома).
  if ((h.start > q.start && votes.isAt(h.start - 1, "facility")) || (h.end < q.end && votes.isAt(h.end, "facility"))) return true;
  return toks.length > SHORT && (alone || votes.domainCount <= QUOTE_DOMAIN);
}

/**
 * The name joined by a hyphen to a capitalised word that is no place's name, no number, with
 * a mountain's or a nature reserve's word beside the pair («Ақсу-Бас тауы», «Ақсу-Жабағылы
 * қорығы»), or in running text a facility's («Риддер-Сокол кен орны»): a peak's, a
 * reserve's, a deposit's, a company's name. A short question about a plant so named asks
 * about the town's economy. Two places joined so («Балқаш-Жезқазған», «Аркалык-Шубарколь»
 * линиясы) are a route or a hub: the town.
 */
function compoundName(h: NameHit, u: Unit, c: ThingContext): boolean {
  const s = c.surface!;
  if (u.start === h.start && u.end === h.end) return false;
  const kind = (k: string) => k === "mountain" || k === "reserve" || (k === "facility" && c.toks.length > SHORT);
  if (!cueIn(c.votes, u.start - 1, u.start, kind) && !cueIn(c.votes, u.end, u.end + 1, kind)) return false;
  const named = (i: number) => c.names.some((n) => n.start <= i && i < n.end);
  for (let i = u.start; i < u.end; i++) {
    if (i >= h.start && i < h.end) continue;
    if (u.quoted && (i < u.quoted.start || i >= u.quoted.end)) continue;
    // Only the words the hyphen joins to the name.
    const joined =
      (i < h.start && [...Array(h.start - i).keys()].every((k) => s.hyphen[i + k + 1])) ||
      (i >= h.end && [...Array(i - h.end + 1).keys()].every((k) => s.hyphen[h.end + k]));
    if (joined && s.capital[i] && !named(i) && !/\d/.test(c.norm[i]!)) return true;
  }
  return false;
}

/** A Russian adjective's endings («-ский», «-кая», «-цкое»…). */
const RUSSIAN_ADJECTIVE = /[сц]к(ий|ая|ое|ие|ого|ой|ом|их|им|ую|ими|ому)$/;

/**
 * The name joined by a hyphen to a Russian adjective after it («Балхаш-Алакольский бассейн»,
 * «Экибастуз-Павлодарская агломерация»): one compound adjective for a basin, a region or a
 * route, named after the town and something else, not the town itself.
 */
function compoundAdjective(h: NameHit, c: ThingContext): boolean {
  const j = h.end;
  return j < c.norm.length && c.surface!.hyphen[j]! && RUSSIAN_ADJECTIVE.test(c.norm[j]!);
}

/**
 * The name in a list that opens with a colon or a bracket a few words after a facility word
 * («кен орындары: Риддер-Сокол, Тишин», «кен орындары консервацияланған (Бақыршық,
 * Жітіқара, …)»), in running text that asks little about the data: the list names those
 * facilities. Not when a city word follows the name.
 */
function facilityList(h: NameHit, c: ThingContext): boolean {
  const s = c.surface!;
  const { votes } = c;
  if (c.toks.length <= SHORT || votes.domainCount > QUOTE_DOMAIN || cueIn(votes, h.end, h.end + 2, (k) => k === "city")) return false;
  // A list: a comma before the name or after its compound.
  const u = unitOf(h, s);
  if (!s.comma[u.start] && !s.comma[u.end]) return false;
  for (let i = h.start; i >= Math.max(0, h.start - LIST_REACH); i--) {
    if (i < h.start && s.closes[i]) return false;
    // «комбинаттары бар қалалар (Теміртау, Балқаш)»: a city word before the list makes it towns.
    if (s.opens[i])
      return cueIn(votes, Math.max(0, i - LIST_LEAD), i, (k) => k === "facility") && !cueIn(votes, Math.max(0, i - LIST_LEAD), i, (k) => k === "city");
  }
  return false;
}

/** Whether a place beside the name is joined to it by a hyphen («Балқаш-Жезқазған»). */
export function hyphenPair(h: { start: number; end: number }, r: { start: number; end: number }, s: Surface | null): boolean {
  if (!s) return false;
  return (r.start === h.end && Boolean(s.hyphen[h.end])) || (r.end === h.start && Boolean(s.hyphen[h.start]));
}
