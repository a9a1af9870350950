// Reads the whole reference dataset (a few hundred rows) in a handful of queries and
// turns it into the domain's Catalog. Answers are served from this snapshot, so a
// town card costs no query; reload() picks up editors' changes.
import type { Db } from "./client.ts";
import { parseStringArray } from "./json.ts";
import { VERSION_KEY } from "./edits.ts";
import { CLASSIFICATION_KEY, HEADLINE_KEY, type StoredClassification } from "./seed/rows.ts";
import { loadTownEdits } from "./town-edits.ts";
import { pair } from "../domain/localized.ts";
import type {
  Catalog,
  Classification,
  Discrepancy,
  DiscrepancyValue,
  Enterprise,
  Figure,
  HeadlineFigures,
  Measure,
  MeasureStatus,
  Plan,
  Qualifier,
  Source,
  Tier,
  TierId,
  Town,
  TownName,
  TownStatus,
} from "../domain/types.ts";

/** What the in-memory knowledge reads: the whole catalog, and the data version that says when to read it again. */
export interface CatalogReader {
  catalog(): Promise<Catalog>;
  version(): Promise<number>;
}

export function catalogReader(db: Db): CatalogReader {
  return { catalog: () => loadCatalog(db), version: () => dataVersion(db) };
}

/** Moved on by every applied change set (and release): 0 before the first. */
async function dataVersion(db: Db): Promise<number> {
  const row = await db.meta.findUnique({ where: { key: VERSION_KEY } });
  return row ? Number(row.value) : 0;
}

