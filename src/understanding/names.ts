// Finds names (towns, regions, other places) inside a message: whole names of one or more
// words, inflected by Russian case endings or Kazakh suffix chains, and misspelt by a
// letter when the name is long enough to tell. Pure and fast: built once per snapshot,
// answers from Map lookups, with a bounded memo per word for the typo search.
import { distance } from "fastest-levenshtein";
import { isEnding, isKazakhEnding, isRussianEnding, russianStems } from "./morphology.ts";
import { foldCyrillic, fragmentSkeleton, normalize, plainLatin, skeleton } from "./normalize.ts";
import { Memo } from "./memo.ts";

export interface NameEntry<K extends string = string> {
  id: string;
  kind: K;
  names: string[];
}

export interface NameHit<K extends string = string> {
  id: string;
  kind: K;
  /** Token positions [start, end). */
  start: number;
  end: number;
  /** The name as written in the entry that matched. */
  name: string;
  typo: boolean;
  /** Typed exactly as the name, with no ending. */
  bare: boolean;
  /** Typed as two words («темир тау»): the caller decides whether context supports it. */
  joined?: boolean;
}

/**
 * A word whose skeleton is a short name's, typed with a Kazakh letter where every Cyrillic
 * spelling of the name has a Russian one («сараң», stingy, is not Саран; «ақсүйегі», an
 * aristocrat, not Ақсу + endings): another word (`NameMatcher.find` reports them apart).
 */
export interface OtherLetter<K extends string = string> {
  id: string;
  kind: K;
  at: number;
}

export interface Form<K extends string> {
  entry: NameEntry<K>;
  name: string;
  /** Skeletons of the words before the last one. */
  head: string[];
  last: string;
  stems: string[];
  /**
   * The last word in Cyrillic letters (Kazakh ones folded), or a Latin spelling's letters as
   * they are, for typos counted as people make them: one key. In the skeleton a missing «ч» is two letters (ch) and «жиикара»
   * collapses to jikara, two edits from jitikara.
   */
  letters: string | null;
  /** The last words of all the entry's Cyrillic spellings as typed (normalised, Kazakh letters kept). */
  spellings: string[];
  /**
   * In the typo search only: this is the declension stem of that form («житикар» of
   * Житикара), found with a typo only before a Russian ending («Жииткары», «Кульсраах»).
   */
  declinedFrom?: Form<K>;
}

/** How one word reads as a name's last word (NameMatcher.readingOf); opaque to callers. */
export interface Match<K extends string = string> {
  form: Form<K>;
  typo: boolean;
  bare: boolean;
  /** Typed with a Kazakh letter where the name's spellings have a Russian one, and too short to take it for a typo. */
  otherLetter?: boolean;
}

const CYRILLIC_WORD = /^[а-яәғқңөұүһі]+$/;
/** A Latin word as typed: its doubled letters («Ridder») kept, which the skeleton folds («rider»). */
const LATIN_WORD = /^[a-z]+$/;

const KAZAKH_LETTER = /[әғқңөұүһі]/;

/**
 * Whether the Kazakh letters of a word typed in Cyrillic fit one of a name's spellings that
 * it begins with (Kazakh letters folded, soft signs aside): each one stands where that
 * spelling has a Kazakh letter too («Күлсары» for Құлсары is a slip between ү and ұ), not
 * a Russian one («сараң» is not Саран). A word that begins with none of them (a typo, a
 * voiced final consonant: «Арқалығы») is not judged here.
 */
function lettersFit(word: string, spellings: string[]): boolean {
  let aligned = false;
  for (const spelling of spellings) {
    const s = spelling.replace(/[ьъ]/g, "");
    if (word.length < s.length || foldCyrillic(word.slice(0, s.length)) !== foldCyrillic(s)) continue;
    aligned = true;
    let fits = true;
    for (let i = 0; i < s.length && fits; i++) fits = word[i] === s[i] || !KAZAKH_LETTER.test(word[i]!) || KAZAKH_LETTER.test(s[i]!);
    if (fits) return true;
  }
  return !aligned;
}

/** A voiced final consonant (skeleton) and the voiceless one a name ends in. */
const VOICED_FINAL: Record<string, string> = { g: "k", b: "p" };
const VOWEL_START = /^[aeiou]/;

