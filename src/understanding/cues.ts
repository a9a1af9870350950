// Finds the lexicon's cue words in a tokenised message (see lexicon.ts for the notation).
import { isSwapAt, oneEditAt, push } from "./names.ts";
import { normalize, skeleton, skeletonOfWord } from "./normalize.ts";
import { LEXICON, type Cue, type LexKey, type LexLang, type Lexicon } from "./lexicon.ts";
import { isEnding } from "./morphology.ts";
import { Memo } from "./memo.ts";

export interface CueHit {
  cue: Cue;
  lang: LexLang;
  weight: number;
  start: number;
  end: number;
}

/** One lexicon entry a word may be the last word of (CueMatcher.readingOf); opaque to callers. */
export interface Pattern {
  cue: Cue;
  lang: LexLang;
  weight: number;
  head: string[];
  last: string;
  prefix: boolean;
}

/** Stems and words this long or longer are also recognised with one typo. */
const MIN_TYPO_STEM = 5;
/** Four-letter stems («групп-», whose skeleton writes the doubled letter once) take only two letters swapped, with an ending or nothing after. */
const MIN_SWAP_STEM = 4;
/** Shorter stems match only when the rest of the word is an ending («тобы», not «тобольск»). */
const MIN_FREE_STEM = 4;
/** A typo that drops a letter is accepted only on stems this long («сообщить» is not «сообщай»). */
const MIN_DELETION_STEM = 8;
/** A phrase's last word this long is also recognised with one typo, its other words typed right («не хвататет»). */
const MIN_PHRASE_TYPO_WORD = 6;
/** A phrase's last stem this long takes two letters swapped, its other words typed right («бір топатғы»). */
const MIN_PHRASE_SWAP_WORD = 5;
const MEMO_LIMIT = 20_000;
/** A stem this long is read in a word a four-letter stem alone begins (shortStemOnly). */
const MIN_LONG_TYPO_STEM = 7;
/** A whole word this long is preferred over a four-letter stem's swap one edit away (longWordOverShortSwap). */
const MIN_LONG_WORD = 6;

export class CueMatcher {
  private exact = new Map<string, Pattern[]>();
  private prefix = new Map<string, Pattern[]>();
  /** One-word stems open to typos, by first letter: a typo never changes the first letter. */
  private typoable = new Map<string, Pattern[]>();
  /** Phrases whose last word is open to a typo, by that word's first letter. */
  private phraseTypoable = new Map<string, Pattern[]>();
  private memo = new Memo<Pattern[]>(MEMO_LIMIT);
  /** `direct` per word: dictionary words are read only so, and they are most words of a text. */
  private directMemo = new Memo<Pattern[]>(MEMO_LIMIT);
  /** The first five letters of every stem that long: a word reads as a long stem only if it begins so. */
  private stemBeginnings = new Set<string>();
  /** The first three letters of every stem that long: a word is looked up by its longer beginnings only if it begins so. */
  private prefixBeginnings = new Set<string>();
  /** Every whole word the lexicon knows, for "is this an ordinary word?". */
  private words = new Set<string>();
  /** The first words of two-word phrases (isPhrase). */
  private phraseHeads = new Set<string>();
  /** Whole one-word entries of MIN_LONG_WORD letters or more, by each form with one letter left out (not the first). */
  private longWordsLessOne = new Map<string, Pattern[]>();
  /** `cue:skeleton` of one-word whole entries written with a final «ь» («получать»): isInfinitiveEntry. */
  private softEnds = new Set<string>();

