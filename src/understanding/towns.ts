// Finding towns by name: a pure index over every spelling the dataset knows (official
// Russian and Kazakh names, Latin forms, aliases, former names), matched after
// normalisation, plus "closest names" suggestions for a name that is not found.
import { distance } from "fastest-levenshtein";
import { normalize, skeleton } from "./normalize.ts";

export interface TownNames {
  id: string;
  names: string[];
}

export interface Suggestion {
  id: string;
  name: string;
  score: number;
}

/**
 * How far (edits per letter of the longer name) a word may be from a town name to be offered
 * as that town: a typo, not a different word («Мәскеу» is not a misspelt «Ақсу»).
 */
const TYPO_REACH = 0.35;

export class TownIndex {
  private exact = new Map<string, Set<string>>();
  private skeletons = new Map<string, Set<string>>();
  private entries: Array<{ id: string; name: string; skel: string }> = [];

  constructor(towns: TownNames[]) {
    for (const t of towns) {
      for (const name of t.names) {
        add(this.exact, normalize(name), t.id);
        const skel = skeleton(name);
        add(this.skeletons, skel, t.id);
        this.entries.push({ id: t.id, name, skel });
      }
    }
  }

  /** Town ids whose name the whole text is, in any script, case or Kazakh/Russian letter form. */
  lookup(text: string): string[] {
    const hit = this.exact.get(normalize(text)) ?? this.skeletons.get(skeleton(text));
    return hit ? [...hit] : [];
  }

  /**
   * Towns named inside a longer text, by whole words (one to three words long), in the
   * order they appear. Inflected forms are the understanding layer's job.
   */
  find(text: string): string[] {
    const words = normalize(text).split(" ").filter(Boolean);
    const found: string[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const ids = this.lookup(words.slice(i, i + n).join(" "));
        if (ids.length) {
          for (const id of ids) if (!found.includes(id)) found.push(id);
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  /** The closest town names to a text that matched none, best first. */
  suggest(text: string, limit = 3): Suggestion[] {
    const skel = skeleton(text);
    if (!skel) return [];
    const best = new Map<string, Suggestion>();
    // A numbered name («Москва-400», Курчатов's old code name) is not reached by a word
    // without its number: «Москва» is the capital of Russia, not a typo for it.
    const numbered = /\d/.test(text);
    for (const e of this.entries) {
      if (!numbered && /\d/.test(e.name)) continue;
      const d = distance(skel, e.skel);
      const score = d / Math.max(skel.length, e.skel.length);
      const prev = best.get(e.id);
      if (!prev || score < prev.score) best.set(e.id, { id: e.id, name: e.name, score });
    }
    return [...best.values()]
      .filter((s) => s.score <= TYPO_REACH)
      .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  }
}

function add(map: Map<string, Set<string>>, key: string, id: string) {
  if (!key) return;
  const set = map.get(key) ?? new Set<string>();
  set.add(id);
  map.set(key, set);
}
