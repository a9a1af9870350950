// Turns the dataset into database rows, one plain object per row, keyed by table.
// Derived figures (shortfall, shares) are not stored: the domain computes them from
// the stored figures, so an edit to a figure updates them too. Text columns without a
// language suffix hold Russian and their `…Kk` twin Kazakh; compilerNote is never stored.
import type { Dataset } from "./dataset.ts";

export type Row = Record<string, string | number | boolean | null>;
export interface SeedRows {
  source: Row[];
  tier: Row[];
  town: Row[];
  townName: Row[];
  enterprise: Row[];
  plan: Row[];
  figure: Row[];
  measure: Row[];
  measureTown: Row[];
  discrepancy: Row[];
  /** Release-level settings kept in Meta: which national figures the overview shows. */
  meta: Row[];
}

const json = (v: unknown) => JSON.stringify(v ?? []);

export function datasetRows(ds: Dataset): SeedRows {
  const { program, projects } = ds;
  const rows: SeedRows = {
    source: [],
    tier: [],
    town: [],
    townName: [],
    enterprise: [],
    plan: [],
    figure: [],
    measure: [],
    measureTown: [],
    discrepancy: [],
    meta: [],
  };

  for (const s of [...program.sources, ...projects.sources]) {
    rows.source.push({ id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, grade: s.grade, aboutRu: s.aboutRu, aboutKk: s.aboutKk });
  }

  program.tiers.forEach((t, i) => {
    rows.tier.push({
      id: t.id,
      position: i,
      labelRu: t.labelRu,
      labelKk: t.labelKk,
      labelKkOfficial: t.labelKkIsOfficial,
      descriptionRu: t.descriptionRu ?? null,
      descriptionKk: t.descriptionKk ?? null,
      sourceId: t.sourceId,
    });
  });

  const left = new Map(program.listChanges.removedKnown.filter((r) => r.townId).map((r) => [r.townId!, r]));
  const cpTowns = new Set(program.comprehensivePlans2023_2027.towns);

  for (const t of ds.towns) {
    const l = left.get(t.id);
    rows.town.push({
      id: t.id,
      nameRu: t.nameRu,
      nameKk: t.nameKk,
      regionRu: t.region.ru,
      regionKk: t.region.kk,
      status: t.status,
      tierId: t.tier,
      industrialZonePlanned: t.industrialZonePlanned,
      inPlan2023_2025: t.plan2023_2025.inSeedPlanOf10,
      notesRu: t.notesRu ?? null,
      notesKk: t.notesKk ?? null,
      leftListBasis: l?.basisRu ?? null,
      leftListBasisKk: l?.basisKk ?? null,
      leftListReason: l?.reasonRu ?? null,
      leftListReasonKk: l?.reasonKk ?? null,
      leftListSourceId: l?.sourceId ?? null,
      leftListDate: l?.date ?? null,
      regionFormerRu: t.regionChange?.fromRu ?? null,
      regionFormerKk: t.regionChange?.fromKk ?? null,
      regionChangedOn: t.regionChange?.date ?? null,
      regionChangeSourceId: t.regionChange?.sourceId ?? null,
      sourceIds: json(t.sourceIds),
    });
    const names: Row[] = [
      { kind: "ru", name: t.nameRu, nameKk: null, until: null, sourceId: null },
      { kind: "kk", name: t.nameKk, nameKk: null, until: null, sourceId: null },
      ...t.namesLatin.map((n) => ({ kind: "latin", name: n, nameKk: null, until: null, sourceId: null })),
      ...t.aliases.map((n) => ({ kind: "alias", name: n, nameKk: null, until: null, sourceId: null })),
      ...t.formerNames.map((f) => ({ kind: "former", name: f.nameRu, nameKk: f.nameKk, until: f.until ?? f.period ?? null, sourceId: f.sourceId })),
    ];
    const seen = new Set<string>();
    for (const n of names) {
      const key = `${n.kind}|${n.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.townName.push({ townId: t.id, ...n });
    }
    t.cityFormingEnterprises.forEach((e, i) => {
      rows.enterprise.push({
        id: `${t.id}-${i + 1}`,
        townId: t.id,
        position: i,
        name: e.nameRu,
        nameKk: e.nameKk,
        industry: e.industryRu ?? null,
        industryKk: e.industryKk ?? null,
        owner: e.ownerRu ?? null,
        ownerKk: e.ownerKk ?? null,
        sourceIds: json(e.sourceIds),
      });
    });

    // Release 1 had towns without a population; release 2 gives every town one.
    if (t.population)
      rows.figure.push(
        figure({
          id: `town:${t.id}:population`,
          townId: t.id,
          key: "population",
          value: t.population.value,
          unit: "people",
          qualifier: t.population.qualifier,
          asOf: t.population.asOf,
          scope: t.population.scope,
          sourceId: t.population.sourceId,
          note: t.population.noteRu ?? null,
          noteKk: t.population.noteKk ?? null,
        }),
      );
    if (t.plan2023_2025.inSeedPlanOf10) {
      const p = t.plan2023_2025;
      const base = { townId: t.id, planId: "plan2023_2025", period: "2023–2025", sourceId: p.sourceId, note: p.noteRu ?? null, noteKk: p.noteKk ?? null };
      rows.figure.push(
        figure({ ...base, id: `town:${t.id}:p25:measures_total`, key: "measures_total", value: p.measuresTotal, unit: "measures", position: 1 }),
        figure({ ...base, id: `town:${t.id}:p25:measures_done`, key: "measures_done", value: p.measuresDone, unit: "measures", position: 2 }),
        figure({ ...base, id: `town:${t.id}:p25:measures_unfinished`, key: "measures_unfinished", value: p.measuresUnfinished, unit: "measures", position: 3 }),
        figure({ ...base, id: `town:${t.id}:p25:planned_kzt_bn`, key: "planned_kzt_bn", value: p.plannedKztBn, unit: "KZT bn", position: 4 }),
        figure({ ...base, id: `town:${t.id}:p25:allocated_kzt_bn`, key: "allocated_kzt_bn", value: p.allocatedKztBn, unit: "KZT bn", position: 5 }),
      );
    }
    const cp = t.comprehensivePlan2023_2027;
    if (cp && cpTowns.has(t.id)) {
      const planId = `town:${t.id}:cp2023_2027`;
      rows.plan.push({
        id: planId,
        townId: t.id,
        period: cp.period,
        labelRu: cp.labelRu,
        labelKk: cp.labelKk,
        approved: cp.approvedDate,
        note: cp.noteRu ?? (cp.keyItemsRu?.length ? cp.keyItemsRu.join("; ") : null),
        noteKk: cp.noteKk ?? (cp.keyItemsKk?.length ? cp.keyItemsKk.join("; ") : null),
        sourceId: cp.sourceId,
      });
      const base = { townId: t.id, planId, period: cp.period, sourceId: cp.sourceId, asOf: cp.approvedDate };
      rows.figure.push(
        figure({ ...base, id: `town:${t.id}:cp:measures_total`, key: "measures_total", value: cp.measuresTotal, unit: "measures", position: 1 }),
        figure({
          ...base,
          id: `town:${t.id}:cp:planned_kzt_bn`,
          key: "planned_kzt_bn",
          value: cp.plannedKztBn,
          unit: "KZT bn",
          qualifier: cp.plannedQualifier ?? "exact",
          position: 2,
        }),
      );
    }
  }

  for (const f of projects.planFacts) {
    rows.figure.push(
      figure({
        id: `fact:${f.id}`,
        townId: f.townId,
        key: f.what,
        value: f.value,
        text: f.textRu,
        textKk: f.textKk,
        unit: f.unit ?? "text",
        qualifier: f.qualifier,
        component: f.component,
        period: f.period,
        asOf: f.asOf,
        labelRu: f.labelRu,
        labelKk: f.labelKk,
        planId: f.planLink === "plan_2023_2027" && cpTowns.has(f.townId) ? `town:${f.townId}:cp2023_2027` : null,
        sourceId: f.sourceId,
        note: f.noteRu,
        noteKk: f.noteKk,
        position: 10,
      }),
    );
  }

  const p25 = program.plan2023_2025;
  rows.plan.push({
    id: "plan2023_2025",
    townId: null,
    period: p25.period,
    labelRu: p25.labelRu,
    labelKk: p25.labelKk,
    approved: null,
    note: p25.notesRu ?? null,
    noteKk: p25.notesKk ?? null,
    sourceId: p25.sourceId,
  });
  const nb = { townId: null, planId: "plan2023_2025", period: p25.period, asOf: p25.reportDate, sourceId: p25.sourceId };
  rows.figure.push(
    figure({ ...nb, id: "national:p25:measures_total", key: "measures_total", value: p25.measuresTotal, unit: "measures", position: 1 }),
    figure({
      ...nb,
      id: "national:p25:measures_done",
      key: "measures_done",
      value: p25.measuresDone,
      unit: "measures",
      position: 2,
      note: p25.notesRu ?? null,
      noteKk: p25.notesKk ?? null,
    }),
    figure({ ...nb, id: "national:p25:measures_unfinished", key: "measures_unfinished", value: p25.measuresUnfinished, unit: "measures", position: 3 }),
    figure({ ...nb, id: "national:p25:planned_kzt_bn", key: "planned_kzt_bn", value: p25.plannedKztBn, unit: "KZT bn", position: 4 }),
    figure({
      ...nb,
      id: "national:p25:allocated_kzt_bn",
      key: "allocated_kzt_bn",
      value: p25.allocatedKztBn,
      unit: "KZT bn",
      qualifier: p25.allocatedQualifier ?? "exact",
      position: 5,
    }),
  );
  const cpn = program.comprehensivePlans2023_2027;
  rows.plan.push({
    id: "cp2023_2027",
    townId: null,
    period: cpn.period,
    labelRu: cpn.labelRu,
    labelKk: cpn.labelKk,
    approved: null,
    note: cpn.approvedRu,
    noteKk: cpn.approvedKk,
    sourceId: cpn.figures[0]?.sourceId ?? null,
  });
  const national = [...cpn.figures.map((f) => ({ f, planId: "cp2023_2027" })), ...program.figures.map((f) => ({ f, planId: null }))];
  national.forEach(({ f, planId }, i) => {
    rows.figure.push(
      figure({
        id: `national:${f.id}`,
        townId: null,
        planId,
        key: f.id,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier ?? "exact",
        asOf: f.asOf ?? null,
        labelRu: f.labelRu,
        labelKk: f.labelKk,
        sourceId: f.sourceId,
        note: f.noteRu ?? null,
        noteKk: f.noteKk ?? null,
        position: 20 + i,
      }),
    );
  });
  const lc = program.listChanges;
  rows.figure.push(
    figure({
      id: "national:list-count-before",
      townId: null,
      key: "list_count",
      value: lc.before.count,
      unit: "towns",
      asOf: lc.before.asOf,
      sourceId: lc.before.sourceId,
      note: lc.noteRu ?? null,
      noteKk: lc.noteKk ?? null,
      position: 90,
    }),
    figure({
      id: "national:list-count-after",
      townId: null,
      key: "list_count",
      value: lc.after.count,
      unit: "towns",
      asOf: lc.after.asOf,
      sourceId: lc.after.sourceId,
      position: 91,
    }),
  );
  lc.removedKnown
    .filter((r) => !r.townId)
    .forEach((r, i) => {
      rows.figure.push(
        figure({
          id: `national:list-removed-${i + 1}`,
          townId: null,
          key: "removed_town",
          value: null,
          text: r.nameRu ?? null,
          textKk: r.nameKk ?? null,
          unit: "text",
          labelRu: r.nameRu ?? null,
          labelKk: r.nameKk ?? null,
          sourceId: r.sourceId,
          note: r.noteRu ?? null,
          noteKk: r.noteKk ?? null,
          position: 92 + i,
        }),
      );
    });

  const measureIds = new Set<string>();
  const addMeasure = (m: Row, towns: string[]) => {
    if (measureIds.has(m.id as string)) return;
    measureIds.add(m.id as string);
    rows.measure.push(m);
    for (const townId of towns) rows.measureTown.push({ measureId: m.id as string, townId });
  };
  for (const m of projects.projects) {
    addMeasure(
      measure({
        id: m.id,
        kind: "project",
        scope: "town",
        titleRu: m.titleRu,
        titleKk: m.titleKk,
        status: m.status,
        amountKztBn: m.amountKztBn,
        amountOther: m.amountOtherRu,
        amountOtherKk: m.amountOtherKk,
        amountQualifier: m.amountQualifier,
        deadline: m.deadline,
        deadlineHistory: json(m.deadlineHistory),
        doneOn: m.doneOn,
        planLink: m.planLink,
        owner: m.owner,
        asOf: m.asOf,
        note: m.noteRu,
        noteKk: m.noteKk,
        sourceIds: json(m.sourceIds),
      }),
      [m.townId],
    );
  }
  for (const m of program.measures) {
    const towns = m.scope === "national" ? [] : m.scope;
    addMeasure(
      measure({
        id: m.id,
        kind: m.kind,
        scope: m.scope === "national" ? "national" : "towns",
        titleRu: m.titleRu,
        titleKk: m.titleKk,
        status: m.status,
        note: m.noteRu ?? null,
        noteKk: m.noteKk ?? null,
        sourceIds: json([m.sourceId]),
      }),
      towns,
    );
  }
  for (const m of cpn.investmentProjects) {
    addMeasure(
      measure({
        id: m.id,
        kind: "investment_project",
        scope: m.townId ? "town" : "national",
        titleRu: m.titleRu,
        titleKk: m.titleKk,
        status: m.status,
        amountKztBn: m.costKztBn,
        amountQualifier: "exact",
        jobs: m.jobs ?? null,
        asOf: m.statusAsOf ?? null,
        note: m.noteRu ?? null,
        noteKk: m.noteKk ?? null,
        sourceIds: json([m.sourceId]),
      }),
      m.townId ? [m.townId] : [],
    );
  }

  for (const d of program.discrepancies) {
    rows.discrepancy.push({
      id: d.id,
      topic: d.topicRu,
      topicKk: d.topicKk,
      townIds: json(d.townIds),
      values: json(d.values),
      preferred: d.preferred ? JSON.stringify(d.preferred) : null,
      explanationRu: d.explanationRu,
      explanationKk: d.explanationKk,
      sourceIds: json(d.sourceIds),
    });
  }
  rows.meta.push({ key: HEADLINE_KEY, value: JSON.stringify(program.headlineFigures) });
  const c = program.classification;
  const classification: StoredClassification = {
    status: c.status,
    documentRu: c.documentRu ?? null,
    documentKk: c.documentKk ?? null,
    draftDate: c.draftDate ?? null,
    draftDateSourceId: c.draftDateSourceId ?? null,
    adoptedAct: c.adoptedAct ?? null,
    sourceId: c.sourceId,
  };
  rows.meta.push({ key: CLASSIFICATION_KEY, value: JSON.stringify(classification) });
  return rows;
}

export const HEADLINE_KEY = "dataset.headlineFigures";
/** The tiers' classification as a document: a draft or adopted, when, and by which sources (a town's history reads it). */
export const CLASSIFICATION_KEY = "dataset.classification";

export interface StoredClassification {
  status: string;
  documentRu: string | null;
  documentKk: string | null;
  draftDate: string | null;
  draftDateSourceId: string | null;
  adoptedAct: string | null;
  sourceId: string;
}

function figure(f: Partial<Row> & { id: string; key: string; unit: string }): Row {
  return {
    townId: null,
    planId: null,
    value: null,
    text: null,
    qualifier: "exact",
    component: null,
    period: null,
    asOf: null,
    labelRu: null,
    labelKk: null,
    formula: null,
    note: null,
    noteKk: null,
    textKk: null,
    scope: null,
    position: 0,
    sourceId: null,
    ...f,
  };
}

function measure(m: Partial<Row> & { id: string; kind: string; scope: string }): Row {
  return {
    amountKztBn: null,
    amountOther: null,
    amountOtherKk: null,
    noteKk: null,
    amountQualifier: null,
    jobs: null,
    deadline: null,
    deadlineHistory: "[]",
    doneOn: null,
    planLink: null,
    owner: null,
    asOf: null,
    note: null,
    sourceIds: "[]",
    titleRu: "",
    titleKk: "",
    status: "unknown",
    ...m,
  };
}
