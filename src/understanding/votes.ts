// How much each cue weighs in one message: the votes the intent is decided on.
import type { CueHit } from "./cues.ts";
import type { Cue } from "./lexicon.ts";

/** Cues that make a message about monotown data (as opposed to fuel prices in Жанаозен). */
export const DOMAIN: Cue[] = ["tier", "progress", "shortfall", "monotown", "subscribe", "former", "diversifying", "medium_potential", "stagnating"];
/** Topics a quantity («сколько», «қанша») can ask about. */
const QUANTIFIED = new Set<Cue>(["progress", "shortfall"]);

export class Votes {
  private count = new Map<Cue, number>();
  /** The cue hits at each word position. */
  readonly at = new Map<number, CueHit[]>();
  /** The same lists by word position in an array, for isAt (asked many times a message). */
  private byPos: Array<CueHit[] | undefined> = [];
  /** Whether anything in the message is about monotown data. */
  readonly domain: boolean;
  /** The votes for the cues about monotown data, added up. */
  readonly domainCount: number;

  constructor(hits: CueHit[]) {
    for (const c of hits)
      for (let i = c.start; i < c.end; i++) {
        const list = this.at.get(i);
        if (list) list.push(c);
        else if (i >= 0) this.at.set(i, (this.byPos[i] = [c]));
        else this.at.set(i, [c]);
      }
    // One word is one vote per cue, however many languages list it («статус» is Russian,
    // Kazakh and English): the heaviest entry counts, once.
    for (let k = 0; k < hits.length; k++) {
      const c = hits[k]!;
      let best = c.weight;
      let first = true;
      for (let j = 0; j < hits.length && first; j++) {
        const o = hits[j]!;
        if (j === k || o.cue !== c.cue || o.start !== c.start || o.end !== c.end) continue;
        if (o.weight > best || (o.weight === best && j < k)) first = false;
        else best = Math.max(best, o.weight);
      }
      if (first) this.add(c.cue, best);
    }
    // «сколько нужно ещё денег…», «қанша қаржы»: what a quantity asks about is the topic.
    const counted = new Set<number>();
    for (const q of hits) {
      if (q.cue !== "quantity" || counted.has(q.start)) continue;
      counted.add(q.start);
      // After it («сколько денег»), or right before it («қаражат көлемі», «денег сколько»).
      const topic =
        hits.find((c) => QUANTIFIED.has(c.cue) && c.weight === 1 && c.start >= q.end && c.start <= q.end + 2) ??
        hits.find((c) => QUANTIFIED.has(c.cue) && c.weight === 1 && c.end === q.start);
      if (topic) this.add(topic.cue, 1);
    }
    // The counts are final here: rules ask these many times a message.
    this.domain = DOMAIN.some((c) => this.has(c));
    this.domainCount = DOMAIN.reduce((s, c) => s + this.n(c), 0);
  }

  n(cue: Cue): number {
    return this.count.get(cue) ?? 0;
  }

  has(cue: Cue): boolean {
    return this.n(cue) > 0;
  }

  /** Whether a cue is found within `span` words of a name. */
  near(h: { start: number; end: number }, cue: Cue, span = 2): boolean {
    for (let i = h.start - span; i < h.end + span; i++) if (this.isAt(i, cue)) return true;
    return false;
  }

  /** Whether a hit of `cue` covers word position `i`. */
  isAt(i: number, cue: Cue): boolean {
    const hits = i >= 0 ? this.byPos[i] : this.at.get(i);
    if (hits) for (const c of hits) if (c.cue === cue) return true;
    return false;
  }

  private add(cue: Cue, weight: number) {
    this.count.set(cue, this.n(cue) + weight);
  }
}
