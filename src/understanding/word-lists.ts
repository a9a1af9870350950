// Reads the word lists people maintain (data/lexicon/<cue>.txt, data/function-words.txt):
// `[ru]`-style section headers, one entry per line, `#` comments. An entry is a word or a
// phrase; a trailing `*` makes its last word a stem, a trailing `~` makes it a weak cue
// (see docs/understanding.md, "Adding a word"). A malformed line stops the start with its
// file and line, rather than being read as something else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { normalize, skeleton } from "./normalize.ts";

/** Letters, digits, hyphens and apostrophes; words apart by one space; `*` then `~` at the end only. */
const ENTRY = z.string().regex(/^[\p{L}\p{N}'’-]+( [\p{L}\p{N}'’-]+)*\*?~?$/u, "is not a word or phrase, optionally ending in * and then ~");

export class WordListError extends Error {
  override name = "WordListError";
}

/**
 * The words of a list in src/understanding/data/ with [kk] and [ru] sections (given names,
 * titles, question words…), as skeletons: read once at start, then one set look-up a word.
 */
export function dataWordSkeletons(name: string): Set<string> {
  const file = path.join(import.meta.dirname, "data", name);
  const lists = parseWordList(readFileSync(file, "utf8"), file, ["kk", "ru"] as const);
  return new Set([...(lists.kk ?? []), ...(lists.ru ?? [])].map(skeleton));
}

/** Entries by section, in file order. */
export function parseWordList<K extends string>(text: string, file: string, sections: readonly K[]): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  let current: string[] | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      const key = header[1] as K;
      if (!sections.includes(key)) throw new WordListError(`${file}:${i + 1}: unknown section [${header[1]}] (one of ${sections.join(", ")})`);
      if (out[key]) throw new WordListError(`${file}:${i + 1}: section [${key}] appears twice`);
      current = out[key] = [];
      return;
    }
    if (!current) throw new WordListError(`${file}:${i + 1}: an entry before any [section]`);
    const entry = ENTRY.safeParse(line);
    if (!entry.success) throw new WordListError(`${file}:${i + 1}: «${line}» ${entry.error.issues[0]!.message}`);
    current.push(entry.data);
  });
  return out;
}

/** Every `<name>.txt` in a folder, parsed, by name; names must be among `names`. */
export function readWordLists<N extends string, K extends string>(
  dir: string,
  names: readonly N[],
  sections: readonly K[],
): Record<N, Partial<Record<K, string[]>>> {
  const out = {} as Record<N, Partial<Record<K, string[]>>>;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const name = file.slice(0, -4) as N;
    if (!names.includes(name)) throw new WordListError(`${path.join(dir, file)}: no such list (one of ${names.join(", ")})`);
    out[name] = parseWordList(readFileSync(path.join(dir, file), "utf8"), path.join(dir, file), sections);
  }
  return out;
}

interface Parsed {
  entry: string;
  weight: number;
  head: string;
  last: string;
  stem: boolean;
}

function parsed(entry: string, form: (word: string) => string): Parsed {
  const weak = entry.endsWith("~");
  const bare = entry.replace(/~$/, "");
  const stem = bare.endsWith("*");
  const words = bare.replace(/\*$/, "").split(" ").map(form);
  return { entry, weight: weak ? 0.5 : 1, head: words.slice(0, -1).join(" "), last: words.at(-1) ?? "", stem };
}

/** A word as the cue matcher compares it: in the skeleton alphabet (normalize.ts). */
const skeletonForm = (word: string) => skeleton(normalize(word));

/**
 * Entries in one list that add nothing: the same entry twice (as `form` has it: the cue
 * matcher compares skeletons, the language guess the words as written), or one that a stem
 * of the same weight at least `minCoverStem` letters long already covers (shorter stems
 * take a word only with an ending after them, so they are not counted as covering).
 */
export function redundantEntries(entries: string[], minCoverStem: number, form: (word: string) => string = skeletonForm): string[] {
  const all = entries.map((e) => parsed(e, form));
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const p of all) {
    const key = `${p.head}|${p.last}|${p.stem}|${p.weight}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`«${p.entry}» repeats «${first}»`);
    else seen.set(key, p.entry);
  }
  for (const p of all) {
    const by = all.find(
      (q) =>
        q !== p &&
        q.stem &&
        q.weight === p.weight &&
        q.head === p.head &&
        q.last.length >= minCoverStem &&
        p.last.startsWith(q.last) &&
        (p.last !== q.last || !p.stem),
    );
    if (by) problems.push(`«${p.entry}» is covered by «${by.entry}»`);
  }
  return problems;
}
