// What the bot knows at a given moment: the catalog loaded from the database and the
// town-name index built from it. Rebuilt as a whole on reload, so readers never see a
// half-updated pair.
import type { Db } from "./db/client.ts";
import { loadCatalog } from "./db/catalog.ts";
import type { Catalog } from "./domain/types.ts";
import { TownIndex } from "./understanding/towns.ts";

export interface Snapshot {
  catalog: Catalog;
  towns: TownIndex;
}

export function buildSnapshot(catalog: Catalog): Snapshot {
  const towns = new TownIndex([...catalog.towns.values()].map((t) => ({ id: t.id, names: t.names.map((n) => n.name) })));
  return { catalog, towns };
}

export class Knowledge {
  private constructor(private db: Db, private snap: Snapshot) {}

  static async load(db: Db): Promise<Knowledge> {
    return new Knowledge(db, buildSnapshot(await loadCatalog(db)));
  }

  get current(): Snapshot {
    return this.snap;
  }

  async reload(): Promise<void> {
    this.snap = buildSnapshot(await loadCatalog(this.db));
  }
}
