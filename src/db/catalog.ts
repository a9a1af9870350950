// Reads the whole reference dataset (a few hundred rows) in a handful of queries and
// turns it into the domain's Catalog. Answers are served from this snapshot, so a
// town card costs no query; reload() picks up editors' changes.
import type { Db } from "./client.ts";
import { parseStringArray } from "./json.ts";
import { VERSION_KEY } from "./edits.ts";
import type {
  Catalog, Discrepancy, Enterprise, Figure, Measure, MeasureStatus, Plan, Qualifier, Source, Tier, TierId, Town, TownName, TownStatus,
} from "../domain/types.ts";

export async function loadCatalog(db: Db): Promise<Catalog> {
  const [sourceRows, tierRows, townRows, nameRows, enterpriseRows, planRows, figureRows, measureRows, measureTownRows, discrepancyRows, versionRow, changedRows] =
    await Promise.all([
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
      db.change.groupBy({ by: ["entity", "entityId"], _max: { at: true } }),
    ]);
  const changedAt = new Map(changedRows.map((r) => [`${r.entity}:${r.entityId}`, r._max.at!]));

  const sources = new Map<string, Source>(
    sourceRows.map((s) => [s.id, { id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, grade: s.grade, supports: s.supports }]),
  );
  const src = (id: string | null | undefined) => (id ? sources.get(id) ?? null : null);
  const srcList = (json: string) => parseStringArray(json).map((id) => sources.get(id)).filter((s): s is Source => !!s);

  const figures: Figure[] = figureRows.map((f) => ({
    id: f.id, townId: f.townId, planId: f.planId, key: f.key, value: f.value, text: f.text, unit: f.unit,
    qualifier: f.qualifier as Qualifier, component: f.component, period: f.period, asOf: f.asOf, labelRu: f.labelRu, labelKk: f.labelKk,
    note: f.note, position: f.position, source: src(f.sourceId), updatedAt: f.updatedAt, ...(f.formula ? { formula: f.formula } : {}),
    ...(changedAt.has(`figure:${f.id}`) ? { changedAt: changedAt.get(`figure:${f.id}`)! } : {}),
  }));
  const plans: Plan[] = planRows.map((p) => ({
    id: p.id, townId: p.townId, period: p.period, labelRu: p.labelRu, labelKk: p.labelKk, approved: p.approved, note: p.note, source: src(p.sourceId),
  }));

  const townIdsByMeasure = new Map<string, string[]>();
  for (const mt of measureTownRows) {
    const list = townIdsByMeasure.get(mt.measureId) ?? [];
    list.push(mt.townId);
    townIdsByMeasure.set(mt.measureId, list);
  }
  const measures: Measure[] = measureRows.map((m) => ({
    id: m.id, kind: m.kind, scope: m.scope as Measure["scope"], townIds: townIdsByMeasure.get(m.id) ?? [], titleRu: m.titleRu, titleKk: m.titleKk,
    status: m.status as MeasureStatus, amountKztBn: m.amountKztBn, amountOther: m.amountOther, amountQualifier: m.amountQualifier as Qualifier | null,
    jobs: m.jobs, deadline: m.deadline,
    deadlineHistory: (JSON.parse(m.deadlineHistory) as Array<{ deadline: string; sourceId: string }>).map((d) => ({ deadline: d.deadline, source: src(d.sourceId) })),
    doneOn: m.doneOn, planLink: m.planLink, asOf: m.asOf, note: m.note, sources: srcList(m.sourceIds), updatedAt: m.updatedAt,
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
    namesByTown.set(n.townId, [...(namesByTown.get(n.townId) ?? []), { name: n.name, kind: n.kind as TownName["kind"], until: n.until }]);
  }
  const enterprisesByTown = new Map<string, Enterprise[]>();
  for (const e of enterpriseRows) {
    enterprisesByTown.set(e.townId, [
      ...(enterprisesByTown.get(e.townId) ?? []),
      { name: e.name, industry: e.industry, owner: e.owner, sources: srcList(e.sourceIds) },
    ]);
  }

  const towns = new Map<string, Town>();
  for (const t of townRows) {
    towns.set(t.id, {
      id: t.id, nameRu: t.nameRu, nameKk: t.nameKk, regionRu: t.regionRu, regionKk: t.regionKk, status: t.status as TownStatus,
      tierId: t.tierId as TierId | null, industrialZonePlanned: t.industrialZonePlanned, inPlan2023_2025: t.inPlan2023_2025, notesRu: t.notesRu,
      leftList: t.leftListBasis || t.leftListReason || t.leftListSourceId
        ? { basis: t.leftListBasis, reason: t.leftListReason, source: src(t.leftListSourceId) }
        : null,
      names: namesByTown.get(t.id) ?? [], enterprises: enterprisesByTown.get(t.id) ?? [], figures: figuresByTown.get(t.id) ?? [],
      plans: plansByTown.get(t.id) ?? [], sources: srcList(t.sourceIds),
    });
  }
  const tiers: Tier[] = tierRows.map((t) => ({
    id: t.id as TierId, position: t.position, labelRu: t.labelRu, labelKk: t.labelKk, labelKkOfficial: t.labelKkOfficial,
    descriptionRu: t.descriptionRu, descriptionKk: t.descriptionKk, source: src(t.sourceId),
    townIds: townRows.filter((x) => x.tierId === t.id).map((x) => x.id),
  }));
  // Keep the ministry's order of towns within a tier (the dataset's order).
  const order = new Map(townRows.map((t, i) => [t.id, i]));
  for (const tier of tiers) tier.townIds.sort((a, b) => order.get(a)! - order.get(b)!);

  const discrepancies: Discrepancy[] = discrepancyRows.map((d) => ({
    id: d.id, topic: d.topic, values: parseStringArray(d.values), preferred: d.preferred, sources: srcList(d.sourceIds),
  }));

  return {
    towns, tiers, sources,
    nationalFigures: figures.filter((f) => f.townId === null),
    nationalPlans: plans.filter((p) => p.townId === null),
    measures, measuresByTown, discrepancies, loadedAt: new Date(),
    version: versionRow ? Number(versionRow.value) : 0, changedAt,
  };
}