export async function loadCatalog(db: Db): Promise<Catalog> {
  const [
    sourceRows,
    tierRows,
    townRows,
    nameRows,
    enterpriseRows,
    planRows,
    figureRows,
    measureRows,
    measureTownRows,
    discrepancyRows,
    versionRow,
    changedRows,
    headlineRow,
    classificationRow,
  ] = await Promise.all([
    db.source.findMany(),
    db.tier.findMany({ orderBy: { position: "asc" } }),
    db.town.findMany(),
    db.townName.findMany({ orderBy: { id: "asc" } }),
    db.enterprise.findMany({ orderBy: { position: "asc" } }),
    db.plan.findMany(),
    db.figure.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.measure.findMany({ orderBy: { id: "asc" } }),
    db.measureTown.findMany(),
    db.discrepancy.findMany({ orderBy: { id: "asc" } }),
    db.meta.findUnique({ where: { key: VERSION_KEY } }),
    // A release's own changes are not an editor's: a figure it updated keeps its source's date.
    db.change.groupBy({ by: ["entity", "entityId"], where: { changeSet: { kind: { not: "release" } } }, _max: { at: true } }),
    db.meta.findUnique({ where: { key: HEADLINE_KEY } }),
    db.meta.findUnique({ where: { key: CLASSIFICATION_KEY } }),
  ]);
  const changedAt = new Map(changedRows.map((r) => [`${r.entity}:${r.entityId}`, r._max.at!]));

  const sources = new Map<string, Source>(
    sourceRows.map((s) => [
      s.id,
      { id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, grade: s.grade, about: pair(s.aboutRu, s.aboutKk) },
    ]),
  );
  const src = (id: string | null | undefined) => (id ? (sources.get(id) ?? null) : null);
  const srcList = (json: string) =>
    parseStringArray(json)
      .map((id) => sources.get(id))
      .filter((s): s is Source => !!s);

  const figures: Figure[] = figureRows.map((f) => ({
    id: f.id,
    townId: f.townId,
    planId: f.planId,
    key: f.key,
    value: f.value,
    text: pair(f.text, f.textKk),
    unit: f.unit,
    qualifier: f.qualifier as Qualifier,
    component: f.component,
    period: f.period,
    asOf: f.asOf,
    labelRu: f.labelRu,
    labelKk: f.labelKk,
    note: pair(f.note, f.noteKk),
    scope: f.scope,
    position: f.position,
    source: src(f.sourceId),
    updatedAt: f.updatedAt,
    ...(f.formula ? { formula: f.formula } : {}),
    ...(changedAt.has(`figure:${f.id}`) ? { changedAt: changedAt.get(`figure:${f.id}`)! } : {}),
  }));
  const plans: Plan[] = planRows.map((p) => ({
    id: p.id,
    townId: p.townId,
    period: p.period,
    labelRu: p.labelRu,
    labelKk: p.labelKk,
    approved: p.approved,
    note: pair(p.note, p.noteKk),
    source: src(p.sourceId),
  }));

  const townIdsByMeasure = new Map<string, string[]>();
  for (const mt of measureTownRows) {
    const list = townIdsByMeasure.get(mt.measureId) ?? [];
    list.push(mt.townId);
    townIdsByMeasure.set(mt.measureId, list);
  }
  const measures: Measure[] = measureRows.map((m) => ({
    id: m.id,
    kind: m.kind,
    scope: m.scope as Measure["scope"],
    townIds: townIdsByMeasure.get(m.id) ?? [],
    titleRu: m.titleRu,
    titleKk: m.titleKk,
    status: m.status as MeasureStatus,
    amountKztBn: m.amountKztBn,
    amountOther: pair(m.amountOther, m.amountOtherKk),
    amountQualifier: m.amountQualifier as Qualifier | null,
    jobs: m.jobs,
    deadline: m.deadline,
    deadlineHistory: (JSON.parse(m.deadlineHistory) as Array<{ deadline: string; sourceId: string }>).map((d) => ({
      deadline: d.deadline,
      source: src(d.sourceId),
    })),
    doneOn: m.doneOn,
    planLink: m.planLink,
    owner: m.owner === "state" || m.owner === "company" || m.owner === "mixed" ? m.owner : null,
    asOf: m.asOf,
    note: pair(m.note, m.noteKk),
    sources: srcList(m.sourceIds),
    updatedAt: m.updatedAt,
  }));
  const measuresByTown = new Map<string, Measure[]>();
  for (const m of measures) {
    for (const t of m.townIds) {
      const list = measuresByTown.get(t) ?? [];
      list.push(m);
      measuresByTown.set(t, list);
    }
  }

  const group = <T extends { townId: string | null }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const x of list) if (x.townId) map.set(x.townId, [...(map.get(x.townId) ?? []), x]);
    return map;
  };
  const figuresByTown = group(figures);
  const plansByTown = group(plans);
  const namesByTown = new Map<string, TownName[]>();
  for (const n of nameRows) {
    namesByTown.set(n.townId, [...(namesByTown.get(n.townId) ?? []), { name: n.name, kind: n.kind as TownName["kind"], nameKk: n.nameKk, until: n.until }]);
  }
  const enterprisesByTown = new Map<string, Enterprise[]>();
  for (const e of enterpriseRows) {
    enterprisesByTown.set(e.townId, [
      ...(enterprisesByTown.get(e.townId) ?? []),
      { name: { ru: e.name, kk: e.nameKk ?? "" }, industry: pair(e.industry, e.industryKk), owner: pair(e.owner, e.ownerKk), sources: srcList(e.sourceIds) },
    ]);
  }

  const towns = new Map<string, Town>();
  for (const t of townRows) {
    towns.set(t.id, {
      id: t.id,
      nameRu: t.nameRu,
      nameKk: t.nameKk,
      regionRu: t.regionRu,
      regionKk: t.regionKk,
      status: t.status as TownStatus,
      tierId: t.tierId as TierId | null,
      industrialZonePlanned: t.industrialZonePlanned,
      inPlan2023_2025: t.inPlan2023_2025,
      notes: pair(t.notesRu, t.notesKk),
      leftList:
        t.leftListBasis || t.leftListReason || t.leftListSourceId
          ? {
              basis: pair(t.leftListBasis, t.leftListBasisKk),
              reason: pair(t.leftListReason, t.leftListReasonKk),
              date: t.leftListDate,
              source: src(t.leftListSourceId),
            }
          : null,
      regionChange:
        t.regionFormerRu && t.regionFormerKk
          ? { from: { ru: t.regionFormerRu, kk: t.regionFormerKk }, date: t.regionChangedOn, source: src(t.regionChangeSourceId) }
          : null,
      names: namesByTown.get(t.id) ?? [],
      enterprises: enterprisesByTown.get(t.id) ?? [],
      figures: figuresByTown.get(t.id) ?? [],
      plans: plansByTown.get(t.id) ?? [],
      sources: srcList(t.sourceIds),
    });
  }
  const tiers: Tier[] = tierRows.map((t) => ({
    id: t.id as TierId,
    position: t.position,
    labelRu: t.labelRu,
    labelKk: t.labelKk,
    labelKkOfficial: t.labelKkOfficial,
    descriptionRu: t.descriptionRu,
    descriptionKk: t.descriptionKk,
    source: src(t.sourceId),
    townIds: townRows.filter((x) => x.tierId === t.id).map((x) => x.id),
  }));
  // Keep the ministry's order of towns within a tier (the dataset's order).
  const order = new Map(townRows.map((t, i) => [t.id, i]));
  for (const tier of tiers) tier.townIds.sort((a, b) => order.get(a)! - order.get(b)!);

  const discrepancies: Discrepancy[] = discrepancyRows.map((d) => {
    const values = jsonOr<Array<Record<string, unknown>>>(d.values, []).filter((v) => v && typeof v === "object");
    const preferred = jsonOr<Record<string, unknown> | null>(d.preferred, null);
    return {
      id: d.id,
      townIds: parseStringArray(d.townIds),
      topic: pair(d.topic, d.topicKk)!,
      values: values.map(
        (v): DiscrepancyValue => ({
          label: pair(v.labelRu as string, v.labelKk as string) ?? { ru: "", kk: "" },
          value: (v.value as number | null) ?? null,
          unit: (v.unit as string | null) ?? null,
          qualifier: (v.qualifier as Qualifier | null) ?? null,
          asOf: (v.asOf as string | null) ?? (v.date as string | null) ?? null,
          sourceIds: Array.isArray(v.sourceIds) ? (v.sourceIds as string[]) : [],
          recordId: (v.recordId as string | null) ?? null,
        }),
      ),
      preferred:
        preferred && typeof preferred === "object" && typeof preferred.sourceId === "string"
          ? {
              sourceId: preferred.sourceId,
              value: (preferred.value as number | null) ?? null,
              unit: (preferred.unit as string | null) ?? null,
              qualifier: (preferred.qualifier as Qualifier | null) ?? null,
              recordId: (preferred.recordId as string | null) ?? null,
            }
          : null,
      explanation: pair(d.explanationRu, d.explanationKk),
      sources: srcList(d.sourceIds),
    };
  });
  const headline = jsonOr<Partial<HeadlineFigures>>(headlineRow?.value ?? null, {});
  const headlineFigures: HeadlineFigures = {
    townCount: headline.townCount ?? null,
    population: headline.population ?? null,
    cityFormingEnterprises: headline.cityFormingEnterprises ?? null,
    industryShare: headline.industryShare ?? null,
  };
  const stored = jsonOr<StoredClassification | null>(classificationRow?.value ?? null, null);
  const classification: Classification | null = stored
    ? {
        status: stored.status,
        document: pair(stored.documentRu, stored.documentKk),
        draftDate: stored.draftDate,
        draftDateSource: src(stored.draftDateSourceId),
        adopted: stored.status !== "draft" || !!stored.adoptedAct,
        source: src(stored.sourceId),
      }
    : null;

  return {
    towns,
    tiers,
    sources,
    nationalFigures: figures.filter((f) => f.townId === null),
    nationalPlans: plans.filter((p) => p.townId === null),
    measures,
    measuresByTown,
    discrepancies,
    headlineFigures,
    loadedAt: new Date(),
    version: versionRow ? Number(versionRow.value) : 0,
    changedAt,
    classification,
    townEdits: await loadTownEdits(db, sources),
  };
}

/** A JSON column read leniently: rows a release has not rewritten yet may hold older, plain-text shapes. */
function jsonOr<T>(s: string | null, fallback: T): T {
  if (s === null) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}