  constructor(
    lexicon: Lexicon = LEXICON,
    private ordinary: Set<string> = new Set(),
  ) {
    for (const [cue, byLang] of Object.entries(lexicon) as Array<[Cue, Partial<Record<LexKey, string[]>>]>) {
      for (const [key, entries] of Object.entries(byLang) as Array<[LexKey, string[]]>) {
        const lang: LexLang = key === "kk_latin" ? "kk" : key === "ru_latin" ? "ru" : key;
        for (const raw of entries) {
          const weak = raw.endsWith("~");
          const entry = raw.replace(/~$/, "");
          const isPrefix = entry.endsWith("*");
          const words = normalize(entry.replace(/\*$/, "")).split(" ").filter(Boolean).map(skeleton);
          if (!words.length) continue;
          const p: Pattern = { cue, lang, weight: weak ? 0.5 : 1, head: words.slice(0, -1), last: words.at(-1)!, prefix: isPrefix };
          push(isPrefix ? this.prefix : this.exact, p.last, p);
          if (isPrefix && p.last.length >= 5) this.stemBeginnings.add(p.last.slice(0, 5));
          if (isPrefix && p.last.length >= 3) this.prefixBeginnings.add(p.last.slice(0, 3));
          if (!isPrefix) this.words.add(p.last);
          if (!isPrefix && !p.head.length && p.last.length >= MIN_LONG_WORD)
            for (let i = 1; i < p.last.length; i++) push(this.longWordsLessOne, p.last.slice(0, i) + p.last.slice(i + 1), p);
          if (!isPrefix && !p.head.length && entry.endsWith("ь")) this.softEnds.add(`${cue}:${p.last}`);
          if (p.head.length === 1) this.phraseHeads.add(p.head[0]!);
          if (isPrefix && p.last.length >= MIN_SWAP_STEM && !p.head.length) push(this.typoable, p.last[0]!, p);
          // A neutral phrase is an exception read exactly: «жұмыс істейд*» is not «жұмыс істейсің».
          if (p.head.length && p.last.length >= MIN_PHRASE_SWAP_WORD && cue !== "neutral") push(this.phraseTypoable, p.last[0]!, p);
        }
      }
    }
  }

  /** Whether `tok` is a phrase's first word `head` with one typo: a letter more, less, changed or two swapped. */
  private slippedHead(tok: string, head: string): boolean {
    if (head.length < MIN_TYPO_STEM || tok[0] !== head[0] || Math.abs(tok.length - head.length) > 1) return false;
    return !this.ordinary.has(tok) && !this.isKnown(tok) && oneEditAt(tok, tok.length, head);
  }

  /** Whether a word (skeleton) is one the lexicon knows, so it is not a misspelt name. */
  isKnown(tok: string): boolean {
    if (this.words.has(tok)) return true;
    if (!this.stemBeginnings.has(tok.slice(0, 5))) return false;
    // A stem names the word when nothing but an ending follows, or when it is long.
    for (let k = tok.length; k >= 5; k--) if (this.prefix.has(tok.slice(0, k)) && (k >= 6 || isEnding(tok.slice(k)))) return true;
    return false;
  }

  /** Whether a word (skeleton) is a whole one-word entry of `cue` written with a final soft sign the skeleton drops («получать»). */
  isInfinitiveEntry(tok: string, cue: Cue): boolean {
    return this.softEnds.has(`${cue}:${tok}`);
  }

  /** Whether two words (skeletons) are a two-word phrase of the lexicon, typed right («алып таста»). */
  isPhrase(left: string, right: string): boolean {
    return this.phraseHeads.has(left) && this.directReading(right).some((p) => p.head.length === 1 && p.head[0] === left);
  }

  /** Whether any cue reads this word (skeleton), typos included. */
  matches(tok: string): boolean {
    return this.candidates(tok).length > 0;
  }

