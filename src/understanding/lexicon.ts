// The words that carry meaning in a question about monotowns, by cue and language. The
// words themselves are data (data/lexicon/<cue>.txt, one file per cue; read by
// word-lists.ts): a linguist adds one without touching TypeScript (docs/understanding.md).
// The cues are code: the understanding's rules refer to them by name.
//
// Entries are compared in the skeleton alphabet (normalize.ts), so the Cyrillic entry
// «қанша» also matches «канша», «qansha» and «kansha», and «сколько» matches the
// transliterated «skolko». Kazakh letters fold onto Russian look-alikes, so a stem can hide
// another word: «көрсет*» (show) would take «көрсеткіштері» (indicators), «отын*» (fuel)
// takes «өтінеміз» (we request): those are listed as whole words.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseWordList, readWordLists, WordListError } from "./word-lists.ts";

export const CUES = [
  "tier", "progress", "shortfall", "overview", "compare", "subscribe", "unsubscribe", "help", "greeting",
  "national", "monotown", "offtopic", "list", "quantity",
  "city", "region", "district", "mountain", "lake", "river", "poet", "village",
  "diversifying", "medium_potential", "stagnating",
  "former", "stop", "street", "person", "aspect", "thanks", "bot", "abroad", "venue", "facility", "same", "neutral", "contrast", "gaps", "history",
  "ranking", "economy", "level", "schoolwork", "reserve", "wish", "chart", "when", "site", "status", "belong",
] as const;
export type Cue = (typeof CUES)[number];

export type LexLang = "ru" | "kk" | "en";
/** Latin spellings are listed apart where the skeleton of the Cyrillic entry does not cover them. English entries are for people who write "Ridder info". */
const LEX_KEYS = ["ru", "kk", "en", "kk_latin", "ru_latin"] as const;
export type LexKey = (typeof LEX_KEYS)[number];

export type Lexicon = Partial<Record<Cue, Partial<Record<LexKey, string[]>>>>;

const DATA = path.join(import.meta.dirname, "data");

export const LEXICON: Lexicon = readWordLists(path.join(DATA, "lexicon"), CUES, LEX_KEYS);

/**
 * Words that only tell the language (the reply language), beyond the cue words above.
 * Cyrillic Russian, Cyrillic Kazakh (also typed without Kazakh letters) and Kazakh Latin.
 */
export const FUNCTION_WORDS: Record<"ru" | "kk", string[]> = (() => {
  const file = path.join(DATA, "function-words.txt");
  const lists = parseWordList(readFileSync(file, "utf8"), file, ["ru", "kk"] as const);
  if (!lists.ru || !lists.kk) throw new WordListError(`${file}: needs both [ru] and [kk]`);
  return { ru: lists.ru, kk: lists.kk };
})();
