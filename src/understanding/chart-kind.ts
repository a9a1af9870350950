// Which national chart `/chart <words>` asks for, when it names no town: word stems in
// Russian, Kazakh and Latin, compared as skeletons (so «жобалар», «zhobalar» and
// «проекты» all count). Pure, like the rest of the understanding.
import { normalize, skeletonOfWord } from "./normalize.ts";

export type ChartKind = "funding" | "projects" | "tiers";

// biome-ignore format: a table of words reads best packed, many to a line
const STEMS: Record<ChartKind, string[]> = {
  funding: ["финанс", "денг", "деньг", "недофин", "дефицит", "бюджет", "план", "каржы", "қаржы", "тапшыл", "жоспар", "акша", "ақша", "funding", "money", "shortfall"],
  projects: ["проект", "ход", "выполн", "мероприят", "жоба", "орында", "ис шара", "іс шара", "project", "progress"],
  tiers: ["групп", "категор", "стагн", "топ", "тоқырау", "токырау", "tier", "group"],
};

const SKELETONS = Object.entries(STEMS).map(
  ([kind, stems]) => [kind as ChartKind, stems.map((s) => skeletonOfWord(normalize(s).replace(/\s+/g, "")))] as const,
);

/** The first chart kind one of the words starts with, or null. */
export function chartKind(text: string): ChartKind | null {
  const words = normalize(text).split(" ").filter(Boolean);
  const joined = words.map((w) => skeletonOfWord(w));
  // Two-word stems («іс-шара») are matched on neighbouring words joined.
  const candidates = [...joined, ...joined.slice(1).map((w, i) => joined[i]! + w)];
  for (const [kind, stems] of SKELETONS) if (candidates.some((w) => stems.some((s) => w.startsWith(s)))) return kind;
  return null;
}
