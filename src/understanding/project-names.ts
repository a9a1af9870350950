// Finds the reported projects a message names: by a project's own name (the «» and Latin
// names of its titles: «Кендерли», Qarmet, Silk Road Electronics), by an abbreviation or
// phrase of data/project-words.txt that its title contains (ГПЗ = газ өңдеу зауыты), or by
// what it is («электростанция») beside a word asking when or how much. Words compare as
// names do (normalize.ts skeletons, morphology.ts endings, a typo in long words). Pure:
// built once per snapshot from the projects' titles.
import { isEnding, isRussianEnding, russianStems } from "./morphology.ts";
import { editDistance } from "./names.ts";
import { normalize, skeletonOfWord } from "./normalize.ts";
import { PROJECT_WORDS, type ProjectWords } from "./project-words.ts";
import { Memo } from "./memo.ts";

export interface UnderstandingProject {
  id: string;
  townIds: string[];
  /** Its titles, Russian and Kazakh, as the dataset writes them. */
  titles: string[];
}

/** A word of a key: its skeleton, Russian stems it declines from, and whether it is a stem itself (`*`). */
interface Word {
  skel: string;
  stems: string[];
  prefix: boolean;
  /** Its place in the vocabulary: which words a token matches is memoised by these. */
  idx: number;
}

interface Key {
  /** The group's line, or the name: hits of one key count once. */
  id: string;
  words: Word[];
  strong: boolean;
  projects: string[];
}

export interface ProjectHits {
  /** The projects named, best first (several when the words fit several equally). */
  ids: string[];
  /** A project's own name or an abbreviation was among the words, not only what it is. */
  strong: boolean;
  /** A word asking when, how much or at what stage. */
  asked: boolean;
  /** The positions of the words read as a project's name or as asking about it. */
  read: Set<number>;
}

/** Shortest word matched with a letter wrong. */
const MIN_TYPO = 6;
/** More projects than this fit: the words are too general to name one. */
const MAX_PROJECTS = 8;
const NONE: ProjectHits = { ids: [], strong: false, asked: false, read: new Set() };
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z][A-Za-z0-9]*)*/g;
const QUOTED = /«([^»]+)»/g;

/** The token is the word, the word with endings, or the word with one letter wrong (long words). */
function matches(tok: string, w: Word): boolean {
  if (w.prefix) return tok.startsWith(w.skel);
  if (tok.startsWith(w.skel) && isEnding(tok.slice(w.skel.length))) return true;
  for (const s of w.stems) if (tok.startsWith(s) && isRussianEnding(tok.slice(s.length))) return true;
  if (w.skel.length < MIN_TYPO || tok.length < w.skel.length - 1) return false;
  for (let k = w.skel.length - 1; k <= Math.min(tok.length, w.skel.length + 1); k++) {
    if (editDistance(tok.slice(0, k), w.skel) <= 1 && isEnding(tok.slice(k))) return true;
  }
  return false;
}

/** For each token, the vocabulary words it matches (their `idx`). */
type Read = ReadonlyArray<ReadonlySet<number>>;

const occursAt = (read: Read, ws: Word[], i: number) => i + ws.length <= read.length && ws.every((w, j) => read[i + j]!.has(w.idx));

/** Whether the words occur one after another. */
function occurs(read: Read, ws: Word[]): boolean {
  for (let i = 0; i < read.length; i++) if (occursAt(read, ws, i)) return true;
  return false;
}

/** Marks the positions of the words where they occur at `i`; whether they do. */
function mark(read: Read, ws: Word[], i: number, at: Set<number>): boolean {
  if (!occursAt(read, ws, i)) return false;
  for (let j = 0; j < ws.length; j++) at.add(i + j);
  return true;
}

const tokens = (text: string) => normalize(text).split(" ").filter(Boolean).map(skeletonOfWord);

/** Tokens remembered with the words they match; a flood of fresh ones starts it again. */
const MEMO_LIMIT = 20_000;
/** What a token matching no vocabulary word reads as: one shared set, never changed. */
const NO_WORDS: ReadonlySet<number> = new Set();

export class ProjectNames {
  private keys: Key[] = [];
  /** Keys by their first word. */
  private byFirst = new Map<number, Key[]>();
  /** The asking words and phrases by their first word. */
  private ask = new Map<number, Word[][]>();
  private vocab = new Map<string, Word>();
  /** Words by their first letter: a token matches a word only with its first letter right. */
  private vocabByLetter = new Map<string, Word[]>();
  private memo = new Memo<ReadonlySet<number>>(MEMO_LIMIT);
  private projects: Map<string, UnderstandingProject>;
  private titleTokens = new Map<string, Set<string>>();

