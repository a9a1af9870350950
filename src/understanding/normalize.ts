// Text normalisation shared by the matchers: case, ё, punctuation and spacing, and a
// "folded" form where Kazakh letters become the Russian look-alikes people type
// (Балкаш for Балқаш) and Latin transliteration is mapped onto one spelling.
import { Memo } from "./memo.ts";

/** Marks that part words: normalize() turns each run into a space (surface.ts reads them first). */
export const PUNCTUATION = /[«»"“”„.,!?;:()[\]{}<>/\\|—–…_+*=#@~^&%$-]+/g;

/** Apostrophes: part of a word (2017 Kazakh Latin: s'=ш, c'=ч, g'=ғ, o'=ө...; Ридер'е), never a mark. */
const APOSTROPHE = /['’ʼ`´]/;
/** What each UTF-16 unit is to normalize(): a letter kept as it is, a separator, an apostrophe, «ё», or a stress mark. */
const KEEP = 0;
const SEPARATOR = 1;
const APOSTROPHE_MARK = 2;
const YO = 3;
const STRESS = 4;
const KIND = new Uint8Array(0x10000);
/** A combining mark: it may compose with the letter before it. */
const COMBINING = /\p{M}/u;
const MARK = new RegExp(`${PUNCTUATION.source}|\\s`);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (APOSTROPHE.test(ch)) KIND[c] = APOSTROPHE_MARK;
  else if (MARK.test(ch)) KIND[c] = SEPARATOR;
}
KIND["ё".charCodeAt(0)] = YO;
// The acute and grave accents dictionaries and Wikipedia put on a stressed vowel («Аба́й», «Кента́у»):
// no Cyrillic letter composes with them, so they stay in the word after NFC and are dropped.
KIND[0x301] = STRESS;
KIND[0x300] = STRESS;
/**
 * The UTF-16 units a text of which is in NFC whatever their order: Latin, Cyrillic and the
 * general punctuation, each its own normal form and no combining mark (nothing composes
 * with it or is reordered around it). A text of these alone is not normalised again.
 */
const IN_NFC = new Uint8Array(0x2070);
for (let c = 0; c < IN_NFC.length; c++) {
  const ch = String.fromCharCode(c);
  const block = c < 0x300 || (c >= 0x400 && c < 0x530) || c >= 0x2000;
  IN_NFC[c] = block && ch.normalize("NFC") === ch && !COMBINING.test(ch) ? 1 : 0;
}
const S = "s".charCodeAt(0);
const C = "c".charCodeAt(0);

/**
 * Lower case, «ё» as «е», s' and c' as sh and ch and other apostrophes and stress marks dropped, each run of
 * punctuation and spaces one space, none at the ends; a word typed in two scripts in one.
 */
export function normalize(text: string): string {
  return normalizedWords(text).join(" ");
}

/** Whether the text is in NFC by its units alone (IN_NFC): a loop costs less than normalize(). */
function inNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= IN_NFC.length || IN_NFC[c] === 0) return false;
  }
  return true;
}

/** The Cyrillic letters `unmix` gives a Latin look-alike or counts. */
const MIXED_CYRILLIC = /[а-яәғқңөұүһі]/;

const LATIN_A = "a".charCodeAt(0);
const LATIN_Z = "z".charCodeAt(0);

/**
 * The words of `normalize(text)`, as its `split(" ")` (none for an empty text), made in one
 * pass over the text: the letters between marks are copied in slices, and no string of the
 * whole text is built to be split again.
 */
