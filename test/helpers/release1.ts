// Release 1 of the dataset (test/fixtures/release1, as the bot shipped it before release 2)
// in the loader's shape, holding what the release-1 bot stored: Russian texts, the
// Kazakh labels of its translation table, no Kazakh notes. Tests apply it to build the
// database an existing installation has before it imports release 2.
import { readFileSync } from "node:fs";
import type { Db } from "../../src/db/client.ts";
import { loadCatalog } from "../../src/db/catalog.ts";
import { EditRepo } from "../../src/db/edits.ts";
import type { Dataset } from "../../src/db/seed/dataset.ts";
import { CLASSIFICATION_KEY, HEADLINE_KEY } from "../../src/db/seed/rows.ts";

/* eslint-disable @typescript-eslint/no-explicit-any */
const read = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/release1/${name}`, import.meta.url), "utf8"));

export function release1(): Dataset {
  const towns = read("monotowns.json") as any[];
  const program = read("program.json");
  const projects = read("projects.json");
  const tr = read("translations.json");
  const notes = (o: any, from = "note", to = "note") => ({ [`${to}Ru`]: o[from] ?? null, [`${to}Kk`]: null });
  return {
    compiledAt: program.compiledAt,
    towns: towns.map((t) => ({
      ...t,
      ...notes(t, "notes", "notes"),
      formerNames: t.formerNames.map((f: any) => ({ ...f, nameRu: f.name, nameKk: null })),
      population: t.population
        ? {
            value: t.population.value,
            qualifier: "exact",
            year: t.population.year,
            asOf: t.population.asOf ?? String(t.population.year),
            scope: null,
            sourceId: t.population.sourceId,
            ...notes(t.population),
          }
        : null,
      cityFormingEnterprises: t.cityFormingEnterprises.map((e: any) => ({
        nameRu: e.name,
        nameKk: null,
        industryRu: e.industry ?? null,
        industryKk: null,
        ownerRu: e.owner ?? null,
        ownerKk: null,
        sourceIds: e.sourceIds,
      })),
      plan2023_2025: { ...t.plan2023_2025, ...notes(t.plan2023_2025) },
      comprehensivePlan2023_2027: t.comprehensivePlan2023_2027
        ? {
            ...t.comprehensivePlan2023_2027,
            labelRu: tr.planLabels.town_cp2023_2027.ru,
            labelKk: tr.planLabels.town_cp2023_2027.kk,
            noteRu: t.comprehensivePlan2023_2027.note ?? null,
            noteKk: null,
            keyItemsRu: t.comprehensivePlan2023_2027.keyItems,
            keyItemsKk: undefined,
          }
        : null,
    })),
    program: {
      ...program,
      tiers: program.tiers.map((t: any) => ({ ...t, descriptionKk: tr.tierDescriptions[t.id]?.kk ?? null })),
      plan2023_2025: { ...program.plan2023_2025, notesRu: program.plan2023_2025.notes ?? null, notesKk: null },
      comprehensivePlans2023_2027: {
        ...program.comprehensivePlans2023_2027,
        labelKk: tr.planLabels.cp2023_2027.kk,
        approvedRu: null,
        approvedKk: null,
        figures: program.comprehensivePlans2023_2027.figures.map((f: any) => ({ ...f, labelKk: tr.figureLabels[f.id]?.kk ?? null, ...notes(f) })),
        investmentProjects: program.comprehensivePlans2023_2027.investmentProjects.map((m: any) => ({ ...m, ...notes(m) })),
      },
      figures: program.figures.map((f: any) => ({ ...f, labelKk: tr.figureLabels[f.id]?.kk ?? null, ...notes(f) })),
      headlineFigures: {
        townCount: "count-2026",
        population: "population-2026",
        cityFormingEnterprises: "enterprises-2026",
        industryShare: "industry-share-2026",
      },
      listChanges: {
        ...program.listChanges,
        ...notes(program.listChanges),
        removedKnown: program.listChanges.removedKnown.map((r: any) => ({
          ...r,
          basisRu: r.basis ?? null,
          basisKk: null,
          reasonRu: r.reason ?? null,
          reasonKk: null,
          ...notes(r),
        })),
      },
      measures: program.measures.map((m: any) => ({ ...m, ...notes(m) })),
      discrepancies: program.discrepancies.map((d: any, i: number) => ({
        id: `discrepancy-${i + 1}`,
        townIds: [],
        topicRu: d.topic,
        topicKk: null,
        values: d.values,
        preferred: d.preferred ?? null,
        explanationRu: null,
        explanationKk: null,
        sourceIds: d.sourceIds,
      })),
      sources: program.sources.map((s: any) => ({ ...s, aboutRu: null, aboutKk: null })),
    },
    projects: {
      ...projects,
      planFacts: projects.planFacts.map((f: any) => ({
        ...f,
        value: typeof f.value === "string" ? null : f.value,
        textRu: typeof f.value === "string" ? f.value : null,
        textKk: null,
        labelRu: f.component ? (tr.components[f.component]?.ru ?? null) : null,
        labelKk: f.component ? (tr.components[f.component]?.kk ?? null) : null,
        ...notes(f),
      })),
      projects: projects.projects.map((m: any) => ({ ...m, amountOtherRu: m.amountOther, amountOtherKk: null, ...notes(m) })),
      sources: projects.sources.map((s: any) => ({ ...s, aboutRu: null, aboutKk: null })),
    },
  } as unknown as Dataset;
}

/** Test databases come with the bundled release: this empties its data, to start from release 1. */
export async function emptyData(db: Db) {
  await db.measureTown.deleteMany();
  await db.measure.deleteMany();
  await db.figure.deleteMany();
  await db.plan.deleteMany();
  await db.enterprise.deleteMany();
  await db.townName.deleteMany();
  await db.town.deleteMany();
  await db.tier.deleteMany();
  await db.discrepancy.deleteMany();
  await db.source.deleteMany();
  await db.seedRecord.deleteMany();
  await db.release.deleteMany();
  await db.meta.deleteMany({ where: { key: { in: [HEADLINE_KEY, CLASSIFICATION_KEY] } } });
}

/** The Kurchatov plant, which release 2 moves from planned to in progress. */
export const PLANT = "kurchatov-700-mw-power-plant";

/** An editor marks the plant delayed, citing the akimat: the change a release must not overwrite. Returns the change set's id. */
export async function proposePlantDelayed(db: Db, userId: number): Promise<{ edits: EditRepo; setId: number }> {
  const edits = new EditRepo(db);
  const c = await loadCatalog(db);
  const plant = c.measures.find((m) => m.id === PLANT)!;
  const { setId } = await edits.propose(c, {
    kind: "edit",
    userId,
    chatId: userId,
    fileName: null,
    sheet: "measures",
    rows: [
      {
        line: 1,
        id: PLANT,
        townId: "kurchatov",
        titleRu: plant.titleRu,
        titleKk: plant.titleKk,
        status: "delayed",
        amountKztBn: plant.amountKztBn,
        deadline: plant.deadline,
        doneOn: plant.doneOn,
        source: { title: "Акимат Курчатова", date: "2026-11-30", url: "https://example.kz/kurchatov" },
      },
    ],
  });
  return { edits, setId: setId! };
}
