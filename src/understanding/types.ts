// What the understanding returns: the intent, the towns, tier and region it found, and
// what it is unsure of. Its own module so that the parts deciding each field (intent.ts)
// and the Understander that assembles them both read it.
import type { Lang, TierId, TownStatus } from "../domain/types.ts";
import type { Reason } from "./rules.ts";

// biome-ignore format: a table of words reads best packed, many to a line
const INTENTS = [
  "tier", "progress", "shortfall", "town_overview", "tier_list", "national_overview", "compare", "subscribe", "unsubscribe",
  "help", "greeting", "not_monotown", "former_monotown", "out_of_scope", "gaps", "history", "project",
] as const;
export type Intent = (typeof INTENTS)[number];

export interface UnderstandingTown {
  id: string;
  status: TownStatus;
  /** The region as the dataset names it (Kazakh or Russian). */
  region: string;
  names: string[];
}

/** A town name that may mean something else: the bot asks instead of guessing. */
export interface Ambiguity {
  townId: string;
  word: string;
  /** What else it may be: another place (gazetteer id), a region, or not a place at all. */
  others: Array<{ kind: "place" | "region" | "other"; id: string | null }>;
}

export interface Understanding {
  lang: Lang;
  /** False when the message carried no clear sign of its language (the stored one was used). */
  langSure: boolean;
  intent: Intent;
  /** Dataset town ids, in the order the message names them. */
  towns: string[];
  /** With the intent `project`: the reported projects named (project-names.ts), best first. */
  projects: string[];
  tier: TierId | null;
  /** Gazetteer region asked about ("monotowns of Pavlodar region"), or a named place's region. */
  region: string | null;
  /** A named place that is not a monotown (gazetteer id). */
  place: string | null;
  /**
   * A monotown's name used for another place: «Балқаш ауданы», «с. Абай Жамбылского р-на».
   * The reply says which one the monotown is; `region` is then the other place's region.
   */
  namesake: { townId: string; word: string } | null;
  ambiguous: Ambiguity[];
  /** «спасибо», «рахмет»: a greeting-like message that thanks rather than greets. */
  thanks: boolean;
  /** Towns recognised only through a typo: worth a "did you mean" when nothing else was asked. */
  guessed: string[];
  /** Words of four letters or more that matched nothing: a misspelt name, perhaps. */
  unknownWords: string[];
  /**
   * Why: the ids of the rules that decided (src/understanding/rules.ts), in the order they
   * fired — the language's, then each town name's verdict as `rule:townId`, then the intent's.
   */
  because: Reason[];
}
