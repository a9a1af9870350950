// A tier named by its number: the Ministry numbers its three groups in order (first: on the
// way to diversification, second: medium potential, third: stagnating), and people name a
// group so — «1-й группы», «моногорода группы 3», «третьей категории», «3-ші топтағы»,
// «үшінші санаттағы», «III топ», «группа № 2», «1 и 3 группы». A number or an ordinal right
// beside a tier noun, either side, is that tier; numbers joined by «и», «мен» before one
// noun are each a tier. Not «3 млрд», «Темиртау 3», «топ 10 әндер»: no tier noun beside the
// number, or «топ» (a top list in Russian) with the number after it.
import type { CueHit } from "./cues.ts";
import type { TierId } from "../domain/types.ts";

const TIER_OF: TierId[] = ["diversifying", "medium_potential", "stagnating"];

/** Nouns that name a group by number whatever the message (skeletons): «группа», «категория», «топ», «санат», "group", "tier". */
const GROUP_NOUN = /^(grup|kategor|sanat|tier|category|categori)/;
/** «топ», «тобы», «топтағы», «топқа»: the Kazakh group; bare «топ» only after its number («3 топ», not «топ 3», a top three). */
const TOP_NOUN = /^(top(ta|tar|ka|ki|ti|tin|pen|tan|tag)\w*|tob(i|in|ina|inda|indagi))$/;
/** Nouns that name a group by number only in a message about monotowns or a town: «2 класс» is also a school year, «тип», «деңгей» a kind or a level. */
const WEAK_NOUN =
  /^(tip|tipa|tipu|tipe|tipom|tiptegi|tipke|tipi|tipine|tipindegi|klas|klasa|klase|klasu|razriad\w*|dengei(de|degi|ge|i|inde|indegi|ine)?|type|class|level)$/;

/** Digits typed as the number, with the ordinal ending glued or not: «1», «1й», «1-ой», «3я», «№3», «3-ші». */
const DIGIT = /^№?([123])(i|ia|oi|ei|go|ogo|aia|iu|ui|shi|inshi|nshi|chi)?$/;
/** An ordinal ending typed after a hyphen («1-й», «2-ой», «3-го», «3-ші»): its own word after the digit. */
const ENDING = /^(i|ia|oi|ei|go|ogo|aia|iu|ui|shi|ishi|inshi|nshi|chi|ge|ke)$/;
/**
 * Ordinals as words, in any case (skeletons): «первой», «вторую», «третьего», «бірінші»,
 * «екінші», «үшінші» with their endings; not «первичной», «вторичные», «третейский», nor
 * «біріншіден» (firstly).
 */
const ENDINGS_RU = "(a|aia|ia|oi|ei|uiu|iu|ogo|ego|omu|emu|om|em|ii|i|ie|ih|yi|y)";
const WORD_ORDINALS: Array<[RegExp, number]> = [
  [new RegExp(`^(perv${ENDINGS_RU}|birin(sh|ch)i(?!den)\\w*|first)$`), 0],
  [new RegExp(`^(vtor${ENDINGS_RU}|ekin(sh|ch)i(?!den)\\w*|second)$`), 1],
  [new RegExp(`^(tret${ENDINGS_RU}|u[sc]h?in(sh|ch)i(?!den)\\w*|third)$`), 2],
];
/** Roman numerals as typed (normalised words, not skeletons, which write «iii» as «i»), in Latin or Kazakh «і». */
const ROMAN = new Map([
  ["i", 0],
  ["ii", 1],
  ["iii", 2],
  ["і", 0],
  ["іі", 1],
  ["ііі", 2],
]);
/** Words that join numbers before one noun («1 и 3 группы», «1-топ пен 3-топ» is two nouns): skeletons. */
const JOIN = new Set(["i", "ili", "men", "ben", "pen", "jane", "and", "or", "nemese"]);
const CYRILLIC = /[а-яәғқңөұүһі]/;
/** «города», «городов», «қалалар», «qalalar» (skeletons): towns in the plural. */
const TOWNS = /^(goroda|gorodov|gorodam|gorodah|kalalar\w*)$/;

interface Numeral {
  tier: number;
  start: number;
  end: number;
}

