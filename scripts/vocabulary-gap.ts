// `npx tsx scripts/vocabulary-gap.ts FILE…`: how much Kazakh text the vocabulary's dictionaries leave
// out. For each text file (plain text, or JSON lines whose Kazakh "text" is read), the distinct Cyrillic
// words of three letters or more: how many no dictionary form knows though they begin with a
// kk_KZ entry (or a verb's stem) and end in Kazakh suffix letters — kk_KZ's own forms, our
// monoqala-extra.dic and the chains scripts/kazakh-forms.ts makes counting as known — and how many
// of those the understanding built without a vocabulary reads as a name through a typo
// (`Understander.misreadings` with `names: true`), with and without the vocabulary listing them.
// `LIST=1` prints those words.
import { readFileSync } from "node:fs";
import path from "node:path";
import nspell from "nspell";
import { loadDataset } from "../src/db/seed/dataset.ts";
import { townsFromDataset } from "../src/db/seed/understanding-towns.ts";
import { GAZETTEER } from "../src/understanding/gazetteer.ts";
import { normalize } from "../src/understanding/normalize.ts";
import { Understander } from "../src/understanding/understand.ts";
import { VOCABULARY, Vocabulary } from "../src/understanding/vocabulary.ts";
import { nominalForms, verbalForms, verbStem } from "./kazakh-forms.ts";

const KK = path.resolve(import.meta.dirname, "../test/fixtures/dictionaries/kk");
const read = (file: string) => {
  const b = readFileSync(file);
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
};
const dic = read(path.join(KK, "kk_KZ.dic"));
const known = new Set(Object.keys((nspell(read(path.join(KK, "kk_KZ.aff")), dic) as unknown as { data: Record<string, unknown> }).data));
for (const l of read(path.join(KK, "monoqala-extra.dic")).toString("utf8").split("\n")) if (l.trim() && !l.startsWith("#")) known.add(l.trim().toLowerCase());

/** kk_KZ's entries by their stem (a verb's infinitive by the verb's stem), with their flags. */
const entries = new Map<string, Array<{ entry: string; flags: string }>>();
for (const l of dic.toString("utf8").split("\n").slice(1)) {
  const [entry, flags = ""] = l.trim().split("/");
  if (!entry) continue;
  const stem = flags.includes("M") && /[ую]$/.test(entry) ? verbStem(entry) : entry;
  entries.set(stem, [...(entries.get(stem) ?? []), { entry, flags }]);
}
/** A stem's final п, к, қ as the voiced letter a vowel after it makes («кітабы» of «кітап»). */
const UNVOICED: Record<string, string> = { б: "п", г: "к", ғ: "қ" };
const SUFFIX_LETTERS = /^[аеыіуйнңдтлрзсмбпғгқкшжч]{1,10}$/;

/** The kk_KZ stems a word begins with, its rest being Kazakh suffix letters. */
function stemsOf(word: string): string[] {
  const out: string[] = [];
  for (let k = word.length - 1; k >= 3; k--) {
    if (!SUFFIX_LETTERS.test(word.slice(k))) continue;
    const p = word.slice(0, k);
    if (entries.has(p)) out.push(p);
    const u = UNVOICED[p.at(-1)!];
    if (u && entries.has(p.slice(0, -1) + u)) out.push(p.slice(0, -1) + u);
  }
  return out;
}

/** Whether scripts/kazakh-forms.ts makes the word from one of these stems' entries (as scripts/ordinary-words.ts picks them). */
function chained(word: string, stems: string[]): boolean {
  for (const stem of stems)
    for (const { entry, flags } of entries.get(stem) ?? []) {
      if (entry.length < 3 || !/^\p{Ll}+$/u.test(entry)) continue;
      if (flags.includes("M") ? /[ую]$/.test(entry) && verbalForms(entry).includes(word) : (!flags || /[AB]/.test(flags)) && nominalForms(entry).includes(word))
        return true;
    }
  return false;
}

const plain = new Understander(townsFromDataset(loadDataset()), GAZETTEER, [], new Vocabulary());
for (const file of process.argv.slice(2)) {
  let text = readFileSync(file, "utf8");
  if (file.endsWith(".jsonl"))
    text = text
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang?: string })
      .filter((d) => !d.lang || d.lang === "kk")
      .map((d) => d.text)
      .join("\n");
  const words = new Set(text.toLowerCase().match(/[а-яёәғқңөұүһі]{3,}/gu) ?? []);
  const gap = [...words].filter((w) => !known.has(w)).flatMap((w) => (stemsOf(w).length ? [{ w, stems: stemsOf(w) }] : []));
  const open = gap.filter(({ w, stems }) => !chained(w, stems));
  const misread = gap.filter(({ w }) => plain.misreadings(w, { names: true }).length);
  const unlisted = misread.filter(({ w }) => !VOCABULARY.has(normalize(w)));
  console.log(
    `${path.basename(file)}: ${words.size} words; ${gap.length} unknown to kk_KZ with a kk_KZ stem, ${open.length} of them not made as chains either; ` +
      `${misread.length} read as a name through a typo, ${unlisted.length} of them not in the vocabulary`,
  );
  if (process.env.LIST) for (const { w } of unlisted) console.log(`  ${w} ${plain.misreadings(w, { names: true }).join(" ")}`);
}