  /** `isPlace` says whether a word (skeleton) is a town's or another place's name: never a project's own. */
  constructor(projects: UnderstandingProject[], isPlace: (skel: string) => boolean, data: ProjectWords = PROJECT_WORDS) {
    this.projects = new Map(projects.map((p) => [p.id, p]));
    const words = (phrase: string) => tokensOf(phrase).map((w) => this.word(w));
    // A `*` after a word survives normalising (which drops punctuation) on that word's last part.
    const tokensOf = (phrase: string) =>
      phrase.split(" ").flatMap((raw) => {
        const parts = normalize(raw.replace(/\*$/, "")).split(" ").filter(Boolean);
        return raw.endsWith("*") && parts.length ? [...parts.slice(0, -1), `${parts.at(-1)}*`] : parts;
      });
    for (const a of data.ask.map(words)) if (a[0]) this.ask.set(a[0].idx, [...(this.ask.get(a[0].idx) ?? []), a]);
    const generic = new Set(data.generic.map((g) => tokens(g).join(" ")));
    const own = new Map<string, Set<string>>();
    for (const p of projects) {
      for (const title of p.titles) {
        const names = [...[...title.matchAll(QUOTED)].map((m) => m[1]!), ...(title.replace(QUOTED, " ").match(LATIN_RUN) ?? [])];
        for (const name of names) {
          const toks = tokens(name);
          const key = toks.join(" ");
          if (!toks.length || generic.has(key) || (toks.length === 1 && (toks[0]!.length < 4 || isPlace(toks[0]!)))) continue;
          own.set(key, (own.get(key) ?? new Set()).add(p.id));
        }
      }
    }
    const ownKeys = [...own].map(([name, ids]) => ({ id: name, words: words(name), strong: true, projects: [...ids] }));
    const groups = [
      ...data.names.map((alts) => ({ alts, strong: true, forms: alts.map(words) })),
      ...data.kinds.map((alts) => ({ alts, strong: false, forms: alts.map(words) })),
    ];
    // Every word is in the vocabulary by now: the titles are read with all of them.
    const titleRead = new Map(projects.map((p) => [p.id, p.titles.map((t) => this.read(tokens(t)))]));
    for (const p of projects) this.titleTokens.set(p.id, new Set(p.titles.flatMap(tokens)));
    for (const { alts, strong, forms } of groups) {
      const ids = projects.filter((p) => titleRead.get(p.id)!.some((t) => forms.some((f) => occurs(t, f)))).map((p) => p.id);
      if (ids.length) for (const f of forms) this.keys.push({ id: alts[0]!, words: f, strong, projects: ids });
    }
    // A project's own names: in «» in its titles, or in Latin letters.
    this.keys.push(...ownKeys);
    for (const k of this.keys) {
      const first = k.words[0];
      if (first) this.byFirst.set(first.idx, [...(this.byFirst.get(first.idx) ?? []), k]);
    }
  }

  /** The vocabulary's entry for a word of the data (one per spelling). */
  private word(w: string): Word {
    const prefix = w.endsWith("*");
    const bare = w.replace(/\*$/, "");
    const skel = skeletonOfWord(bare);
    const id = `${skel}${prefix ? "*" : ""}`;
    let out = this.vocab.get(id);
    if (!out) {
      out = { skel, stems: russianStems(bare).map(skeletonOfWord), prefix, idx: this.vocab.size };
      this.vocab.set(id, out);
      this.vocabByLetter.set(skel[0]!, [...(this.vocabByLetter.get(skel[0]!) ?? []), out]);
      this.memo.clear();
    }
    return out;
  }

  /** Which vocabulary words each token matches. */
  private read(toks: string[]): Read {
    return toks.map((tok) => {
      let set = this.memo.get(tok);
      if (!set) this.memo.set(tok, (set = this.readingOf(tok)));
      return set;
    });
  }

  /**
   * Which vocabulary words one token (skeleton) matches, to pass back to `find` in
   * `readings`: for a caller that keeps it with the rest of what it knows of the word, so
   * not through the memo (a new word would only miss in it and push a word out).
   */
  readingOf(tok: string): ReadonlySet<number> {
    let set: Set<number> | undefined;
    for (const w of this.vocabByLetter.get(tok[0]!) ?? []) if (matches(tok, w)) (set ??= new Set()).add(w.idx);
    return set ?? NO_WORDS;
  }

  /**
   * The projects the tokens (skeletons) name, of the given towns when a town is named.
   * Ties go to every project tied; numbers the title shares («ГРЭС-2», «№ 25») break them.
   */
  find(toks: string[], townIds: string[], readings?: Read): ProjectHits {
    const hits = new Map<string, { keys: Set<string>; strong: boolean }>();
    const words = readings ?? this.read(toks);
    const at = new Set<number>();
    const found = new Set<Key>();
    words.forEach((set, i) => {
      for (const idx of set) for (const k of this.byFirst.get(idx) ?? []) if (mark(words, k.words, i, at)) found.add(k);
    });
    for (const k of found) {
      for (const id of k.projects) {
        const p = this.projects.get(id)!;
        if (townIds.length && !p.townIds.some((t) => townIds.includes(t))) continue;
        const h = hits.get(id) ?? { keys: new Set<string>(), strong: false };
        h.keys.add(k.id);
        h.strong ||= k.strong;
        hits.set(id, h);
      }
    }
    if (!hits.size) return NONE;
    const numbers = toks.filter((t) => /^\d+$/.test(t));
    const score = (id: string) => hits.get(id)!.keys.size + numbers.filter((n) => this.titleTokens.get(id)!.has(n)).length / 2;
    const best = Math.max(...[...hits.keys()].map(score));
    const ids = [...hits.keys()].filter((id) => score(id) === best);
    if (ids.length > MAX_PROJECTS) return NONE;
    let asked = false;
    words.forEach((set, i) => {
      for (const idx of set) for (const a of this.ask.get(idx) ?? []) asked = mark(words, a, i, at) || asked;
    });
    return { ids, strong: ids.some((id) => hits.get(id)!.strong), asked, read: at };
  }
}