/** The numeral ending right before `end` (exclusive), or null. */
function numeralBefore(norm: readonly string[], toks: readonly string[], end: number, nounCyrillic: boolean): Numeral | null {
  const i = end - 1;
  if (i < 0) return null;
  const t = toks[i]!;
  // «1-й», «3-ші», «II-й»: the ending is its own word after the digit or the Roman numeral.
  if (ENDING.test(t) && i >= 1 && /^№?[123]$/.test(toks[i - 1]!)) return { tier: Number(toks[i - 1]!.replace("№", "")) - 1, start: i - 1, end };
  const roman = ENDING.test(t) && i >= 1 && norm[i - 1] !== "i" ? ROMAN.get(norm[i - 1]!) : undefined;
  if (roman !== undefined) return { tier: roman, start: i - 1, end };
  return numeralAt(norm, toks, i, nounCyrillic);
}

/** The numeral that is word `i` alone, or null. */
function numeralAt(norm: readonly string[], toks: readonly string[], i: number, nounCyrillic: boolean): Numeral | null {
  const t = toks[i];
  if (t === undefined) return null;
  const digit = DIGIT.exec(t);
  if (digit) return { tier: Number(digit[1]) - 1, start: i, end: i + 1 };
  for (const [re, tier] of WORD_ORDINALS) if (re.test(t)) return { tier, start: i, end: i + 1 };
  const roman = ROMAN.get(norm[i]!);
  // A lone Latin «I» is a Roman one only in Cyrillic text: in Russian typed in Latin it is «и».
  if (roman !== undefined && (norm[i] !== "i" || nounCyrillic)) return { tier: roman, start: i, end: i + 1 };
  return null;
}

/** «№», «номер», «nomer» (skeletons) between a group noun and its number. */
const NUMBER_SIGN = new Set(["№", "nomer", "nomir"]);

/** The numeral right after word `i` («группа 3», «группы II», «группа № 2», «группа номер 3», «группе 3-й»), or null. */
function numeralAfter(norm: readonly string[], toks: readonly string[], i: number, nounCyrillic: boolean): Numeral | null {
  const j = NUMBER_SIGN.has(toks[i + 1] ?? "") ? i + 2 : i + 1;
  const n = numeralAt(norm, toks, j, nounCyrillic);
  if (n && /^\d$/.test(toks[j]!) && ENDING.test(toks[j + 1] ?? "")) n.end = j + 2;
  return n;
}

/**
 * Tier cue hits for the numbers and ordinals beside a tier noun. `monotownTalk`: the message
 * names a town or monotowns, so a weak noun («класс», «тип», «деңгей») names a group too.
 */
export function numberedTiers(norm: readonly string[], toks: readonly string[], monotownTalk: boolean): CueHit[] {
  const out: CueHit[] = [];
  // «города третьего типа»: towns are the subject, as a monotown word or a town's name makes them.
  const talk = monotownTalk || toks.some((t) => TOWNS.test(t));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const top = TOP_NOUN.test(t);
    const bareTop = t === "top";
    if (!GROUP_NOUN.test(t) && !top && !bareTop && !(talk && WEAK_NOUN.test(t))) continue;
    // The noun's language is the hit's: «топ», «санат», «деңгей» are Kazakh in either script.
    const lang = top || bareTop || /^(sanat|dengei|tipt|tipk|tipi)/.test(t) ? "kk" : /^(group|tier|categor|type|class|level)/.test(t) ? "en" : "ru";
    const cyrillic = CYRILLIC.test(norm[i]!);
    const found: Numeral[] = [];
    // Before the noun, and any numbers joined to that one: «1, 2 и 3 группы».
    let n = numeralBefore(norm, toks, i, cyrillic);
    while (n) {
      found.push(n);
      let k = n.start;
      if (k > 0 && JOIN.has(toks[k - 1]!)) k--;
      const more = numeralBefore(norm, toks, k, cyrillic);
      n = more && more.end === k ? more : null;
    }
    if (!found.length && !bareTop) {
      const after = numeralAfter(norm, toks, i, cyrillic);
      if (after) found.push(after);
    }
    for (const f of found) out.push({ cue: TIER_OF[f.tier]!, lang, weight: 1, start: Math.min(f.start, i), end: Math.max(f.end, i + 1) });
  }
  return out;
}