/** A Kazakh case ending that starts with «н» (-нан, -ның, -на, -нда, -ндағы…), in the skeleton. */
const N_CASE = /^n(an|en|in|a|e|da|de|dagi|degi)$/;
/** A Kazakh ending in «т» after a name ending in «т» (Ақсуат): «Ақсуаттан», «Шымкенттегі». */
const T_CASE = /^t(a|e|an|en|in|i|agi|egi)$/;
/** Shortest name skeleton matched with any one-letter typo; shorter names collide with words. */
const MIN_TYPO_LENGTH = 6;
/** Names of this many letters are also found bare with an inner vowel left out (vowelSlipKinds). */
const VOWEL_SLIP_LENGTH = 5;
const SLIP_VOWELS = new Set([..."аеёиоуыэюяaeiouy"]);

/** Whether `short` is `long` with one vowel left out, neither its first nor its last letter. */
function dropsInnerVowel(short: string, long: string): boolean {
  if (short.length !== long.length - 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i > 0 && i < short.length && SLIP_VOWELS.has(long[i]!) && short.slice(i) === long.slice(i + 1);
}

/** Shorter names (Абай, Аксай) still match with two neighbouring letters swapped. */
const MIN_SWAP_LENGTH = 4;
const MEMO_LIMIT = 20_000;
/** A garbled ending is two or three letters: one letter off «да», «дың», «ға»… */
const MIN_GARBLED_REST = 2;
const MAX_GARBLED_REST = 3;
const SKELETON_LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

function oneLetterFromEnding(rest: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    for (const c of SKELETON_LETTERS) if (c !== rest[i] && isEnding(rest.slice(0, i) + c + rest.slice(i + 1))) return true;
  }
  return false;
}

export class NameMatcher<K extends string = string> {
  private byLast = new Map<string, Form<K>[]>();
  /** Russian declension stems (Житикар-е): only Russian endings may follow them. */
  private byStem = new Map<string, Form<K>[]>();
  /** Forms open to typos, by their first and by their second letter (skeleton, and Cyrillic or Latin letters). */
  private typoForms = new TypoBuckets<Form<K>>();
  private letterForms = new TypoBuckets<Form<K>>();
  /** Beginnings of one-word names (two letters or more), for names typed with a space inside. */
  private splitHeads = new Set<string>();
  /**
   * The first three letters of every name's last word and declension stem: a word's endings
   * are looked for only when it begins so (most words do not), since every other way a
   * name and endings make up the word keeps its first three letters.
   */
  private beginnings = new Set<string>();
  private typoMemo = new Memo<Array<{ form: Form<K>; bare: boolean }>>(MEMO_LIMIT);
  /** Five-letter names open to a left-out inner vowel (vowelSlipKinds), by their letters. */
  private vowelSlips: Array<Form<K>> = [];
  private wordMemo = new Memo<{ tok: string; word: string | undefined; known: boolean; out: Array<Match<K>> }>(MEMO_LIMIT);

