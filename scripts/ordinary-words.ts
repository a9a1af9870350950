// `npm run vocabulary`: writes src/understanding/data/ordinary-words.txt, the dictionary words
// the name and cue matchers would misread as a name or a cue with a typo or an ending
// (src/understanding/vocabulary.ts says why). Every word form of the hunspell kk_KZ
// dictionary (test/fixtures/dictionaries/kk, with our monoqala-extra.dic) and of
// dictionary-ru is expanded by nspell and put to the understanding built without a
// vocabulary; a form it reads as a town, a place, a region or a cue only through a typo or
// an ending is listed. The Kazakh suffix chains kk_KZ's rules do not make (scripts/kazakh-forms.ts)
// are listed where they read as a name through a typo. Forms of a dictionary word that is
// itself a name («саран», «рудный», «достық») are the name in a case form and are never
// listed. Rerun it when the dictionaries, the towns' names, the gazetteer or the lexicon
// change; it takes about eight minutes of one core (the chains six of them) and about 1.2 GB of memory.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nspell from "nspell";
import { loadDataset } from "../src/db/seed/dataset.ts";
import { townsFromDataset } from "../src/db/seed/understanding-towns.ts";
import { GAZETTEER } from "../src/understanding/gazetteer.ts";
import { normalize, skeletonOfWord } from "../src/understanding/normalize.ts";
import { Understander } from "../src/understanding/understand.ts";
import { Vocabulary, VOCABULARY_FILE } from "../src/understanding/vocabulary.ts";
import { nominalForms, verbalForms } from "./kazakh-forms.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const KK = path.join(ROOT, "test/fixtures/dictionaries/kk");
const RU = path.dirname(createRequire(import.meta.url).resolve("dictionary-ru"));
const RU_VERSION = (JSON.parse(readFileSync(path.join(RU, "package.json"), "utf8")) as { version: string }).version;

// The Debian files start with a byte-order mark that would hide the first line (SET UTF-8) from nspell.
const read = (file: string) => {
  const b = readFileSync(file);
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
};

interface Dictionary {
  /** Kazakh: the suffix chains kk_KZ's affix rules do not make are made here (`chains`). */
  chains: boolean;
  /**
   * A Russian word read as a name with an ending and no typo is that name's case form or
   * adjective («по Семею», «экибастузские»): only its typo readings count. Kazakh endings
   * after a name make ordinary words («сарана», locust, is not Саран + а).
   */
  endings: boolean;
  /** Kazakh: a final к, қ, п voiced before a vowel is made here (`voiced`). */
  voicing: boolean;
  aff: Buffer;
  dic: Buffer;
  /** Words without affixes (our additions), one a line, `#` comments. */
  extra?: Buffer;
}

const DICTIONARIES: Dictionary[] = [
  {
    chains: true,
    endings: true,
    voicing: true,
    aff: read(path.join(KK, "kk_KZ.aff")),
    dic: read(path.join(KK, "kk_KZ.dic")),
    extra: read(path.join(KK, "monoqala-extra.dic")),
  },
  { chains: false, endings: false, voicing: false, aff: read(path.join(RU, "index.aff")), dic: read(path.join(RU, "index.dic")) },
];

const towns = townsFromDataset(loadDataset());
const plain = new Understander(towns, GAZETTEER, [], new Vocabulary());
const skel = (word: string) => skeletonOfWord(normalize(word));

/** One-word names of towns, places and regions, as skeletons: a dictionary word that is one is that name. */
const names = new Set<string>();
for (const n of [
  ...towns.flatMap((t) => t.names),
  ...GAZETTEER.places.flatMap((p) => [p.ru, p.kk, ...p.latin, ...p.aliases]),
  ...GAZETTEER.regions.flatMap((r) => [r.ru, r.kk, ...r.names]),
]) {
  const norm = normalize(n);
  if (norm && !norm.includes(" ")) names.add(skeletonOfWord(norm));
}

