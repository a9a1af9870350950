// Where wizards (grammY conversations) keep their state between updates, so a restart
// or a deploy in the middle of one continues where the user was. The plugin reads the
// state of every update's chat, so a single instance serves reads from memory after the
// first: only one process polls Telegram (getUpdates allows a single consumer), so
// nobody else writes these rows behind its back. Several instances behind a webhook
// read the database every time (maxCached 0), since the next update of a wizard may
// reach another instance.
//
// A wizard's state is its replay log, which grows with every update it takes; the
// wizards bound that (steps.ts), and this store is the last guard: a state larger than
// `maxBytes`, or one that does not parse (written by a broken build, cut short by hand),
// is dropped instead of stored or read, and the key is kept in `dropped` so that the
// wizards' middleware tells the user their wizard was reset. Without it one chat's state
// could grow until every update of that chat replays megabytes, and survive a restart.
import type { Db } from "./client.ts";
import { Memo, type MemoOptions } from "./memo.ts";

/** The largest state one chat may keep: a full subscription wizard takes ~10-40 KB. */
export const MAX_STATE_BYTES = 96_000;

export class ConversationStore<T = unknown> {
  /** JSON as stored, or null for "no row": a chat without a wizard costs one query, once. */
  private cache: Memo<string, string | null>;
  /** Keys whose state was too big or broken and was dropped, until the user is told (bounded). */
  private dropped = new Memo<string, true>({}, 10_000);

  constructor(
    private db: Db,
    cache: MemoOptions = {},
    private maxBytes = MAX_STATE_BYTES,
  ) {
    this.cache = new Memo(cache, 50_000);
  }

  /** Whether the key's state was dropped since last asked (and forgets that it was). */
  takeDropped(key: string): boolean {
    const was = this.dropped.get(key) === true;
    this.dropped.delete(key);
    return was;
  }

  /** Drops what is remembered for the key: the next read asks the database. */
  forget(key: string) {
    this.cache.delete(key);
  }

  /** What was just read for this update (updateStateReader): fresh, so later reads need no query. */
  async prime(key: string, json: string | null) {
    this.remember(key, await this.vet(key, json));
  }

  async read(key: string): Promise<T | undefined> {
    const json = await this.stored(key);
    // Parsed afresh each time: the plugin mutates what it reads, and a failed write must
    // not leave the mutated copy behind as if it had been stored.
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async write(key: string, value: T): Promise<void> {
    const json = JSON.stringify(value);
    if (Buffer.byteLength(json) > this.maxBytes) {
      this.dropped.set(key, true);
      return this.delete(key);
    }
    await this.db.conversationState.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    this.remember(key, json);
  }

  async delete(key: string): Promise<void> {
    await this.db.conversationState.deleteMany({ where: { key } });
    this.remember(key, null);
  }

  async has(key: string): Promise<boolean> {
    return (await this.stored(key)) !== null;
  }

  /** Whether there is state for the key, if known without a query: true, false, or undefined. */
  known(key: string): boolean | undefined {
    const hit = this.cache.get(key);
    return hit === undefined ? undefined : hit !== null;
  }

  /** Forgets wizards nobody has touched since `before`: they would only expire when next read. */
  async purge(before: Date): Promise<number> {
    const res = await this.db.conversationState.deleteMany({ where: { updatedAt: { lt: before } } });
    this.cache.clear();
    return res.count;
  }

  private async stored(key: string): Promise<string | null> {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    // Raw SQL: read on every update of a chat that may have a wizard; Prisma's query
    // building would cost several times the lookup.
    const [row] = await this.db.$queryRaw<Array<{ value: string }>>`SELECT "value" FROM "ConversationState" WHERE "key" = ${key}`;
    const json = await this.vet(key, row?.value ?? null);
    this.remember(key, json);
    return json;
  }

  /** The stored JSON if it is fit to replay; else null, with the row deleted. */
  private async vet(key: string, json: string | null): Promise<string | null> {
    if (json === null) return null;
    if (Buffer.byteLength(json) <= this.maxBytes) {
      try {
        JSON.parse(json);
        return json;
      } catch {
        // dropped below
      }
    }
    await this.db.conversationState.deleteMany({ where: { key } });
    this.dropped.set(key, true);
    return null;
  }

  private remember(key: string, json: string | null) {
    this.cache.set(key, json);
  }
}
