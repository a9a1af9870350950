// Which language a message is written in, for the reply: Kazakh letters, Kazakh and
// Russian function words and cue words (in Cyrillic, look-alike Cyrillic or Latin), and
// Kazakh suffixes on Cyrillic words. Names count only a little: «Теміртау» alone hints
// at Kazakh, but «Жаңаөзен по классификации куда попал?» is a Russian question.
import type { Lang } from "../domain/types.ts";
import { FUNCTION_WORDS } from "./lexicon.ts";
import type { LangRule } from "./rules.ts";
import { foldCyrillic, skeleton } from "./normalize.ts";

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/;
/** Letters of the Kazakh Latin alphabets (2021, 2018) and the apostrophe-free ASCII q. */
const KAZAKH_LATIN = /[äáğǵñńöóūúüışq]/;
const RUSSIAN_ONLY_ENDING = /(ть|ться|тся|ого|его|ому|ему|ые|ие|ая|ое|ую|юю|ой|ый|ий|ешь|ете|ишь|ите|ется|ается|ами|ями|ах|ях|ов|ев)$/;
const KAZAKH_SUFFIX =
  /(дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|дағы|дегі|тағы|тегі|ндағы|ндегі|лар|лер|дар|дер|тар|тер|сыз|сіз|шы|ші|мыз|міз|ады|еді|йды|йді|ған|ген|қан|кен)$/;

/**
 * English function words, as typed (not skeletons: «been» is not «бен»). English gets the
 * Russian reply. Words Kazakh Latin also spells («men», «me», «is», «on») are left out.
 */
// biome-ignore format: a table of words reads best packed, many to a line
const ENGLISH = new Set(["the", "a", "an", "of", "in", "are", "was", "were", "been", "have", "has", "had", "what", "which", "how", "much", "many", "my", "you", "your", "to", "for", "and", "with", "so", "far", "please", "give", "show", "tell", "about", "does", "do", "did", "can", "could", "this", "that", "there", "its", "from", "than", "would", "should", "will", "why", "where", "when", "who", "get", "got"]);

/**
 * The Kazakh genitive and -дағы typed without Kazakh letters («баланын», «каланын»,
 * «болатын», «елдеги»): no Russian word form ends so, but for surnames and nouns in
 * -анин/-янин («гражданин»), left out.
 */
const KAZAKH_GENITIVE_FOLDED = /.{3}(нын|нин|дын|дин|тын|тин|дагы|деги|тагы|теги)$/;
const RUSSIAN_PERSON_NOUN = /[ая]нин$/;

/**
 * Kazakh case endings no Russian word form ends in (after a Russian stem, spelt without Kazakh
 * letters); also the Kazakh plural with a case after it («командаларды», «проекттерге»).
 */
const KAZAKH_CASE_ON_RUSSIAN =
  /.{3}(дан|ден|тан|тен|нан|нен|дагы|деги|тагы|теги|нын|нин|дын|дин|тын|тин)$|.{3}(ие(ге|де|ден|нин|ни)|ия(га|да|дан|нын|ны|сы))$|.{3}(лар|лер|дар|дер|тар|тер)(ды|ди|да|де|га|ге)$/;

export class LanguageSignals {
  /** Skeletons of every function word, for "an ordinary word, not a misspelt name". */
  readonly ordinary: Set<string>;
  private ruCyr: Set<string>;
  private kkCyr: Set<string>;
  private ruSkel: Set<string>;
  private kkSkel: Set<string>;

  constructor() {
    this.ruCyr = new Set(FUNCTION_WORDS.ru);
    this.kkCyr = new Set(FUNCTION_WORDS.kk.flatMap((w) => [w, foldCyrillic(w)]));
    const ru = new Set(FUNCTION_WORDS.ru.map(skeleton));
    const kk = new Set(FUNCTION_WORDS.kk.map(skeleton));
    this.ordinary = new Set([...ru, ...kk]);
    // A skeleton both languages share («не», «да») tells nothing.
    for (const s of [...ru]) if (kk.has(s)) ru.delete(s), kk.delete(s);
    this.ruSkel = ru;
    this.kkSkel = kk;
  }

  /**
   * Score of one word that is not a name: positive for Kazakh, negative for Russian.
   * `cueLang` is the language of a cue word found there, if any ("both": a cue word the two
   * languages share, such as «категория»).
   */
  word(norm: string, skel: string, cueLang?: "ru" | "kk" | "en" | "both"): number {
    if (KAZAKH_LETTERS.test(norm)) return 2;
    if (CYRILLIC.test(norm)) {
      if (this.ruCyr.has(norm)) return this.kkCyr.has(norm) ? 0 : -2;
      if (this.kkCyr.has(norm)) return 2;
      if (cueLang === "kk") return 1.5;
      // «рассылкадан», «проектілер»: a Russian stem with a Kazakh case ending is Kazakh grammar.
      if (cueLang === "ru") return KAZAKH_CASE_ON_RUSSIAN.test(norm) ? 1.5 : -1.5;
      // «категорияда»: a shared word in a Kazakh case is Kazakh grammar; bare, it tells nothing.
      if (cueLang === "both") return KAZAKH_CASE_ON_RUSSIAN.test(norm) ? 1.5 : 0;
      if (norm.length > 3 && KAZAKH_SUFFIX.test(norm)) return 0.5;
      if (KAZAKH_GENITIVE_FOLDED.test(norm) && !RUSSIAN_PERSON_NOUN.test(norm)) return 0.5;
      if (norm.length > 3 && RUSSIAN_ONLY_ENDING.test(norm)) return -0.5;
      return 0;
    }
    if (LATIN.test(norm)) {
      if (ENGLISH.has(norm)) return -1;
      const qazaq = KAZAKH_LATIN.test(norm) ? 1 : 0;
      // Two-letter Latin words are English as often as Kazakh («me», «be») or Russian («na»).
      if (norm.length > 2 && this.kkSkel.has(skel)) return 2;
      if (norm.length > 2 && this.ruSkel.has(skel)) return -2;
      if (norm === "na" || norm === "po" || norm === "v") return -1;
      if (cueLang === "kk") return 1.5 + qazaq;
      if (cueLang === "ru") return -1.5;
      return qazaq;
    }
    return 0;
  }

  /** Weak hint from a name as typed: Kazakh letters (Cyrillic or Latin) in it. */
  name(norm: string): number {
    // «Qarajal», «Aqsu»: Russian transliteration has no q; Kazakh Latin spells қ with it.
    return KAZAKH_LETTERS.test(norm) || /[äğñöūüışǵńóúýq]/.test(norm) ? 0.25 : 0;
  }
}

/** Kazakh for a clearly positive score, Russian for a clearly negative one, else the fallback. */
export function decideLanguage(score: number, fallback: Lang): { lang: Lang; sure: boolean; rule: LangRule } {
  if (score > 0.2) return { lang: "kk", sure: score >= 1, rule: "lang.kazakh" };
  if (score < -0.2) return { lang: "ru", sure: score <= -1, rule: "lang.russian" };
  return { lang: fallback, sure: false, rule: "lang.no-sign" };
}
