// The towns' names as the understanding module needs them, straight from the seed
// dataset: for the command line and the benchmark, which run without a database.
import type { Dataset } from "./dataset.ts";
import type { UnderstandingProject, UnderstandingTown } from "../../understanding/understand.ts";
import { extraNames } from "../../understanding/extra-names.ts";

export function townsFromDataset(ds: Dataset): UnderstandingTown[] {
  return ds.towns.map((t) => ({
    id: t.id,
    status: t.status,
    region: t.region.kk,
    names: [t.nameRu, t.nameKk, ...t.namesLatin, ...t.aliases, ...t.formerNames.flatMap((f) => [f.nameRu, f.nameKk]), ...extraNames(t.id)],
  }));
}

/** The reported projects' titles, for the project names the understanding reads. */
export function projectsFromDataset(ds: Dataset): UnderstandingProject[] {
  return ds.projects.projects.map((p) => ({ id: p.id, townIds: [p.townId], titles: [p.titleRu, p.titleKk] }));
}