export function normalizedWords(text: string): string[] {
  const lower = (inNfc(text) ? text : text.normalize("NFC")).toLowerCase();
  const words: string[] = [];
  /** The current word's letters copied so far, and where those not yet copied begin. */
  let word = "";
  let from = 0;
  let space = false;
  let latin = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const kind = KIND[code]!;
    if (kind === KEEP) {
      if (space) {
        if (word) words.push(word);
        word = "";
        space = false;
        from = i;
      }
      if (code >= LATIN_A && code <= LATIN_Z) latin = true;
      continue;
    }
    if (!space) word += lower.slice(from, i);
    from = i + 1;
    if (kind === SEPARATOR) space = true;
    else if (kind === YO) {
      if (space && word) {
        words.push(word);
        word = "";
      }
      space = false;
      word += "е";
    } else if (kind === STRESS) {
      // A stress mark: dropped, the word goes on.
    } else if (!space) {
      // An apostrophe: after s or c it spells sh or ch; else it is dropped.
      const prev = i > 0 ? lower.charCodeAt(i - 1) : 0;
      if (prev === S || prev === C) word += "h";
    }
  }
  if (!space) word += lower.slice(from);
  if (word) words.push(word);
  // A Latin letter is rare in these messages: only then is any word looked at again.
  return latin && words.some((w) => MIXED_CYRILLIC.test(w)) ? words.map(unmix) : words;
}

// A word typed in two scripts («бөлiнген» with a Latin i, «Riddеrge» with a Cyrillic е):
// the look-alike letters take the script of the rest of the word.
const LATIN_LOOKALIKE: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", k: "к", m: "м", t: "т", i: "і", h: "н" };
const CYRILLIC_LOOKALIKE: Record<string, string> = { а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", у: "y", к: "k", м: "m", т: "t", і: "i" };

function unmix(word: string): string {
  const latin = word.replace(/[^a-z]/g, "").length;
  if (latin === 0 || latin === word.length) return word;
  const cyrillic = word.replace(/[^а-яәғқңөұүһі]/g, "").length;
  return latin < cyrillic ? word.replace(/[a-z]/g, (c) => LATIN_LOOKALIKE[c] ?? c) : word.replace(/[а-яәғқңөұүһі]/g, (c) => CYRILLIC_LOOKALIKE[c] ?? c);
}

const KK_TO_RU: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };

/** Kazakh-specific letters folded to the Russian letters typed in their place. */
const KAZAKH_LETTER = /[әғқңөұүһі]/;

export function foldCyrillic(s: string): string {
  // Most words have no Kazakh letter: a test is cheaper than a replace with a callback.
  return KAZAKH_LETTER.test(s) ? s.replace(/[әғқңөұүһі]/g, (c) => KK_TO_RU[c]!) : s;
}

// Latin forms: Kazakh Latin (2021 and older variants) and Russian transliteration, all
// folded to one skeleton so Ekibastuz, Ekıbastūz and Ekibastuz match.
// biome-ignore format: a table of words reads best packed, many to a line
const DIACRITICS: Array<[RegExp, string]> = [
  [/[áäàâ]/g, "a"], [/[óöô]/g, "o"], [/[úūüýù]/g, "u"], [/[ıíì]/g, "i"], [/[ğǵ]/g, "g"], [/[ñń]/g, "n"], [/ş/g, "sh"], [/ç/g, "ch"], [/é/g, "e"],
];
// biome-ignore format: a table of words reads best packed, many to a line
const LATIN_FOLD: Array<[RegExp, string]> = [
  ...DIACRITICS,
  // «ts» is ц, but not before the «h» of an «sh» (ş folded just above): «aitşy», «toqtatşy» are
  // т + ш, as «айтшы», «тоқтатшы» are.
  [/q/g, "k"], [/kh/g, "h"], [/zh/g, "j"], [/ts(?!h)/g, "c"], [/y/g, "i"], [/w/g, "u"], [/x/g, "ks"],
];
const DIACRITIC = /[áäàâóöôúūüýùıíìğǵñńşçé]/;