  constructor(
    entries: Array<NameEntry<K>>,
    private isWord: (skel: string) => boolean = () => false,
    /** An ordinary word a dictionary knows (as typed, normalised): never a name with a typo or an ending. */
    private isDictionaryWord: (word: string) => boolean = () => false,
    /** Kinds whose five-letter names are also found typed bare with an inner vowel left out. */
    vowelSlipKinds: ReadonlySet<K> = new Set(),
  ) {
    for (const entry of entries) {
      const spellings = [...new Set(entry.names.map((n) => normalize(n).split(" ").at(-1) ?? "").filter((w) => CYRILLIC_WORD.test(w)))];
      for (const name of new Set(entry.names)) {
        const words = normalize(name).split(" ").filter(Boolean);
        if (!words.length) continue;
        const skels = words.map(skeleton);
        const lastWord = words.at(-1)!;
        const last = skels.at(-1)!;
        const letters = CYRILLIC_WORD.test(lastWord) ? foldCyrillic(lastWord) : LATIN_WORD.test(lastWord) ? lastWord : null;
        const form: Form<K> = {
          entry,
          name,
          head: skels.slice(0, -1),
          last,
          stems: russianStems(lastWord)
            .map(skeleton)
            .filter((s) => s.length >= 3 && s !== last),
          letters,
          spellings,
        };
        push(this.byLast, form.last, form);
        for (const stem of form.stems) push(this.byStem, stem, form);
        for (const key of [form.last, ...form.stems]) this.beginnings.add(key.slice(0, 3));
        if (form.last.length >= MIN_SWAP_LENGTH) this.typoForms.add(form.last, form);
        if (form.letters && form.letters.length >= MIN_SWAP_LENGTH) this.letterForms.add(form.letters, form);
        if (!form.head.length && form.letters?.length === VOWEL_SLIP_LENGTH && vowelSlipKinds.has(entry.kind)) this.vowelSlips.push(form);
        // A declined name with a typo in its stem («Жииткары», «в Кульсраах»): the stem, long
        // enough to take a typo, with a Russian ending after it.
        for (const stem of form.stems) if (stem.length >= MIN_TYPO_LENGTH) this.typoForms.add(stem, { ...form, last: stem, declinedFrom: form });
        const letterStem = form.letters ? russianStems(form.letters)[0] : undefined;
        if (letterStem && letterStem.length >= MIN_TYPO_LENGTH) this.letterForms.add(letterStem, { ...form, letters: letterStem, declinedFrom: form });
        if (!form.head.length) for (let k = 2; k < form.last.length; k++) this.splitHeads.add(form.last.slice(0, k));
      }
    }
  }