/** A final к, қ or п and the voiced letter Kazakh writes for it before a vowel. */
const VOICED: Record<string, string> = { к: "г", қ: "ғ", п: "б" };
/** The possessive's vowel («ақсүйегі», «кітабы», «ақсағымыз»): the forms running text has most. */
const POSSESSIVE_VOWEL = /[ыі]/;
/**
 * The case endings after the possessive's ы, і («руднигінің», «руднигіне», «ақсүйегін»): kk_KZ
 * 1.1's affix rules do not put them on the possessive, so the voiced possessive gets them here.
 */
const POSSESSIVE_CASES = [
  ["ның", "на", "н", "нда", "нан", "мен"],
  ["нің", "не", "н", "нде", "нен", "мен"],
] as const;

/**
 * Kazakh voices a word's final к, қ or п before a suffix that opens with a vowel («ақсүйек»,
 * «ақсүйегі», «ақсүйегінің»); kk_KZ 1.1's affix rules add the suffix to the unvoiced stem
 * («ақсүйекі»), so the forms people write are made here: the forms of the entries that end
 * so (expanded on their own, so no longer word that merely begins with one is taken:
 * «қарақал» is no «қарақ» + «ал»), with the voiced letter, beside the dictionary's own. Only
 * before the possessive's ы, і: the affix file also puts verb endings on nouns («қарақады»),
 * and voiced those would hide typos of names («Қарағады» for Қарағанды).
 */
function voiced(aff: Buffer, dic: Buffer): string[] {
  const lines = dic
    .toString("utf8")
    .split("\n")
    .slice(1)
    .filter((l) => {
      const stem = l.split("/")[0]!.trim();
      return stem.length >= 3 && VOICED[stem.at(-1)!] !== undefined;
    });
  const stems = new Set(lines.map((l) => l.split("/")[0]!.trim()));
  const out: string[] = [];
  for (const w of Object.keys((nspell(aff, `${lines.length}\n${lines.join("\n")}`) as unknown as { data: Record<string, unknown> }).data))
    for (let k = 3; k < w.length; k++)
      if (VOICED[w[k - 1]!] && POSSESSIVE_VOWEL.test(w[k]!) && stems.has(w.slice(0, k))) {
        const v = w.slice(0, k - 1) + VOICED[w[k - 1]!] + w.slice(k);
        out.push(v);
        if (k === w.length - 1) for (const e of POSSESSIVE_CASES[w[k] === "ы" ? 0 : 1]) out.push(v + e);
      }
  return out;
}

/**
 * The chains of every Kazakh entry that kk_KZ 1.1's affix rules do not make (scripts/kazakh-forms.ts):
 * of a noun (flagged for the plural or the possessive) and of an entry without flags (mostly
 * nouns in -лық, -лік: «байлығын», «тереңдігі»), the plural, possessive and case chains; of a
 * verb (an infinitive flagged for the verb's endings), the participles, tenses and verbal nouns.
 * `which` picks the entries (as written); `verbs: false` leaves the verbs out.
 */
function* chains(dic: Buffer, which: (entry: string) => boolean, verbs = true): Generator<string[]> {
  for (const line of dic.toString("utf8").split("\n").slice(1)) {
    const [entry, flags = ""] = line.trim().split("/");
    if (!entry || entry.length < 3 || !which(entry)) continue;
    const stem = entry.toLowerCase();
    if (!/^\p{Ll}+$/u.test(stem)) continue;
    if (flags.includes("M")) {
      if (verbs && /[ую]$/.test(stem)) yield verbalForms(stem);
    } else if (!flags || flags.includes("A") || flags.includes("B")) yield nominalForms(stem);
  }
}

