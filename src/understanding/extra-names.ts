// Spellings of town names people write that the dataset lacks (data/town-names.json):
// added to the names the understanding matches, never shown.
import data from "./data/town-names.json" with { type: "json" };

const EXTRA: Record<string, string[]> = data.names;

export function extraNames(townId: string): string[] {
  return EXTRA[townId] ?? [];
}
