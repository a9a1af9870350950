// A bounded memo for per-word results that keeps the words in use. Two generations: when
// the newer one is full it becomes the older and the oldest is dropped; a value found in the
// older one moves back to the newer. A flood of fresh words (typos, numbers) then pushes out
// only the words not asked for since, not the common ones a plain clear() would drop too.
export class Memo<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  /** At most `limit` values are kept (half in each generation). */
  constructor(private limit: number) {}

  /** The value remembered for `key` (undefined: none; a stored null is a value). */
  get(key: string): V | undefined {
    const v = this.recent.get(key);
    if (v !== undefined) return v;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, v: V): void {
    if (this.recent.size >= this.limit / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, v);
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}

/** A value a StampedMemo keeps: it carries the generation it was last asked for in. */
export interface Stamped {
  generation: number;
}

/**
 * Memo's two generations in one map, for values that carry their generation: a value asked
 * for again in the older one is stamped anew, not moved, and a word not known is one look-up,
 * not two. The values kept are Memo's: at most `limit / 2` stamped with each of the last two
 * generations; older ones are dropped when a generation ends.
 */
export class StampedMemo<V extends Stamped> {
  private values = new Map<string, V>();
  private generation = 1;
  /** How many values carry the current generation. */
  private current = 0;

  constructor(private limit: number) {}

  /** The value remembered for `key` (undefined: none). */
  get(key: string): V | undefined {
    const v = this.values.get(key);
    if (v === undefined || v.generation === this.generation) return v;
    if (v.generation !== this.generation - 1) return undefined;
    this.stamp(v);
    return v;
  }

  /** Remembers `v` (whose generation is stamped here) for `key`, which get() did not find. */
  set(key: string, v: V): void {
    this.stamp(v);
    this.values.set(key, v);
  }

  private stamp(v: V): void {
    const full = this.current >= this.limit / 2;
    if (full) {
      this.generation++;
      this.current = 0;
    }
    v.generation = this.generation;
    this.current++;
    // After the stamp: a value moved out of the generation ending is kept.
    if (full) for (const [key, old] of this.values) if (old.generation < this.generation - 1) this.values.delete(key);
  }
}