/** Lower-case word forms (proper names are capitalised in both dictionaries), and the forms of names (as skeletons, and as spelt). */
function forms(d: Dictionary): { ordinary: string[]; ofNames: Set<string>; spelt: string[] } {
  const expanded = Object.keys((nspell(d.aff, d.dic) as unknown as { data: Record<string, unknown> }).data);
  const all = d.voicing ? [...expanded, ...voiced(d.aff, d.dic)] : expanded;
  const extra = (d.extra?.toString("utf8") ?? "").split("\n").map((l) => l.trim());
  const ordinary = [...new Set([...all, ...extra.filter((l) => l && !l.startsWith("#"))])].filter((w) => /^\p{Ll}+$/u.test(w));
  // The dictionary's entries that are a name, expanded on their own: their forms are the name's case forms.
  const lines = d.dic
    .toString("utf8")
    .split("\n")
    .slice(1)
    .filter((l) => names.has(skel(l.split("/")[0]!.trim())));
  const nameDic = `${lines.length}\n${lines.join("\n")}`;
  const nameForms = Object.keys((nspell(d.aff, nameDic) as unknown as { data: Record<string, unknown> }).data);
  const spelt = [...nameForms, ...(d.voicing ? voiced(d.aff, Buffer.from(nameDic)) : [])];
  const ofNames = new Set(spelt.map(skel));
  // A name's noun chains are its forms as spelt only: by skeleton they would take words
  // already listed («алғаңда» of Алға is no «алғанда», when it took); a verb that is a name
  // («ақтау», to whiten) makes no form of the name.
  if (d.chains) for (const c of chains(d.dic, (entry) => names.has(skel(entry)), false)) spelt.push(...c);
  return { ordinary, ofNames, spelt };
}

const hash = createHash("sha256");
const ordinary: Array<{ words: string[]; endings: boolean; ofNames: Set<string> }> = [];
/** Every dictionary's forms of names as spelt (normalised). */
const speltNames = new Set<string>();
for (const d of DICTIONARIES) {
  for (const b of [d.aff, d.dic, d.extra]) if (b) hash.update(b);
  const f = forms(d);
  ordinary.push({ words: f.ordinary, endings: d.endings, ofNames: f.ofNames });
  for (const w of f.spelt) speltNames.add(normalize(w));
}
// A word is the name, never listed, when its skeleton is a name's or that of a name's form in
// its own dictionary, or it is spelt as a name's form in the other: a skeleton shared only
// with the other language's form is a word of its own (Russian «семейный» is not «Семейні»).
const misread = new Map<string, string[]>();
for (const { words, endings, ofNames } of ordinary) {
  for (const word of words) {
    if (names.has(skel(word)) || ofNames.has(skel(word)) || speltNames.has(normalize(word))) continue;
    const readings = plain.misreadings(word, { endings });
    if (readings.length) misread.set(word, [...new Set([...(misread.get(word) ?? []), ...readings])]);
  }
}
// The chains kk_KZ does not make are listed only where they read as a name through a typo
// and are no name's own form: a chain read as a cue with a typo is left to the cue's
// readers, and there are some ten million chains to ask about.
let chained = 0;
for (const d of DICTIONARIES) {
  if (!d.chains) continue;
  const { words, ofNames } = ordinary[DICTIONARIES.indexOf(d)]!;
  const known = new Set(words);
  for (const c of chains(d.dic, (entry) => !names.has(skel(entry))))
    for (const form of new Set(c)) {
      if (known.has(form) || misread.has(form)) continue;
      const sk = skel(form);
      if (names.has(sk) || ofNames.has(sk) || speltNames.has(normalize(form))) continue;
      const readings = plain.misreadings(form, { names: true });
      if (readings.length) {
        misread.set(form, readings);
        chained++;
      }
    }
}
const kept = [...misread].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const header = [
  "# Ordinary words that the name and cue matchers would read as a name or a cue with a typo",
  "# or an ending, and what they would have been read as (src/understanding/vocabulary.ts).",
  "# Kazakh suffix chains kk_KZ does not make (scripts/kazakh-forms.ts) only where read as a name through a typo.",
  "# Generated by `npm run vocabulary` (scripts/ordinary-words.ts): do not edit by hand.",
  `# From hunspell kk_KZ 1.1 (GPL/LGPL/MPL) with monoqala-extra.dic, and dictionary-ru ${RU_VERSION} (BSD-3-Clause).`,
  `# dictionaries sha256 ${hash.digest("hex").slice(0, 16)}`,
];
writeFileSync(VOCABULARY_FILE, `${[...header, ...kept.map(([w, r]) => `${w} ${r.join(" ")}`)].join("\n")}\n`);
console.log(`${kept.length} words (${chained} of them chains kk_KZ does not make) → ${path.relative(ROOT, VOCABULARY_FILE)}`);
