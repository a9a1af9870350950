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