  /**
   * Cues in the tokens; `skip[i]` marks tokens already taken by a name, `noTypo[i]` words a
   * dictionary knows, read only as they are (vocabulary.ts); `readings[i]`, when given,
   * what `readingOf` gave for the token.
   */
  find(tokens: string[], skip: boolean[] = [], noTypo: boolean[] = [], readings?: ReadonlyArray<readonly Pattern[] | undefined>): CueHit[] {
    const hits: CueHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (skip[i]) continue;
      for (const p of readings?.[i] ?? (noTypo[i] ? this.direct(tokens[i]!) : this.candidates(tokens[i]!))) {
        const n = p.head.length;
        if (i - n < 0) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = tokens[i - n + j] === p.head[j] && !skip[i - n + j];
        // «добрвй день», «көмк керек»: a phrase's last word typed right and the word before it
        // one typo off (five letters or more, the first kept, no word of its own); a last word
        // that is a stem may have its ending after it («жаызп қойшы»: жазып қой-).
        const lastTyped = tokens[i] === p.last || (p.prefix && tokens[i]!.startsWith(p.last));
        if (!ok && n === 1 && p.cue !== "neutral" && lastTyped && !skip[i - 1] && !noTypo[i - 1]) ok = this.slippedHead(tokens[i - 1]!, p.head[0]!);
        if (ok) hits.push({ cue: p.cue, lang: p.lang, weight: p.weight, start: i - n, end: i + 1 });
      }
    }
    // A neutral phrase takes its words: nothing else is read in them. So does a schoolwork
    // phrase, for what else it is («үй тапсырмасы», homework: not the plan's «тапсырма»).
    const neutral = hits.filter((h) => h.cue === "neutral" || (h.cue === "schoolwork" && h.end - h.start > 1));
    if (!neutral.length) return hits;
    return hits.filter((h) => h.cue !== "neutral" && !neutral.some((n) => n.cue !== h.cue && n.start <= h.start && h.end <= n.end));
  }

  /**
   * The patterns a token may end (heads not checked yet), typos included unless `noTypo`:
   * for a caller that keeps it with the rest of what it knows of the word. A dictionary
   * word's (`noTypo`) is made without a memo, where a new word would only miss and push a
   * word out; the rest through `candidates`' memo, which the glued-word splitter has
   * already filled for the word (GluedWords' `isRead`), unless `remember` is false (a word
   * the caller reads once, such as a number: it would only push a word out too).
   */
  readingOf(tok: string, noTypo: boolean, remember = true): readonly Pattern[] {
    return noTypo ? this.directReading(tok) : remember ? this.candidates(tok) : this.reading(tok);
  }

  /** `readingOf` with typos, with no memo: for a matcher no one else asks of the word (region stems). */
  freshReadingOf(tok: string): readonly Pattern[] {
    return this.reading(tok);
  }

  /** Patterns whose last word this token is (heads not checked yet); memoised per word. */
  private candidates(tok: string): Pattern[] {
    const memo = this.memo.get(tok);
    if (memo) return memo;
    const out = this.reading(tok);
    this.memo.set(tok, out);
    return out;
  }

  /** `candidates` with no memo (a new array). */
  private reading(tok: string): Pattern[] {
    // Not through direct()'s memo: the caller keeps the word already.
    const out = this.directReading(tok);
    if (shortStemOnly(out, tok) && !this.ordinary.has(tok)) {
      const long = this.longStemTypos(tok);
      if (long.length) return long;
    }
    // A phrase's last word (a head still to check) does not stop a typo's reading («жазыду»).
    if (out.every((p) => p.head.length) && tok.length >= MIN_TYPO_STEM && !this.ordinary.has(tok) && !/\d/.test(tok)) out.push(...this.typos(tok));
    if (tok.length >= MIN_PHRASE_TYPO_WORD - 1 && !this.ordinary.has(tok)) for (const p of this.phraseTypos(tok)) if (!out.includes(p)) out.push(p);
    return out;
  }

  /**
   * The cues that would read a one-word token (skeleton) only as a typo, ordinary or not:
   * what scripts/ordinary-words.ts looks for in the dictionaries' words.
   */
  typoReadings(tok: string): Cue[] {
    const direct = this.direct(tok);
    if (shortStemOnly(direct, tok)) return [...new Set(this.longStemTypos(tok).map((p) => p.cue))];
    if (!direct.every((p) => p.head.length) || tok.length < MIN_TYPO_STEM || /\d/.test(tok)) return [];
    return [...new Set(this.typos(tok).map((p) => p.cue))];
  }

  /**
   * «поетнциал» (потенциал with «те» swapped) begins as «поэт-», a four-letter stem with no
   * ending after it: the stems of seven letters or more the word is a typo of, read instead.
   */
  private longStemTypos(tok: string): Pattern[] {
    if (/\d/.test(tok)) return [];
    return this.typos(tok).filter((p) => p.last.length >= MIN_LONG_TYPO_STEM);
  }

  /** Patterns that take the token as it is: a whole word, or a stem and what may follow it. */
  private direct(tok: string): Pattern[] {
    const memo = this.directMemo.get(tok);
    if (memo) return memo;
    const out = this.directReading(tok);
    this.directMemo.set(tok, out);
    return out;
  }

  /** `direct` with no memo (a new array). */
  private directReading(tok: string): Pattern[] {
    const out: Pattern[] = [...(this.exact.get(tok) ?? [])];
    // No stem of three letters or more begins as the word does: only shorter ones may match.
    const from = this.prefixBeginnings.has(tok.slice(0, 3)) ? tok.length : Math.min(tok.length, 2);
    for (let k = from; k >= 1; k--) {
      const ps = this.prefix.get(tok.slice(0, k));
      if (ps) for (const p of ps) if (k >= MIN_FREE_STEM || p.head.length || isEnding(tok.slice(k))) out.push(p);
    }
    return out;
  }

  /**
   * Phrases whose last word this token is with one typo (a letter more, less, changed or two
   * swapped; the first letter kept; only a swap in a five-letter stem): the phrase's other
   * words, checked by the caller, must be typed right, so «не хвататет» is «не хватает» but
   * «хвататет» alone is nothing.
   */
  private phraseTypos(tok: string): Pattern[] {
    const out: Pattern[] = [];
    for (const p of this.phraseTypoable.get(tok[0]!) ?? []) {
      const n = p.last.length;
      // «бір топатғы»: a five-letter last word takes only two letters swapped.
      if (n < MIN_PHRASE_TYPO_WORD) {
        if (p.prefix && tok.length >= n && isSwapAt(tok, n, p.last)) out.push(p);
        continue;
      }
      // Lengths first: one edit changes a word's length by one at most.
      if (p.prefix ? tok.length < n - 1 : Math.abs(tok.length - n) > 1) continue;
      if (p.prefix ? beginsNear(tok, n - 1, p.last) || beginsNear(tok, n, p.last) || beginsNear(tok, n + 1, p.last) : oneEditAt(tok, tok.length, p.last))
        out.push(p);
    }
    return out;
  }

  private typos(tok: string): Pattern[] {
    const out: Pattern[] = [];
    let shortSwap = false;
    for (const p of this.typoable.get(tok[0]!) ?? []) {
      const n = p.last.length;
      if (tok.length < n - 1) continue;
      // «гурппа»: a four-letter stem with two letters swapped (not the first), and an ending.
      if (n < MIN_TYPO_STEM) {
        if ((isSwapAt(tok, n, p.last) && tok.slice(0, n) !== p.last && (tok.length === n || isEnding(tok.slice(n)))) || swappedIntoEnding(tok, p.last)) {
          out.push(p);
          shortSwap = true;
        }
        continue;
      }
      // A vowel left out of a bare stem is the commonest slip on a phone: «привт», «сәлм»,
      // «рахмт». With an ending after it, too many real words read so («кешке», «қаншасы»).
      if (dropsVowel(tok, p.last)) {
        out.push(p);
        continue;
      }
      // One edit or swap leaves the stem's second or third letter in the word's second or
      // third place (the first letters are the same): a word with neither is no typo of it.
      if (tok[1] !== p.last[1] && tok[1] !== p.last[2] && tok[2] !== p.last[1] && tok[2] !== p.last[2]) continue;
      for (let k = n >= MIN_DELETION_STEM ? n - 1 : n; k <= Math.min(n + 1, tok.length); k++) {
        // The stem's last letter must still be there: «проблемы» is not a typo of «проблемн-»;
        // or swapped with the one before it («подпсиаться»: подпис- with и and с swapped);
        // or, with only an ending after it, a slip onto the next key («команлы», «жазыду»).
        const end =
          tok[k - 1] === p.last[n - 1] ||
          (k === n && tok[k - 2] === p.last[n - 1] && tok[k - 1] === p.last[n - 2]) ||
          (k === n && (tok.length - k <= 2 || isEnding(tok.slice(k))) && tok.startsWith(p.last.slice(0, n - 1)) && neighbourKeys(tok[k - 1]!, p.last[n - 1]!));
        // A five-letter stem takes only a swap or a letter too many: one changed letter
        // turns too many words into it («ресей» → receive).
        if (end && oneEditAt(tok, k, p.last) && (n > MIN_TYPO_STEM || k > n || (k === n && isSwapAt(tok, k, p.last)) || tok[k - 1] !== p.last[n - 1])) {
          out.push(p);
          break;
        }
      }
    }
    if (!out.length) this.digraphSlips(tok, out);
    if (!out.length) this.digraphSwaps(tok, out);
    return shortSwap ? this.longWordOverShortSwap(tok, out) : out;
  }

  /**
   * «жөнніде» (жөнінде, about, a letter doubled and one left out): a four-letter stem with two
   * letters swapped («жойың-», delete) is the weakest typo there is, so where the word is one
   * letter more or less than a whole word of six letters or more the lexicon knows, or one
   * changed, that word is what was typed.
   */
  private longWordOverShortSwap(tok: string, out: Pattern[]): Pattern[] {
    const near = [...(this.longWordsLessOne.get(tok) ?? [])];
    for (let i = 1; i < tok.length; i++) {
      const less = tok.slice(0, i) + tok.slice(i + 1);
      for (const p of this.exact.get(less) ?? []) if (!p.head.length && less.length >= MIN_LONG_WORD) near.push(p);
      for (const p of this.longWordsLessOne.get(less) ?? []) near.push(p);
    }
    if (!near.length) return out;
    return [...out.filter((p) => p.last.length >= MIN_TYPO_STEM), ...new Set(near)];
  }

  /**
   * «подпшиите», «полчуать»: two neighbouring letters swapped where one is a letter the
   * skeleton writes with two (ш, щ, ч as «sh», «ch»), which the letter-by-letter search above
   * sees as three letters moved. The skeleton's pair is moved back one place either way, and
   * the word is read if a one-word stem or word of five letters or more then reads it, the swap
   * inside the stem. Tried only where nothing else read the word.
   */
  private digraphSwaps(tok: string, out: Pattern[]): void {
    for (let i = 1; i + 1 < tok.length; i++) {
      if (tok.charCodeAt(i + 1) !== LETTER_H || (tok[i] !== "s" && tok[i] !== "c")) continue;
      const pair = tok.slice(i, i + 2);
      const moved = [
        i >= 2 ? tok.slice(0, i - 1) + pair + tok[i - 1] + tok.slice(i + 2) : "",
        i + 2 < tok.length ? tok.slice(0, i) + tok[i + 2] + pair + tok.slice(i + 3) : "",
      ];
      for (const fixed of moved) if (fixed) this.readMended(fixed, i, out);
    }
  }

  /**
   * «подпичаться»: a stem's letter typed as the key beside it whose letter the skeleton writes
   * with two (ч beside с; ш beside г and щ; щ beside з), one slip the letter-by-letter search
   * above counts as two. Tried only where nothing else read the word, and only on a one-word
   * stem of five letters or more that the slipped letter falls inside.
   */
  private digraphSlips(tok: string, out: Pattern[]): void {
    for (let i = 1; i + 1 < tok.length; i++) {
      // Every such letter's skeleton ends in «h» (ch, sh): other positions are not sliced and looked up.
      if (tok.charCodeAt(i + 1) !== LETTER_H) continue;
      const keys = DIGRAPH_NEIGHBOURS.get(tok.slice(i, i + 2));
      if (!keys) continue;
      for (const key of keys) this.readMended(tok.slice(0, i) + key + tok.slice(i + 2), i, out);
    }
  }

  /**
   * The one-word stems and words of five letters or more that read `fixed`, the word with a
   * slip at `at` mended, the slip inside them: added to `out`. Only a word that begins like
   * such a stem is looked up.
   */
  private readMended(fixed: string, at: number, out: Pattern[]): void {
    if (!this.stemBeginnings.has(fixed.slice(0, MIN_TYPO_STEM))) return;
    for (const p of this.direct(fixed)) if (!p.head.length && p.last.length >= MIN_TYPO_STEM && at < p.last.length && !out.includes(p)) out.push(p);
  }
}

