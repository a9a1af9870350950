// What a digest says: per town in scope, the reported projects that are not done, their
// totals, those whose status is unknown (a group of their own), and what changed since the digest before (compared through stored snapshots,
// so it works whatever changed the data: a reseed, an editor, an undo).
import { createHash } from "node:crypto";
import { townFunding } from "./funding.ts";
import { reportedProjects, statusGroup } from "./progress.ts";
import { sumOf, type Part, type Statement } from "./quantity.ts";
import type { Catalog, Figure, Measure, MeasureStatus, Qualifier } from "./types.ts";

/** The part of a measure a digest reports on; a change in any of it is a change. */
interface MeasureSnap {
  status: MeasureStatus;
  amount: number | null;
  /** The amount's «около/до/более» (null: none). Snapshots stored before it was recorded lack it. */
  qualifier?: Qualifier | null;
  deadline: string | null;
  /** How many deadlines it had slipped from. Snapshots stored before it was recorded lack it. */
  slips?: number;
  title: string;
}

interface TownSnap {
  measures: Record<string, MeasureSnap>;
  /** Funding figures by figure id: planned, allocated and the computed shortfall. */
  figures: Record<string, { key: string; value: number | null }>;
}

export type DigestSnapshot = Record<string, TownSnap>;

const snapQualifier = (m: Measure): Qualifier | null => (m.amountKztBn !== null && m.amountQualifier !== "exact" ? m.amountQualifier : null);

export function digestSnapshot(catalog: Catalog): DigestSnapshot {
  const out: DigestSnapshot = {};
  for (const town of catalog.towns.values()) {
    const measures: TownSnap["measures"] = {};
    for (const m of reportedProjects(catalog, town.id)) {
      measures[m.id] = {
        status: m.status,
        amount: m.amountKztBn,
        qualifier: snapQualifier(m),
        deadline: m.deadline,
        slips: m.deadlineHistory.length,
        title: m.titleRu,
      };
    }
    const figures: TownSnap["figures"] = {};
    for (const p of townFunding(catalog, town.id).plans) {
      for (const f of [p.planned, p.allocated, p.shortfall]) if (f) figures[f.id] = { key: f.key, value: f.value };
    }
    if (Object.keys(measures).length || Object.keys(figures).length) out[town.id] = { measures, figures };
  }
  return out;
}

/** Stable JSON (sorted keys) and its hash: equal content, equal hash. */
export function serializeSnapshot(s: DigestSnapshot): { json: string; hash: string } {
  const sort = (v: unknown): unknown =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
        )
      : v;
  const json = JSON.stringify(sort(s));
  return { json, hash: createHash("sha256").update(json).digest("hex") };
}

export type MeasureChange =
  | { kind: "new"; measure: Measure }
  | { kind: "done"; measure: Measure }
  /** `slipped`: its deadline moved on, or another earlier deadline became known; the digest shows its timeline. */
  | { kind: "updated"; measure: Measure; before: MeasureSnap; slipped: boolean }
  | { kind: "removed"; id: string; before: MeasureSnap };

export interface FigureChange {
  figure: Figure;
  before: number | null;
}

export interface TownDigest {
  townId: string;
  /** Every reported project of the town, so the totals can say "n of m". */
  reported: number;
  unfinished: Measure[];
  /** Projects whose status no source gives: listed apart, never counted as unfinished. */
  unknownStatus: Measure[];
  /**
   * What the known amounts of the unfinished projects add up to, said as surely as their
   * qualifiers allow (null: no amount known), the amounts themselves, and how many have none.
   */
  unfinishedSum: Statement | null;
  unfinishedAmounts: Part[];
  unknownAmounts: number;
  changes: MeasureChange[];
  figureChanges: FigureChange[];
}

export interface DigestContent {
  towns: TownDigest[];
  /** False on a subscription's first digest: there is nothing to compare with. */
  compared: boolean;
  /** Worth sending: something is unfinished or something changed. */
  worthSending: boolean;
}

const slipsGrew = (b: MeasureSnap, m: Measure) => b.slips !== undefined && b.slips < m.deadlineHistory.length;

function measureChanges(current: Measure[], before: TownSnap | undefined): MeasureChange[] {
  if (!before) return current.map((m) => ({ kind: "new", measure: m }));
  const out: MeasureChange[] = [];
  const seen = new Set<string>();
  for (const m of current) {
    seen.add(m.id);
    const b = before.measures[m.id];
    if (!b) out.push({ kind: "new", measure: m });
    else if (m.status === "done" && b.status !== "done") out.push({ kind: "done", measure: m });
    else if (
      b.status !== m.status ||
      b.amount !== m.amountKztBn ||
      ("qualifier" in b && b.qualifier !== snapQualifier(m)) ||
      b.deadline !== m.deadline ||
      slipsGrew(b, m) ||
      b.title !== m.titleRu
    ) {
      out.push({ kind: "updated", measure: m, before: b, slipped: (b.deadline !== null && b.deadline !== m.deadline) || slipsGrew(b, m) });
    }
  }
  for (const [id, b] of Object.entries(before.measures)) if (!seen.has(id)) out.push({ kind: "removed", id, before: b });
  return out;
}

function figureChanges(catalog: Catalog, townId: string, before: TownSnap | undefined): FigureChange[] {
  const out: FigureChange[] = [];
  for (const p of townFunding(catalog, townId).plans) {
    for (const f of [p.planned, p.allocated, p.shortfall]) {
      if (!f) continue;
      const b = before?.figures[f.id];
      if (b && b.value !== f.value) out.push({ figure: f, before: b.value });
    }
  }
  return out;
}

export function digestContent(catalog: Catalog, townIds: string[], previous: DigestSnapshot | null): DigestContent {
  const towns = townIds
    .filter((id) => catalog.towns.has(id))
    .map((townId): TownDigest => {
      const projects = reportedProjects(catalog, townId);
      const unfinished = projects.filter((m) => statusGroup(m.status) === "unfinished");
      const amounts = unfinished.flatMap((m): Part[] => (m.amountKztBn === null ? [] : [{ value: m.amountKztBn, qualifier: m.amountQualifier }]));
      return {
        townId,
        reported: projects.length,
        unfinished,
        unknownStatus: projects.filter((m) => statusGroup(m.status) === "unknown"),
        unfinishedSum: amounts.length ? sumOf(amounts) : null,
        unfinishedAmounts: amounts,
        unknownAmounts: unfinished.length - amounts.length,
        changes: previous ? measureChanges(projects, previous[townId]) : [],
        figureChanges: previous ? figureChanges(catalog, townId, previous[townId]) : [],
      };
    });
  const worthSending = towns.some((t) => t.unfinished.length || t.unknownStatus.length || t.changes.length || t.figureChanges.length);
  return { towns, compared: previous !== null, worthSending };
}
