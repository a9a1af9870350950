// The domain's plain data: what the data layer hands over and the renderers read.
// Nothing here knows about Prisma or Telegram.

import type { Qualifier, Statement } from "./quantity.ts";

export type Lang = "ru" | "kk";
export const LANGS: readonly Lang[] = ["ru", "kk"];

export type TierId = "diversifying" | "medium_potential" | "stagnating";
export const TIER_IDS: readonly TierId[] = ["diversifying", "medium_potential", "stagnating"];

export type TownStatus = "monotown" | "former" | "reference";
export type { Qualifier };

/** A text users may see, in both languages: renderers pick the reader's with `inLang` (domain/localized.ts). */
export interface Localized {
  ru: string;
  kk: string;
}

export interface Source {
  id: string;
  publisher: string;
  title: string | null;
  date: string | null;
  url: string | null;
  grade: string;
  /** One sentence for users on what the source is and says. */
  about: Localized | null;
}

export interface Figure {
  id: string;
  townId: string | null;
  planId: string | null;
  key: string;
  /** null: unknown. Never read as zero. */
  value: number | null;
  text: Localized | null;
  unit: string;
  qualifier: Qualifier;
  component: string | null;
  period: string | null;
  asOf: string | null;
  labelRu: string | null;
  labelKk: string | null;
  note: Localized | null;
  /** For a population: the territory it counts (city | city_administration). */
  scope: string | null;
  position: number;
  source: Source | null;
  updatedAt: Date;
  /** Present when the bot derived the value from other figures. */
  formula?: string;
  /**
   * What a derived value can truly say when its qualifier alone cannot carry it («от … до …»,
   * «не менее …»): renderers word this instead of value and qualifier.
   */
  statement?: Statement;
  /** When an editor last changed it. */
  changedAt?: Date;
}

export interface Plan {
  id: string;
  townId: string | null;
  period: string;
  labelRu: string;
  labelKk: string;
  approved: string | null;
  note: Localized | null;
  source: Source | null;
}

export interface Tier {
  id: TierId;
  position: number;
  labelRu: string;
  labelKk: string;
  labelKkOfficial: boolean;
  descriptionRu: string | null;
  descriptionKk: string | null;
  source: Source | null;
  townIds: string[];
}

export interface TownName {
  name: string;
  kind: "ru" | "kk" | "latin" | "alias" | "former";
  /** A former name's Kazakh form; name is the Russian one. */
  nameKk: string | null;
  until: string | null;
}

export interface Enterprise {
  name: Localized;
  industry: Localized | null;
  owner: Localized | null;
  sources: Source[];
}

export type MeasureStatus =
  | "done"
  | "in_progress"
  | "planned"
  | "delayed"
  | "not_started"
  | "instructed"
  | "unknown"
  | "proposed"
  | "to_be_studied"
  | "under_consideration";

type MeasureOwner = "state" | "company" | "mixed";

export interface Measure {
  id: string;
  kind: string;
  scope: "town" | "towns" | "national";
  townIds: string[];
  titleRu: string;
  titleKk: string;
  status: MeasureStatus;
  amountKztBn: number | null;
  amountOther: Localized | null;
  amountQualifier: Qualifier | null;
  jobs: number | null;
  deadline: string | null;
  deadlineHistory: Array<{ deadline: string; source: Source | null }>;
  doneOn: string | null;
  /** plan_2023_2027 | other_plan | not_stated */
  planLink: string | null;
  /** Whose project it is, as sources say: state, company or mixed (null: unknown). */
  owner: MeasureOwner | null;
  asOf: string | null;
  note: Localized | null;
  sources: Source[];
  updatedAt: Date;
}

export interface Town {
  id: string;
  nameRu: string;
  nameKk: string;
  regionRu: string;
  regionKk: string;
  status: TownStatus;
  tierId: TierId | null;
  industrialZonePlanned: boolean;
  inPlan2023_2025: boolean;
  notes: Localized | null;
  leftList: { basis: Localized | null; reason: Localized | null; date: string | null; source: Source | null } | null;
  /** The region it was in before a change of regions, where the data records one (the current one is `region…`). */
  regionChange: { from: Localized; date: string | null; source: Source | null } | null;
  names: TownName[];
  enterprises: Enterprise[];
  figures: Figure[];
  plans: Plan[];
  sources: Source[];
}

/** One figure a source gives in a discrepancy. */
export interface DiscrepancyValue {
  label: Localized;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  asOf: string | null;
  sourceIds: string[];
  recordId: string | null;
}

export interface Discrepancy {
  id: string;
  townIds: string[];
  topic: Localized;
  values: DiscrepancyValue[];
  /** The figure the data uses; null when both are kept (different measures, or unresolved). */
  preferred: { sourceId: string; value: number | null; unit: string | null; qualifier: Qualifier | null; recordId: string | null } | null;
  explanation: Localized | null;
  sources: Source[];
}

/** The national figures the overview shows where it shows one number (by figure id, without "national:"). */
export interface HeadlineFigures {
  townCount: string | null;
  population: string | null;
  cityFormingEnterprises: string | null;
  industryShare: string | null;
}

/** The tiers' classification as a document: the 2025 one is a draft, adopted by no act yet. */
export interface Classification {
  status: string;
  document: Localized | null;
  /** When the draft was put forward (YYYY-MM), and the source that dates it. */
  draftDate: string | null;
  draftDateSource: Source | null;
  adopted: boolean;
  source: Source | null;
}

/** One field an editor changed in a town's records (a figure, a project, the town itself), as its history shows it. */
export interface TownEdit {
  at: Date;
  entity: string;
  entityId: string;
  /** "*" when the whole record was added or removed. */
  field: string;
  old: unknown;
  new: unknown;
  source: Source | null;
}

/** Everything the bot answers from, loaded from the database in one go. */
export interface Catalog {
  towns: Map<string, Town>;
  tiers: Tier[];
  sources: Map<string, Source>;
  nationalFigures: Figure[];
  nationalPlans: Plan[];
  measures: Measure[];
  measuresByTown: Map<string, Measure[]>;
  discrepancies: Discrepancy[];
  headlineFigures: HeadlineFigures;
  loadedAt: Date;
  /** The editors' data version it was loaded at (see db/edits.ts). */
  version: number;
  /** When an editor last changed a record: "figure:<id>", "measure:<id>", "town:<id>". */
  changedAt: Map<string, Date>;
  classification: Classification | null;
  /** Per town: editors' latest changes (newest first) and how many there are in all. */
  townEdits: Map<string, { latest: TownEdit[]; total: number }>;
}