/**
 * Whether a word of eight letters or more is read only by four-letter stems with no ending
 * after them («поэт-» in «поетнциал»): too little of the word for its reading to be sure.
 */
function shortStemOnly(direct: readonly Pattern[], tok: string): boolean {
  if (tok.length < 2 * MIN_SWAP_STEM || !direct.length) return false;
  return direct.every((p) => p.prefix && !p.head.length && p.last.length === MIN_SWAP_STEM && !isEnding(tok.slice(MIN_SWAP_STEM)));
}

/**
 * «жоблаар» (жоба-лар): a four-letter stem's last letter swapped with the ending's first. The
 * skeleton writes a doubled letter once, so where the swap doubles the stem's last letter
 * («лаар») the ending is read with that letter put back.
 */
function swappedIntoEnding(tok: string, stem: string): boolean {
  const n = stem.length;
  // A letter or more of the ending after the swapped pair: «түсіп» is no «түсп-» with «пі» swapped.
  if (tok.length < n + 2 || tok[n] !== stem[n - 1] || tok[n - 1] === stem[n - 1] || !tok.startsWith(stem.slice(0, n - 1))) return false;
  const rest = tok.slice(n + 1);
  return isEnding(tok[n - 1]! + rest) || isEnding(tok[n - 1]! + stem[n - 1]! + rest);
}

