// Tier words read in their context: a word that names a tier in one message measures
// something else in another («орындалу деңгейі», the level of execution) or is about the
// economy as a whole («экономика стагнирует»).
import type { CueHit } from "./cues.ts";
import type { Cue } from "./lexicon.ts";

/** Cues that name a tier or ask for one. */
const TIER_WORDS = new Set<Cue>(["tier", "diversifying", "medium_potential", "stagnating"]);
/** What a plan's execution is measured by: progress and money. */
const MEASURES = new Set<Cue>(["progress", "shortfall"]);

/**
 * The cue hits with the tier words that say something else taken out or turned round:
 * - «орындалу деңгейі», «уровень освоения»: a level word right beside a measure is that
 *   measure's level, not a tier, and «орташа», «средний» right before that level is its
 *   average («орташа орындалу деңгейі», «средний уровень освоения»), not the medium tier;
 * - «экономика стагнирует», «экономикалық тоқырау» with no town and no monotown word: the
 *   economy in general, so off our topic;
 * - «входит в список моногородов», «моногородом числится», «моноқала тізіміне кіреді»: a verb
 *   of belonging whose complement is the monotown word or the list asks whether it is one;
 * - «1 группу инвалидности», «мүгедектіктің 1 тобын»: a group noun (or a tier named by one)
 *   right beside an off-topic word is that thing's group, so off our topic.
 * - «халықаралық әуежайлар қатарына қосылды»: «қатарында», «қатарына» (among, into the ranks
 *   of) after a word that names something else is those ranks, not a tier.
 */
export function tierWordsInContext(hits: CueHit[], townNamed: boolean, toks: readonly string[]): CueHit[] {
  const measure = hits.filter((h) => MEASURES.has(h.cue) && h.weight === 1);
  const level = hits.filter((h) => h.cue === "level");
  const measuredLevel = level.filter((l) => measure.some((m) => adjacent(m, l)));
  const offtopic = hits.filter((h) => h.cue === "offtopic" && h.weight === 1);
  const out = hits
    .filter(
      (h) =>
        !levelBesideMeasure(h, level, measure) &&
        !averageLevel(h, measuredLevel, measure) &&
        !belongsToMonotowns(h, hits, toks) &&
        !ranksOfOthers(h, hits, toks),
    )
    .map((h) => (groupNoun(h, hits) && offtopic.some((o) => adjacent(o, h)) ? { ...h, cue: "offtopic" as Cue } : h));
  const economy = out.some((h) => h.cue === "economy") && !townNamed && !out.some((h) => h.cue === "monotown");
  if (!economy) return out;
  return out.map((h) => (TIER_WORDS.has(h.cue) ? { ...h, cue: "offtopic" } : h));
}

/** «моногород», «моноқала» in the singular, as skeletons. */
const ONE_MONOTOWN = new Set(["monogorod", "monokala"]);

/**
 * «рейтинг», «от худшего к лучшему», or one monotown asked for («лучший моногород», «ең жақсы
 * моноқала»): «лучший», «ең жақсы» then rank the towns, not name a tier, which is many towns.
 */
export function ranksTowns(votes: { has(c: Cue): boolean }, toks: string[]): boolean {
  return votes.has("ranking") || toks.some((t) => ONE_MONOTOWN.has(t));
}

/** Prepositions that may stand between a verb of belonging and its complement («в», «к»), as skeletons. */
const BELONG_PREPOSITIONS = new Set(["v", "vo", "k", "ko"]);

/**
 * «входит в список моногородов», «относится к моногородам», «моногородом числится»,
 * «моноқала тізіміне кіреді», «моноқалаларға жатады»: a tier word that is a verb of belonging
 * (`data/lexicon/belong.txt`) with a monotown word after it, past only prepositions and list
 * words, or before it, past only list words: whether the town is one, not its tier.
 */
function belongsToMonotowns(h: CueHit, hits: CueHit[], toks: readonly string[]): boolean {
  if (h.cue !== "tier" || !hits.some((b) => b.cue === "belong" && b.start === h.start)) return false;
  const listAt = (i: number) => hits.some((l) => l.cue === "list" && l.start <= i && i < l.end);
  return hits.some((m) => {
    if (m.cue !== "monotown") return false;
    if (m.start >= h.end) {
      for (let i = h.end; i < m.start; i++) if (!BELONG_PREPOSITIONS.has(toks[i]!) && !listAt(i)) return false;
      return m.start - h.end <= 2;
    }
    if (m.end > h.start) return false;
    for (let i = m.end; i < h.start; i++) if (!listAt(i)) return false;
    return h.start - m.end <= 1;
  });
}

/** Whether a tier word is, or holds, a word like «группа», «топ» (a `tier` hit): a group of something. */
function groupNoun(h: CueHit, hits: CueHit[]): boolean {
  return TIER_WORDS.has(h.cue) && hits.some((t) => t.cue === "tier" && t.start >= h.start && t.end <= h.end);
}

/** «қатарында», «қатарына», «қатарынан» (among, into or out of the ranks of), as skeletons. */
const RANKS = /^katari(nda|na|nan)$/;
/** What the ranks of a tier are made of: towns, the monotowns, a tier's own words. */
const TOWNS_OR_TIERS = new Set<Cue>(["city", "list", "monotown", ...TIER_WORDS]);

/**
 * «әуежайлар қатарына» (into the ranks of airports), «зауыттары қатарына кірді»: the tier read
 * of «қатарында», «қатарына», and of a verb of belonging right after them, where the word
 * before them is read as something (a plant, a topic) and not as towns or a tier; «тоқыраған
 * қалалар қатарында», or a word nothing reads before them, stay.
 */
function ranksOfOthers(h: CueHit, hits: CueHit[], toks: readonly string[]): boolean {
  if (h.cue !== "tier") return false;
  // «әуежайлар қатарына кірді»: the verb of belonging after those ranks joins them, not a tier.
  const ranks = RANKS.test(toks[h.start]!) ? h.start : hits.some((b) => b.cue === "belong" && b.start === h.start) ? h.start - 1 : -1;
  if (ranks < 0 || !RANKS.test(toks[ranks] ?? "")) return false;
  const before = hits.filter((b) => b.end === ranks);
  return before.length > 0 && !before.some((b) => TOWNS_OR_TIERS.has(b.cue));
}

/** Whether two hits stand right beside each other, either way round. */
function adjacent(a: CueHit, b: CueHit): boolean {
  return a.end === b.start || b.end === a.start;
}

/** «орындалу деңгейі»: a tier-asking level word right beside a measure. */
function levelBesideMeasure(h: CueHit, level: CueHit[], measure: CueHit[]): boolean {
  return h.cue === "tier" && level.some((l) => l.start === h.start) && measure.some((m) => adjacent(m, h));
}

/** «орташа орындалу деңгейі»: «орташа» right before a measured level, or before the measure of one. */
function averageLevel(h: CueHit, measuredLevel: CueHit[], measure: CueHit[]): boolean {
  return h.cue === "medium_potential" && measuredLevel.some((l) => l.start === h.end || measure.some((m) => m.start === h.end && adjacent(m, l)));
}

/** «моноқалаларға жата ма», «моноқала ретінде» (skeletons): asked whether something is one. */
const BELONGS = new Set(["jata", "jatadi", "jatama", "jatadima", "retinde"]);

/** Whether a monotown word is followed by «жата ма» (does it belong) or «ретінде» (as one). */
export function asksIfOne(toks: string[], hits: CueHit[]): boolean {
  return hits.some((h) => h.cue === "monotown" && h.end < toks.length && BELONGS.has(toks[h.end]!));
}
