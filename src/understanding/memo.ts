// A bounded memo for per-word results that keeps the words in use. Two generations: when
// the newer one is full it becomes the older and the oldest is dropped; a value found in the
// older one is kept in the newer. A flood of fresh words (typos, numbers) then pushes out
// only the words not asked for since, not the common ones a plain clear() would drop too.
// Both generations are in one map (StampedMemo), so a word not known costs one look-up.
export class Memo<V> {
  private entries: StampedMemo<{ generation: number; value: V }>;

  /** At most `limit` values are kept (half in each generation). */
  constructor(limit: number) {
    this.entries = new StampedMemo(limit);
  }

  /** The value remembered for `key` (undefined: none; a stored null is a value). */
  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Remembers `v` for `key`, which get() did not find. */
  set(key: string, v: V): void {
    this.entries.set(key, { generation: 0, value: v });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A value a StampedMemo keeps: it carries the generation it was last asked for in. */
export interface Stamped {
  generation: number;
}

/**
 * Memo's two generations in one map, for values that carry their generation: a value asked
 * for again in the older one is stamped anew, not moved, and a word not known is one look-up,
 * not two. At most `limit / 2` values carry each of the last two generations; older ones
 * are dropped when a generation ends.
 */
export class StampedMemo<V extends Stamped> {
  private values = new Map<string, V>();
  private generation = 1;
  /** How many values carry the current generation. */
  private current = 0;
  /** The key get() last found nothing for: set() with it needs no look-up to count the value. */
  private missed: string | undefined;

  constructor(private limit: number) {}

  /** The value remembered for `key` (undefined: none). */
  get(key: string): V | undefined {
    const v = this.values.get(key);
    if (v !== undefined && v.generation === this.generation) return v;
    if (v !== undefined && v.generation === this.generation - 1) {
      this.stamp(v);
      return v;
    }
    this.missed = key;
    return undefined;
  }

  /** Remembers `v` (whose generation is stamped here) for `key`. */
  set(key: string, v: V): void {
    // A value replaced in the current generation leaves the count as it was, unless that is full.
    if (this.current < this.limit / 2 && key !== this.missed && this.values.get(key)?.generation === this.generation) v.generation = this.generation;
    else this.stamp(v);
    this.missed = undefined;
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

  clear(): void {
    this.values.clear();
    this.current = 0;
  }
}