/**
 * Whether the first `k` letters of `tok` are one edit from `stem`. A module function, not an
 * arrow made per pattern: under tsx every named arrow made in a function is also renamed.
 */
function beginsNear(tok: string, k: number, stem: string): boolean {
  return k <= tok.length && oneEditAt(tok, k, stem);
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** Whether `short` is `long` with one vowel left out, not the first letter. */
function dropsVowel(short: string, long: string): boolean {
  if (short.length !== long.length - 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i > 0 && VOWELS.has(long[i]!) && short.slice(i) === long.slice(i + 1);
}

/**
 * Letters on neighbouring keys of the Russian (and Kazakh) keyboard's letter rows, as
 * skeleton letters: a finger that slips at a stem's last letter lands on one of these.
 * Keys whose letter has no one-letter skeleton (ш, щ, ч, ю, я, ь, ъ) are left out.
 */
const NEIGHBOUR_KEYS = (() => {
  const pairs = new Set<string>();
  for (const row of ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"]) {
    for (let i = 0; i + 1 < row.length; i++) {
      const a = skeletonOfWord(row[i]!);
      const b = skeletonOfWord(row[i + 1]!);
      if (a.length === 1 && b.length === 1 && a !== b) pairs.add(a + b).add(b + a);
    }
  }
  return pairs;
})();

/**
 * Keys whose letter the skeleton writes with two consonant letters (ч, ш, щ), each with the
 * one-letter skeletons of the letter keys beside it: a slip onto one of those keys.
 */
const LETTER_H = "h".charCodeAt(0);
const DIGRAPH_NEIGHBOURS = (() => {
  const out = new Map<string, string[]>();
  for (const row of ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"]) {
    for (let i = 0; i < row.length; i++) {
      const own = skeletonOfWord(row[i]!);
      if (own.length !== 2 || !/^[a-z]h$/.test(own)) continue;
      for (const j of [i - 1, i + 1]) {
        const next = j >= 0 && j < row.length ? skeletonOfWord(row[j]!) : "";
        if (next.length === 1 && !out.get(own)?.includes(next)) out.set(own, [...(out.get(own) ?? []), next]);
      }
    }
  }
  return out;
})();

function neighbourKeys(a: string, b: string): boolean {
  return NEIGHBOUR_KEYS.has(a + b);
}
