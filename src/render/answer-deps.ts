// What every reply that reads the catalogue needs: the catalogue, the towns' index, the
// understanding (for names) and a memo keyed per snapshot. Its own module so that cards,
// sources and CSV read it without importing the answer that uses them.
import type { Holders } from "../domain/gaps.ts";
import type { Catalog } from "../domain/types.ts";
import type { TownIndex } from "../understanding/towns.ts";
import type { Understander } from "../understanding/understand.ts";

export interface AnswerDeps {
  catalog: Catalog;
  towns: TownIndex;
  understander: Understander;
  holders: Holders;
  memo<T>(key: string, make: () => T): T;
}
