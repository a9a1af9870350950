// What the bot knows at a given moment: the catalog loaded from the database and the
// town-name index built from it. Rebuilt as a whole on reload, so readers never see a
// half-updated pair.
import type { Db } from "./db/client.ts";
import { catalogReader, type CatalogReader } from "./db/catalog.ts";
import { Memo } from "./db/memo.ts";
import type { Holders } from "./domain/gaps.ts";
import { isReportedProject } from "./domain/progress.ts";
import type { Catalog } from "./domain/types.ts";
import { loadHolders } from "./holders.ts";
import { extraNames } from "./understanding/extra-names.ts";
import { TownIndex } from "./understanding/towns.ts";
import { Understander } from "./understanding/understand.ts";

export interface Snapshot {
  catalog: Catalog;
  towns: TownIndex;
  understander: Understander;
  /** Who holds the figures the catalog calls unknown, and the law a request cites (src/domain/data/holders.json). */
  holders: Holders;
  /**
   * Replies are pure functions of the snapshot, so the ones asked for again and again (a
   * card section in one language) are rendered once per snapshot and dropped with it on
   * reload. Keys must name everything the value depends on.
   */
  memo<T>(key: string, make: () => T): T;
}

/** Bounds the memo so that keys built from user input can never grow it without limit. */
export const MEMO_LIMIT = 5000;

/** The holders table ships with the code: read and checked once, on the first load. */
let holders: Holders | undefined;

function buildSnapshot(catalog: Catalog): Snapshot {
  const towns = new TownIndex(
    [...catalog.towns.values()].map((t) => ({ id: t.id, names: [...t.names.flatMap((n) => (n.nameKk ? [n.name, n.nameKk] : [n.name])), ...extraNames(t.id)] })),
  );
  // Full, it forgets the oldest entry: a flood of new keys must not leave the replies
  // asked for every day uncached for the rest of the snapshot's life.
  const cache = new Memo<string, unknown>({ maxEntries: MEMO_LIMIT }, MEMO_LIMIT);
  const memo = <T>(key: string, make: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit as T;
    const value = make();
    // Nothing made (an unknown or forged id) is not kept: such keys cost no memory.
    if (value !== null && value !== undefined) cache.set(key, value);
    return value;
  };
  const understander = new Understander(
    [...catalog.towns.values()].map((t) => ({
      id: t.id,
      status: t.status,
      region: t.regionKk,
      names: [t.nameRu, t.nameKk, ...t.names.flatMap((n) => (n.nameKk ? [n.name, n.nameKk] : [n.name])), ...extraNames(t.id)],
    })),
    undefined,
    catalog.measures.filter(isReportedProject).map((m) => ({ id: m.id, townIds: m.townIds, titles: [m.titleRu, m.titleKk] })),
  );
  holders ??= loadHolders();
  return { catalog, towns, understander, holders, memo };
}

export class Knowledge {
  private constructor(
    private reader: CatalogReader,
    private snap: Snapshot,
  ) {}

  static async load(db: Db): Promise<Knowledge> {
    const reader = catalogReader(db);
    return new Knowledge(reader, buildSnapshot(await reader.catalog()));
  }

  get current(): Snapshot {
    return this.snap;
  }

  async reload(): Promise<void> {
    this.snap = buildSnapshot(await this.reader.catalog());
  }

  /** Reloads when an editor (maybe on another instance) changed the data since the last load. */
  async reloadIfChanged(): Promise<boolean> {
    if ((await this.reader.version()) === this.snap.catalog.version) return false;
    await this.reload();
    return true;
  }
}