  /**
   * All names in the tokens (skeletons), longest first where they overlap, in text order;
   * then names typed as two words (`joined`), which may overlap the others.
   * `words` are the same words as typed (normalised), for typos counted in letters;
   * `dictionary[i]` whether `words[i]` is a dictionary word, when the caller has asked already;
   * `readings[i]` what `readingOf` gave for the word, when the caller keeps it;
   * `otherLetters` collects the words that are a short name typed with another Kazakh letter.
   */
  find(
    tokens: string[],
    words: string[] = [],
    dictionary?: boolean[],
    readings?: ReadonlyArray<ReadonlyArray<Match<K>>>,
    otherLetters?: Array<OtherLetter<K>>,
  ): Array<NameHit<K>> {
    const hits: Array<NameHit<K>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = words[i];
      const known = word !== undefined && (dictionary ? dictionary[i]! : this.isDictionaryWord(word));
      for (const { form, typo, bare, otherLetter } of readings?.[i] ?? this.matchWord(tokens[i]!, word, known)) {
        const n = form.head.length;
        if (i - n < 0) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = tokens[i - n + j] === form.head[j];
        if (ok && otherLetter) otherLetters?.push({ id: form.entry.id, kind: form.entry.kind, at: i });
        else if (ok) hits.push({ id: form.entry.id, kind: form.entry.kind, start: i - n, end: i + 1, name: form.name, typo, bare });
      }
    }
    // A one-word name typed as two words: «темир тау», «жанна озен», «кара жалда». These
    // come after the rest, overlaps and all: the caller decides whether they stand.
    const joined: Array<NameHit<K>> = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!this.splitHeads.has(tokens[i]!)) continue;
      const word = tokens[i]! + tokens[i + 1]!;
      if (word.length < MIN_TYPO_LENGTH) continue;
      for (const { form, bare } of this.matchExact(word)) {
        // The name itself must be what the space split («житикара деньги» is not Житикара + -дегі).
        if (!form.head.length && tokens[i]!.length < form.last.length)
          joined.push({ id: form.entry.id, kind: form.entry.kind, start: i, end: i + 2, name: form.name, typo: false, bare, joined: true });
      }
    }
    return [...dropOverlaps(hits), ...joined];
  }

  /**
   * Forms whose last word this token is: exactly, with endings, or with one typo; `known`:
   * the word as typed is a dictionary word. Memoised per token and word: every word of a
   * message asks, and words repeat. The lists are shared, never changed.
   */
  private matchWord(tok: string, word: string | undefined, known: boolean): Array<Match<K>> {
    // By the word as typed, whose token is nearly always its skeleton: no key to build.
    const key = word ?? tok;
    const memo = this.wordMemo.get(key);
    if (memo && memo.tok === tok && memo.word === word && memo.known === known) return memo.out;
    const out = this.readWord(tok, word, known);
    this.wordMemo.set(key, { tok, word, known, out });
    return out;
  }

  /**
   * How a word reads as names' last words, with no memo: for a caller that keeps it with the
   * rest of what it knows of the word (one look-up a word instead of one a matcher).
   */
  readingOf(tok: string, word: string, known: boolean): ReadonlyArray<Match<K>> {
    return this.readWord(tok, word, known);
  }

  private readWord(tok: string, word: string | undefined, known: boolean): Array<Match<K>> {
    // A dictionary word is itself: a name only as it is, never with a typo or an ending.
    if (known)
      return this.lettersTyped(
        this.matchExact(tok).filter((m) => m.bare),
        word,
      );
    const out = this.lettersTyped(this.matchExact(tok), word);
    // A word read as a name with another letter is that other word: no typo of a name either.
    // Only the last word of a longer name («Алтая» of «Рудного Алтая») leaves the typo search
    // open: without the words before it, it is no name («Алтйа» is Алтай with two letters swapped).
    if (out.some((m) => !m.form.head.length) || tok.length < MIN_SWAP_LENGTH || /\d/.test(tok) || this.isWord(tok)) return out;
    for (const { form, bare } of this.typos(tok)) out.push({ form, typo: true, bare });
    if (word && CYRILLIC_WORD.test(word)) {
      for (const { form, bare } of this.typos(foldCyrillic(word), true)) if (!out.some((o) => o.form === form)) out.push({ form, typo: true, bare });
    } else if (out.length && word) {
      // «Qaraal»: one letter from a place's skeleton (Қарауыл) and from a town's Latin spelling
      // (Qarajal) letter by letter, as a Cyrillic word is counted in its letters too.
      const latin = plainLatin(word);
      if (LATIN_WORD.test(latin))
        for (const { form, bare } of this.typos(latin, true)) if (!out.some((o) => o.form === form)) out.push({ form, typo: true, bare });
    }
    // The skeleton writes a doubled letter once, so a name with an ending that starts with its
    // last letter is found only as a typo (matchExact takes a name in «н» before a case in «н»,
    // «сараңнан»: saran+nan folds to «saranan»): a Kazakh letter the name has not got is another
    // word there too.
    // «Алтй группа какая»: a five-letter town typed bare with a vowel inside left out, four
    // letters no dictionary knows (the last word of a longer name, «Рудного Алтая», aside);
    // a letter changed or dropped elsewhere stays another word.
    if (out.every((m) => m.form.head.length) && word?.length === VOWEL_SLIP_LENGTH - 1 && (CYRILLIC_WORD.test(word) || LATIN_WORD.test(word))) {
      const typed = CYRILLIC_WORD.test(word) ? foldCyrillic(word) : word;
      for (const form of this.vowelSlips)
        if (dropsInnerVowel(typed, form.letters!) && !out.some((m) => m.form.entry === form.entry)) out.push({ form, typo: true, bare: true });
    }
    if (out.length) return this.lettersTyped(out, word);
    if (!out.length) for (const form of this.garbledEnding(tok)) out.push({ form, typo: true, bare: false });
    // «Riddrde»: a Latin word the skeleton finds no name in, against the names' Latin
    // spellings letter by letter (the skeleton «ridr» is two letters short of «rider», too
    // few to count a typo in); 2021 Latin letters as the plain ones names are spelt with («Riddrdegı»).
    const latin = !out.length && word ? plainLatin(word) : "";
    if (latin && LATIN_WORD.test(latin)) for (const { form, bare } of this.typos(latin, true)) out.push({ form, typo: true, bare });
    return out;
  }

  /**
   * Names matched by the skeleton, checked against the Kazakh letters typed: a Kazakh letter
   * that none of the name's Cyrillic spellings has in that place is another letter, a typo
   * in a long name and another word beside a short one («сараң» is not Саран), as a changed
   * letter is in the typo search. A name typed in Russian letters for Kazakh ones is fine.
   */
  private lettersTyped(matches: Array<Match<K>>, word: string | undefined): Array<Match<K>> {
    if (!word || !KAZAKH_LETTER.test(word)) return matches;
    return matches.map((m) => {
      if (lettersFit(word, m.form.spellings)) return m;
      return m.form.last.length >= MIN_TYPO_LENGTH ? { ...m, typo: true } : { ...m, otherLetter: true };
    });
  }

  /** Whether a token is a one-word name of this kind, as it is or with endings. */
  isName(tok: string, kind: K): boolean {
    return this.matchExact(tok).some(({ form }) => form.entry.kind === kind && !form.head.length);
  }

  /** Whether a token (skeleton) is a one-word name of that kind exactly, with no ending. */
  isBareName(tok: string, kind: K): boolean {
    return this.matchExact(tok).some(({ form, bare }) => bare && form.entry.kind === kind && !form.head.length);
  }

  /** Forms whose last word this token is, as it is or with endings. */
  private matchExact(tok: string): Array<{ form: Form<K>; typo: boolean; bare: boolean }> {
    const out: Array<{ form: Form<K>; typo: boolean; bare: boolean }> = [];
    const exact = this.byLast.get(tok);
    if (exact) for (const form of exact) out.push({ form, typo: false, bare: form.last === tok });
    const exactCount = out.length;
    if (!this.beginnings.has(tok.slice(0, 3))) return out;
    // How many letters of the word each reading's name (or declined stem) takes.
    const taken: number[] = [];
    for (let k = tok.length - 1; k >= 3; k--) {
      const head = tok.slice(0, k);
      const forms = this.byLast.get(head);
      const declined = this.byStem.get(head);
      if (!forms && !declined) continue;
      const rest = tok.slice(k);
      if (forms && isEnding(rest)) for (const form of forms) taken[out.push({ form, typo: false, bare: false }) - 1] = k;
      if (declined && isRussianEnding(rest)) for (const form of declined) taken[out.push({ form, typo: false, bare: false }) - 1] = k;
    }
    // Kazakh voices a final к, қ or п before a vowel: «Арқалығы», «Арқалығының» (Арқалық),
    // «Тентегі» (Тентек). The skeleton folds қ onto k and ғ onto g.
    if (out.length === exactCount) {
      for (let k = tok.length - 1; k >= 4; k--) {
        const voiced = VOICED_FINAL[tok[k - 1]!];
        if (!voiced || !VOWEL_START.test(tok.slice(k)) || !isKazakhEnding(tok.slice(k))) continue;
        const forms = this.byLast.get(tok.slice(0, k - 1) + voiced);
        if (forms) for (const form of forms) out.push({ form, typo: false, bare: false });
      }
    }
    // The skeleton writes a doubled letter once: a name ending in «н» with a case ending that
    // starts with it («Саураннан»: sauran + nan, typed «sauranan») is that name as typed, not a
    // typo of another («Саран»).
    if (out.length === exactCount) {
      for (let k = tok.length - 1; k >= 3; k--) {
        if (tok[k - 1] !== "n" || !N_CASE.test(`n${tok.slice(k)}`)) continue;
        const forms = this.byLast.get(tok.slice(0, k));
        if (forms) for (const form of forms) out.push({ form, typo: false, bare: false });
      }
    }
    // So is a name ending in «т» before an ending in «т» («Ақсуаттағы»: aksuat + tagi, typed
    // «aksuatagi»); a shorter name read with a longer ending is not what the word says
    // (Ақсу + «атағы»), nor is the word a town glued to another («Ақсу» + «аттағы»).
    for (let k = tok.length - 1; k >= 4; k--) {
      if (tok[k - 1] !== "t" || !T_CASE.test(`t${tok.slice(k)}`)) continue;
      const forms = this.byLast.get(tok.slice(0, k));
      if (!forms) continue;
      for (let i = out.length - 1; i >= exactCount; i--) if ((taken[i] ?? tok.length) < k) out.splice(i, 1);
      for (const form of forms) if (!out.some((o) => o.form === form)) out.push({ form, typo: false, bare: false });
      break;
    }
    // A word the lexicon knows whole is that word, not a name with an ending («шара» is a
    // measure, not Шар + а).
    if (out.length > exactCount && tok.length > 3 && this.isWord(tok)) out.length = exactCount;
    return out;
  }

  /**
   * A long name typed whole with a typo in a short ending: «Кентаудвң» (-дың), «Қаражалдв»
   * (-да). The name must be long enough that a word starting with it is that name.
   */
  private garbledEnding(tok: string): Form<K>[] {
    for (let k = tok.length - MIN_GARBLED_REST; k >= Math.max(MIN_TYPO_LENGTH - 1, tok.length - MAX_GARBLED_REST); k--) {
      const forms = this.byLast.get(tok.slice(0, k));
      if (forms && oneLetterFromEnding(tok.slice(k))) return forms.filter((f) => !f.head.length);
    }
    return [];
  }

  /** Forms one typo from `tok`: a skeleton, or (`letters`) a word in folded Cyrillic or plain Latin letters. */
  private typos(tok: string, letters = false) {
    const key = letters ? `=${tok}` : tok;
    const memo = this.typoMemo.get(key);
    if (memo) return memo;
    const found: Array<{ form: Form<K>; bare: boolean }> = [];
    const tokMask = letterMask(tok);
    // The skeletons of the word's ends, each made once for all forms (and not memoised:
    // pieces of one word would only push whole words out of the skeletons' memo).
    const restSkeletons: string[] = [];
    // The letters of each beginning of the word: headMasks[k] for tok.slice(0, k).
    const headMasks = [0];
    for (let i = 0; i < tok.length; i++) headMasks.push(headMasks[i]! | (1 << (tok.charCodeAt(i) & 31)));
    for (const bucket of (letters ? this.letterForms : this.typoForms).near(tok)) {
      const { values, lengths, masks } = bucket;
      // Only the forms whose length fits this word's, in bucket order; then letters, from
      // arrays beside the forms: most forms fail there, and reading a form object for each
      // costs more than the test.
      const fitting = (bucket.byLength[tok.length] ??= lengthsFitting(lengths, tok.length));
      for (let f = 0; f < fitting.length; f++) {
        const j = fitting[f]!;
        const n = lengths[j]!;
        const limit = n >= 9 ? 2 : 1;
        // Each edit loses at most one of the name's letters: more missing from the whole
        // word, and no part of it is the name with `limit` typos.
        const mask = masks[j]!;
        if (popcount(mask & ~tokMask) > limit) continue;
        const form = values[j]!;
        const own = form.declinedFrom ?? form;
        if (found.some((f) => f.form === own)) continue;
        const last = letters ? form.letters! : form.last;
        // Short names: two letters swapped, or (five letters) one letter too many; a changed
        // or missing letter turns too many ordinary words into names (сарай → Сарань).
        const short = n < MIN_TYPO_LENGTH;
        const from = short ? n : Math.max(3, n - limit);
        const to = Math.min(tok.length, short ? (n >= 5 ? n + 1 : n) : n + limit);
        for (let k = from; k <= to; k++) {
          // The same letter count as above, between the name and this beginning, both ways
          // (a letter too many is an edit too): cheaper than the ending and distance tests.
          if (popcount(mask & ~headMasks[k]!) > limit || popcount(headMasks[k]! & ~mask) > limit) continue;
          // The typo first, letter by letter in place: few beginnings pass it, and the
          // ending's test costs more.
          if (
            !(short
              ? k === n
                ? isSwapAt(tok, k, last)
                : oneLetterMore(tok, last)
              : limit === 1
                ? oneEditAt(tok, k, last)
                : distance(tok.slice(0, k), last) <= limit)
          )
            continue;
          const rest = letters ? (restSkeletons[k] ??= fragmentSkeleton(tok.slice(k))) : tok.slice(k);
          if (form.declinedFrom ? !rest || !isRussianEnding(rest) : !isEnding(rest)) continue;
          found.push({ form: own, bare: k === tok.length });
          break;
        }
      }
    }
    this.typoMemo.set(key, found);
    return found;
  }
}

