// Reads data/project-words.txt: the abbreviations and phrases that name reported projects,
// the words that ask when or how much, and the «» names of titles that are not a project's
// own. Read at start; a malformed line stops the start with its file and line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { WordListError } from "./word-lists.ts";

export interface ProjectWords {
  /** Groups specific enough alone (ГПЗ = газ өңдеу зауыты): each group's ways of saying it. */
  names: string[][];
  /** Groups that name a kind of project, a project only beside an `ask` word. */
  kinds: string[][];
  ask: string[];
  /** «» names of titles that are not a project's own («Развитие регионов»). */
  generic: string[];
}

const SECTIONS = ["names", "kinds", "ask", "generic"] as const;
type Section = (typeof SECTIONS)[number];

/** Letters, digits, hyphens; words apart by one space; a `*` may end a word. */
const PHRASE = z.string().regex(/^[\p{L}\p{N}-]+\*?( [\p{L}\p{N}-]+\*?)*$/u, "is not a word or phrase (letters, digits, hyphens, a * after a stem)");

export function parseProjectWords(text: string, file: string): ProjectWords {
  const out: ProjectWords = { names: [], kinds: [], ask: [], generic: [] };
  const seen = new Map<string, number>();
  let section: Section | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      if (!SECTIONS.includes(header[1] as Section)) throw new WordListError(`${where}: unknown section [${header[1]}] (one of ${SECTIONS.join(", ")})`);
      section = header[1] as Section;
      return;
    }
    if (!section) throw new WordListError(`${where}: an entry before any [section]`);
    const items = section === "names" || section === "kinds" ? line.split(" = ").map((x) => x.trim()) : [line];
    for (const item of items) {
      const ok = PHRASE.safeParse(item);
      if (!ok.success) throw new WordListError(`${where}: «${item}» ${ok.error.issues[0]!.message}`);
      const key = `${section === "generic" ? "g" : section === "ask" ? "a" : "n"}:${item.toLocaleLowerCase("ru")}`;
      const first = seen.get(key);
      if (first !== undefined) throw new WordListError(`${where}: «${item}» is already on line ${first}`);
      seen.set(key, i + 1);
    }
    if (section === "names" || section === "kinds") out[section].push(items);
    else out[section].push(items[0]!);
  });
  for (const s of SECTIONS) if (!out[s].length) throw new WordListError(`${file}: section [${s}] is missing or empty`);
  return out;
}

const FILE = path.join(import.meta.dirname, "data", "project-words.txt");

export const PROJECT_WORDS: ProjectWords = parseProjectWords(readFileSync(FILE, "utf8"), FILE);
