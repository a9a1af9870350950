// A bounded in-memory map of what was read from the database. With several instances
// (maxAgeMs set) an entry is trusted only briefly: each update re-reads its own user's
// and chat's rows first (updateStateReader), so the age only matters for other rows.
export interface MemoOptions {
  /** Entries kept; 0 keeps none. */
  maxEntries?: number;
  /** Entries older than this are read again. */
  maxAgeMs?: number;
}

export class Memo<K, V> {
  private map = new Map<K, { value: V; at: number }>();
  private maxEntries: number;
  private maxAgeMs: number;

  constructor(opts: MemoOptions, defaultMax: number) {
    this.maxEntries = opts.maxEntries ?? defaultMax;
    this.maxAgeMs = opts.maxAgeMs ?? Infinity;
  }

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (this.maxAgeMs !== Infinity && performance.now() - e.at > this.maxAgeMs) {
      this.map.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: K, value: V) {
    if (this.maxEntries <= 0) return;
    this.map.delete(key);
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, { value, at: performance.now() });
  }

  delete(key: K) {
    this.map.delete(key);
  }

  clear() {
    this.map.clear();
  }
}