/** Values with the length and letter mask (letterMask) of the word each was added under, index by index. */
interface Bucket<V> {
  values: V[];
  lengths: number[];
  masks: number[];
  /** byLength[L]: the indices, in order, of the values a word of L letters may be one typo from (made when first asked). */
  byLength: Int32Array[];
}

const NONE: Bucket<never> = { values: [], lengths: [], masks: [], byLength: [] };

/**
 * The indices of the lengths a word of `len` letters may hold with a typo and endings: one
 * letter shorter than the name, up to a letter and the longest ending longer.
 */
function lengthsFitting(lengths: number[], len: number): Int32Array {
  const out: number[] = [];
  for (let j = 0; j < lengths.length; j++) if (len >= lengths[j]! - 1 && len <= lengths[j]! + 1 + 11) out.push(j);
  return Int32Array.from(out);
}

/**
 * One edit cannot change both of the first two letters, so a word's typo candidates share
 * its first letter, or its second, or have its first letter second («ирддер»): three
 * buckets instead of every name.
 */
class TypoBuckets<V> {
  private byFirst = new Map<string, Bucket<V>>();
  private bySecond = new Map<string, Bucket<V>>();

  add(word: string, v: V) {
    for (const [map, key] of [
      [this.byFirst, word[0]!],
      [this.bySecond, word[1]!],
    ] as const) {
      let bucket = map.get(key);
      if (!bucket) map.set(key, (bucket = { values: [], lengths: [], masks: [], byLength: [] }));
      bucket.byLength = [];
      bucket.values.push(v);
      bucket.lengths.push(word.length);
      bucket.masks.push(letterMask(word));
    }
  }

