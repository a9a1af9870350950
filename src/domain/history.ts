// A town's history as dated entries, each with its source: when it was in or left the
// monotown list, its tier in the draft classification, a change of region, the plans
// approved for it, and the editors' latest changes to its figures. A date the data does not
// give is said to be unknown (date: null), never guessed; an entry the data has nothing for
// is left out rather than invented.
import type { Catalog, Classification, Figure, Localized, Plan, Source, Tier, Town, TownEdit } from "./types.ts";

/** How many of a town's editor changes the history lists; the rest are counted. */
export const HISTORY_EDITS_SHOWN = 5;

/** The changed fields a reader's history shows ("*": a record added or removed); texts and sources follow from these. */
export const HISTORY_EDIT_FIELDS = ["*", "value", "qualifier", "asOf", "status", "deadline", "doneOn", "amountKztBn", "amountQualifier", "tierId"] as const;

export type HistoryEvent =
  /** A monotown: in the list; when it entered, the data does not say. The list's size then and now. */
  | { kind: "in-list"; date: null; before: Figure | null; after: Figure | null }
  /** A former or reference town: left the list, with the basis and reason where a source gives them. */
  | {
      kind: "left-list";
      date: string | null;
      basis: Localized | null;
      reason: Localized | null;
      source: Source | null;
      /** The list's size before and after, which bound when it happened when no date is given. */
      before: Figure | null;
      after: Figure | null;
    }
  /** Its tier in the classification (the 2025 one is a draft). */
  | { kind: "tier"; date: string | null; tier: Tier; classification: Classification | null }
  /** Not a monotown: the draft classification does not place it. */
  | { kind: "no-tier"; date: string | null; classification: Classification }
  | { kind: "region"; date: string | null; from: Localized; to: Localized; source: Source | null }
  /** A plan approved for it; `allPlans`: the national record of the plans it is one of, which says when they were approved. */
  | { kind: "plan"; date: string | null; plan: Plan; allPlans: Plan | null };

export interface TownHistory {
  /** Oldest first; entries without a date stand where what bounds them puts them. */
  events: HistoryEvent[];
  /** Editors' latest changes, newest first, and how many there are in all. */
  edits: TownEdit[];
  editsTotal: number;
}

/** The national list's size before and after the removals (27 in 2021, 20 in 2024). */
function listCounts(catalog: Catalog): { before: Figure | null; after: Figure | null } {
  const counts = catalog.nationalFigures.filter((f) => f.key === "list_count").sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? ""));
  return { before: counts.length > 1 ? counts[0]! : null, after: counts.at(-1) ?? null };
}

export function townHistory(catalog: Catalog, town: Town): TownHistory {
  // Each entry's place on the timeline: its date, or for an undated one the date that bounds it.
  const dated: Array<{ at: string; event: HistoryEvent }> = [];
  const { before, after } = listCounts(catalog);
  if (town.status === "monotown") {
    dated.push({ at: "", event: { kind: "in-list", date: null, before, after } });
  } else {
    const l = town.leftList;
    const event: HistoryEvent = {
      kind: "left-list",
      date: l?.date ?? null,
      basis: l?.basis ?? null,
      reason: l?.reason ?? null,
      source: l?.source ?? null,
      before,
      after,
    };
    dated.push({ at: l?.date ?? after?.asOf ?? "", event });
  }
  const c = catalog.classification;
  const tier = catalog.tiers.find((t) => t.id === town.tierId);
  if (tier) dated.push({ at: c?.draftDate ?? "9999", event: { kind: "tier", date: c?.draftDate ?? null, tier, classification: c } });
  else if (c) dated.push({ at: c.draftDate ?? "9999", event: { kind: "no-tier", date: c.draftDate, classification: c } });
  if (town.regionChange) {
    const r = town.regionChange;
    dated.push({ at: r.date ?? "", event: { kind: "region", date: r.date, from: r.from, to: { ru: town.regionRu, kk: town.regionKk }, source: r.source } });
  }
  const plans: Plan[] = [...(town.inPlan2023_2025 ? catalog.nationalPlans.filter((p) => p.id === "plan2023_2025") : []), ...town.plans];
  for (const plan of plans) {
    // A town's comprehensive plan without its own date: the national record says when the ten were approved.
    const allPlans = !plan.approved && plan.townId ? (catalog.nationalPlans.find((p) => p.id === "cp2023_2027") ?? null) : null;
    dated.push({ at: plan.approved ?? plan.period.slice(0, 4), event: { kind: "plan", date: plan.approved, plan, allPlans } });
  }
  // Stable: entries bounded by the same date keep the order above.
  dated.sort((a, b) => a.at.localeCompare(b.at));
  const edits = catalog.townEdits.get(town.id);
  return { events: dated.map((d) => d.event), edits: edits?.latest ?? [], editsTotal: edits?.total ?? 0 };
}

/** The sources the history cites, in the order its entries cite them: one 📎 button each. */
export function historySources(h: TownHistory): Array<Source | null | undefined> {
  const out: Array<Source | null | undefined> = [];
  for (const e of h.events) {
    switch (e.kind) {
      case "in-list":
        out.push(e.before?.source, e.after?.source);
        break;
      case "left-list":
        out.push(e.source, ...(e.date ? [] : [e.before?.source, e.after?.source]));
        break;
      case "tier":
        out.push(e.tier.source ?? e.classification?.source, e.classification?.draftDateSource);
        break;
      case "no-tier":
        out.push(e.classification.source, e.classification.draftDateSource);
        break;
      case "region":
        out.push(e.source);
        break;
      case "plan":
        out.push(e.plan.source, e.allPlans?.source);
        break;
    }
  }
  out.push(...h.edits.map((x) => x.source));
  return out;
}
