// The domain's plain data: what the data layer hands over and the renderers read.
// Nothing here knows about Prisma or Telegram.

import type { Qualifier, Statement } from "./quantity.ts";

export type Lang = "ru" | "kk";
export const LANGS: readonly Lang[] = ["ru", "kk"];

export type TierId = "diversifying" | "medium_potential" | "stagnating";
export const TIER_IDS: readonly TierId[] = ["diversifying", "medium_potential", "stagnating"];

export type TownStatus = "monotown" | "former" | "reference";
export type { Qualifier };

export interface Source {
  id: string;
  publisher: string;
  title: string | null;
  date: string | null;
  url: string | null;
  grade: string;
  /** What the dataset's compiler read in it: the quote or table behind its figures (English). */
  supports: string | null;
}

export interface Figure {
  id: string;
  townId: string | null;
  planId: string | null;
  key: string;
  /** null: unknown. Never read as zero. */
  value: number | null;
  text: string | null;
  unit: string;
  qualifier: Qualifier;
  component: string | null;
  period: string | null;
  asOf: string | null;
  labelRu: string | null;
  labelKk: string | null;
  note: string | null;
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
  note: string | null;
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
  until: string | null;
}

export interface Enterprise {
  name: string;
  industry: string | null;
  owner: string | null;
  sources: Source[];
}

export type MeasureStatus =
  | "done" | "in_progress" | "planned" | "delayed" | "not_started" | "instructed" | "unknown"
  | "proposed" | "to_be_studied" | "under_consideration";

export interface Measure {
  id: string;
  kind: string;
  scope: "town" | "towns" | "national";
  townIds: string[];
  titleRu: string;
  titleKk: string;
  status: MeasureStatus;
  amountKztBn: number | null;
  amountOther: string | null;
  amountQualifier: Qualifier | null;
  jobs: number | null;
  deadline: string | null;
  deadlineHistory: Array<{ deadline: string; source: Source | null }>;
  doneOn: string | null;
  planLink: string | null;
  asOf: string | null;
  note: string | null;
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
  notesRu: string | null;
  leftList: { basis: string | null; reason: string | null; source: Source | null } | null;
  names: TownName[];
  enterprises: Enterprise[];
  figures: Figure[];
  plans: Plan[];
  sources: Source[];
}

export interface Discrepancy {
  id: string;
  topic: string;
  values: string[];
  preferred: string | null;
  sources: Source[];
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
  loadedAt: Date;
  /** The editors' data version it was loaded at (see db/edits.ts). */
  version: number;
  /** When an editor last changed a record: "figure:<id>", "measure:<id>", "town:<id>". */
  changedAt: Map<string, Date>;
}