/** A Latin word's letters with the diacritics folded onto plain ones («riddrdegı»: «riddrdegi»), the rest as typed. */
export function plainLatin(word: string): string {
  return DIACRITIC.test(word) ? foldLatin(word, DIACRITICS) : word;
}
// Digraphs only Latin spelling uses for one letter: in Cyrillic «тс» is т + с (Жанатс-қа,
// a typo of Жанатас, must stay one letter from it), not ц.
const DIGRAPHS = new Set(["kh", "zh", "ts(?!h)"]);
const CYRILLIC_FOLD = LATIN_FOLD.filter(([re]) => !DIGRAPHS.has(re.source));

function foldLatin(s: string, rules = LATIN_FOLD): string {
  let out = s;
  for (const [re, to] of rules) out = out.replace(re, to);
  return out;
}

// biome-ignore format: a table of words reads best packed, many to a line
const CYR_TO_LAT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p",
  р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "ch", ш: "sh", щ: "sh", ъ: "", ы: "i", ь: "", э: "e", ю: "iu", я: "ia",
};

/** A single comparable skeleton for any script: Cyrillic (Russian or Kazakh) or Latin. */
export function skeleton(text: string): string {
  return skeletonOfWord(normalize(text));
}

const wordSkeletons = new Memo<string>(50_000);

/**
 * The skeleton of each Cyrillic letter (a Kazakh one folded first) and digit. A word made
 * only of these needs none of the Latin folds (its letters spell no ş, q, y, w, x and no
 * digraph is folded in Cyrillic), so it is spelt out letter by letter: most words are, and
 * the folds are a dozen regular expressions each.
 */
const PLAIN = new Map<string, string>([
  ...Object.entries(CYR_TO_LAT),
  ...Object.entries(KK_TO_RU).map(([kk, ru]) => [kk, CYR_TO_LAT[ru]!] as [string, string]),
  ...[..."0123456789"].map((d) => [d, d] as [string, string]),
]);

/** PLAIN by UTF-16 code: an array index is cheaper than a map look-up for every letter. */
const PLAIN_BY_CODE: Array<string | undefined> = [];
for (const [letter, l] of PLAIN) PLAIN_BY_CODE[letter.charCodeAt(0)] = l;

/** `skeletonOfWord` of a word of PLAIN letters (repeated letters once), or undefined for any other word. */
function plainSkeleton(word: string): string | undefined {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const l = PLAIN_BY_CODE[word.charCodeAt(i)];
    if (l === undefined) return undefined;
    for (let j = 0; j < l.length; j++) {
      if (l[j] !== last) out += last = l[j]!;
    }
  }
  return out;
}

/** The skeleton of one word already through normalize(); memoised, since words repeat. */
export function skeletonOfWord(word: string): string {
  let out = wordSkeletons.get(word);
  if (out !== undefined) return out;
  out = fragmentSkeleton(word);
  wordSkeletons.set(word, out);
  return out;
}

/**
 * `skeletonOfWord` for a caller that keeps it with the word itself, so asks once per new
 * word: a word of plain letters is spelt out directly (cheaper than missing in the memo and
 * filling it), any other through the memo (its folds cost a dozen regular expressions).
 */
export function skeletonOfNewWord(word: string): string {
  return plainSkeleton(word) ?? skeletonOfWord(word);
}

/**
 * `skeletonOfWord` without the memo: for pieces of a word tried once (glued.ts), which
 * would only push the words that repeat out of it.
 */
export function fragmentSkeleton(word: string): string {
  return plainSkeleton(word) ?? latinSkeleton(word);
}

/** Any word's skeleton: letters spelt in Latin, the Latin folds, repeated letters once. */
function latinSkeleton(word: string): string {
  let latin = "";
  let cyrillic = false;
  for (const c of foldCyrillic(word)) {
    const l = CYR_TO_LAT[c];
    if (l !== undefined) cyrillic = true;
    latin += l ?? c;
  }
  return foldLatin(latin, cyrillic ? CYRILLIC_FOLD : LATIN_FOLD).replace(/(.)\1+/g, "$1");
}