  /** The candidate buckets (a value may be in more than one); no copying, this is the hot path. */
  near(tok: string): Array<Bucket<V>> {
    return [this.byFirst.get(tok[0]!) ?? NONE, this.bySecond.get(tok[1]!) ?? NONE, tok[0] === tok[1] ? NONE : (this.bySecond.get(tok[0]!) ?? NONE)];
  }
}

/** Levenshtein distance where swapping two neighbouring letters is one edit, as people count typos. */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 1;
  return d;
}

/**
 * A 32-bit set of a word's letters (by char code mod 32, so Cyrillic fits too). Letters
 * that share a bit only make the filter let more through, never drop a real match.
 */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) & 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * `tok.slice(0, k)` and `b` of the same length differ in at most one letter (`one`), or in
 * two neighbours swapped: editDistance ≤ 1 (or, without `one`, only the swap) with no slice made.
 */
function sameLengthTypo(tok: string, k: number, b: string, one: boolean): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < k; i++) {
    if (tok.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  if (second < 0) return one;
  return second === first + 1 && tok.charCodeAt(first) === b.charCodeAt(second) && tok.charCodeAt(second) === b.charCodeAt(first);
}

/** `tok.slice(0, k)` is `b` (k its length) with two neighbours swapped («отпсика» for «отписка»), with no slice made. */
export function isSwapAt(tok: string, k: number, b: string): boolean {
  return sameLengthTypo(tok, k, b, false);
}

/** The first b.length + 1 letters of `tok` are `b` with one letter more: their distance is 1. */
function oneLetterMore(tok: string, b: string): boolean {
  let i = 0;
  while (i < b.length && tok.charCodeAt(i) === b.charCodeAt(i)) i++;
  for (let j = i; j < b.length; j++) if (tok.charCodeAt(j + 1) !== b.charCodeAt(j)) return false;
  return true;
}

/** editDistance(tok.slice(0, k), b) ≤ 1, with no slice made. */
export function oneEditAt(tok: string, k: number, b: string): boolean {
  if (k === b.length) return sameLengthTypo(tok, k, b, true);
  if (k === b.length + 1) return oneLetterMore(tok, b);
  if (k === b.length - 1) return oneLetterMore(b, tok.slice(0, k));
  return false;
}

export function push<V>(map: Map<string, V[]>, key: string, v: V) {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Keeps the longest hit where hits overlap (Абай облысы over Абай); same-span hits all stay. */
function dropOverlaps<K extends string>(hits: Array<NameHit<K>>): Array<NameHit<K>> {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(a.typo) - Number(b.typo));
  const out: Array<NameHit<K>> = [];
  for (const h of sorted) {
    const clash = out.find((o) => h.start < o.end && o.start < h.end);
    if (!clash) out.push(h);
    else if (clash.start === h.start && clash.end === h.end && clash.typo === h.typo && !out.some((o) => o.id === h.id && o.kind === h.kind)) out.push(h);
  }
  return out;
}
