// The seed dataset's shape, checked with zod when it is loaded. A bad record stops the
// seed with one message naming the file, the record and the field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/i, "must be a slug id");
const isoDateish = z.string().regex(/^\d{4}(-(\d{2}|Q[1-4]))?(-\d{2})?$/, "must be YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD");
const qualifier = z.enum(["exact", "approx", "more_than", "up_to"]);
const nonNegative = z.number().finite().nonnegative();

export const sourceSchema = z.object({
  id,
  publisher: z.string().min(1),
  title: z.string().min(1).nullable(),
  date: isoDateish.nullable(),
  url: z.url().nullable(),
  grade: z.string().min(1),
  supports: z.string().nullable().optional(),
});

const localized = z.object({ ru: z.string().min(1), kk: z.string().min(1) });

export const townSchema = z.object({
  id,
  nameRu: z.string().min(1),
  nameKk: z.string().min(1),
  namesLatin: z.array(z.string().min(1)),
  aliases: z.array(z.string().min(1)),
  formerNames: z.array(
    z.object({ name: z.string().min(1), until: z.string().optional(), period: z.string().optional(), note: z.string().optional(), sourceId: id.nullable() }),
  ),
  region: localized,
  population: z
    .object({
      value: z.number().int().positive(),
      year: z.number().int().min(1900).max(2100),
      asOf: isoDateish.nullable(),
      sourceId: id,
      note: z.string().optional(),
    })
    .nullable(),
  cityFormingEnterprises: z.array(
    z.object({ name: z.string().min(1), industry: z.string().nullable().optional(), owner: z.string().nullable().optional(), sourceIds: z.array(id) }),
  ),
  tier: z.enum(["diversifying", "medium_potential", "stagnating"]).nullable(),
  status: z.enum(["monotown", "former", "reference"]),
  industrialZonePlanned: z.boolean(),
  industrialZoneSourceIds: z.array(id),
  plan2023_2025: z.object({
    measuresTotal: z.number().int().nonnegative().nullable(),
    measuresDone: z.number().int().nonnegative().nullable(),
    measuresUnfinished: z.number().int().nonnegative().nullable(),
    plannedKztBn: nonNegative.nullable(),
    allocatedKztBn: nonNegative.nullable(),
    sourceId: id.nullable(),
    note: z.string().nullable().optional(),
    inSeedPlanOf10: z.boolean(),
  }),
  comprehensivePlan2023_2027: z
    .object({
      period: z.string(),
      approvedDate: isoDateish.nullable(),
      measuresTotal: z.number().int().nonnegative().nullable(),
      plannedKztBn: nonNegative.nullable(),
      plannedQualifier: qualifier.nullable(),
      note: z.string().optional(),
      keyItems: z.array(z.string()).optional(),
      sourceId: id,
    })
    .passthrough()
    .nullable(),
  notes: z.string().nullable().optional(),
  sourceIds: z.array(id),
});

const tierSchema = z.object({
  id: z.enum(["diversifying", "medium_potential", "stagnating"]),
  labelRu: z.string().min(1),
  labelKk: z.string().min(1),
  labelKkIsOfficial: z.boolean(),
  count: z.number().int(),
  towns: z.array(id),
  descriptionRu: z.string().nullable().optional(),
  sourceId: id,
});

const nationalFigureSchema = z.object({
  id,
  labelRu: z.string().min(1),
  value: nonNegative,
  unit: z.string().min(1),
  qualifier: qualifier.optional(),
  asOf: isoDateish.nullable().optional(),
  sourceId: id,
  note: z.string().optional(),
  scope: z.array(id).optional(),
  measures: z.number().int().optional(),
  display: z.string().optional(),
});

const measureStatus = z.enum(["proposed", "planned", "to_be_studied", "under_consideration", "instructed", "in_progress"]);

export const programSchema = z.object({
  schemaVersion: z.literal(1),
  compiledAt: isoDateish,
  tiers: z.array(tierSchema).length(3),
  classification: z.object({ sourceId: id, status: z.string(), note: z.string().optional() }).passthrough(),
  plan2023_2025: z.object({
    labelRu: z.string(),
    labelKk: z.string(),
    period: z.string(),
    towns: z.array(id),
    stillMonotowns: z.array(id),
    removedFromList: z.array(id),
    measuresTotal: z.number().int().nonnegative().nullable(),
    measuresUnfinished: z.number().int().nonnegative().nullable(),
    measuresDone: z.number().int().nonnegative().nullable(),
    plannedKztBn: nonNegative.nullable(),
    allocatedKztBn: nonNegative.nullable(),
    allocatedQualifier: qualifier.optional(),
    derived: z.record(z.string(), z.object({ value: z.number(), formula: z.string(), note: z.string().optional() })),
    asReportedBy: z.string(),
    reportDate: isoDateish,
    sourceId: id,
    notes: z.string().optional(),
  }),
  comprehensivePlans2023_2027: z.object({
    labelRu: z.string(),
    period: z.string(),
    towns: z.array(id),
    approved: z.string(),
    figures: z.array(nationalFigureSchema),
    investmentProjects: z.array(
      z.object({
        id,
        townId: id.nullable(),
        titleRu: z.string().min(1),
        titleKk: z.string().min(1),
        costKztBn: nonNegative.nullable(),
        jobs: z.number().int().nullable().optional(),
        status: z.string(),
        statusAsOf: isoDateish.optional(),
        sourceId: id,
        note: z.string().optional(),
      }).passthrough(),
    ),
  }),
  figures: z.array(nationalFigureSchema),
  listChanges: z.object({
    before: z.object({ count: z.number().int(), asOf: isoDateish, sourceId: id }),
    after: z.object({ count: z.number().int(), asOf: isoDateish, sourceId: id }),
    removedKnown: z.array(
      z.object({
        townId: id.nullable(),
        nameRu: z.string().optional(),
        nameKk: z.string().optional(),
        sourceId: id,
        basis: z.string().optional(),
        reason: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    note: z.string().optional(),
  }),
  measures: z.array(
    z.object({
      id,
      titleRu: z.string().min(1),
      titleKk: z.string().min(1),
      scope: z.union([z.literal("national"), z.array(id).min(1)]),
      status: measureStatus,
      kind: z.enum(["deputy_proposal", "government_plan", "ministry_measure", "government_instruction"]),
      sourceId: id,
      note: z.string().optional(),
    }),
  ),
  discrepancies: z.array(
    z.object({ topic: z.string().min(1), values: z.array(z.string()).min(2), preferred: z.string().optional(), sourceIds: z.array(id) }),
  ),
  sources: z.array(sourceSchema),
});

export const projectStatus = z.enum(["done", "in_progress", "planned", "delayed", "not_started", "instructed", "unknown"]);

export const projectSchema = z.object({
  id,
  townId: id,
  titleRu: z.string().min(1),
  titleKk: z.string().min(1),
  status: projectStatus,
  amountKztBn: nonNegative.nullable(),
  amountOther: z.string().nullable(),
  amountQualifier: qualifier.nullable(),
  deadline: isoDateish.nullable(),
  deadlineHistory: z.array(z.object({ deadline: isoDateish, sourceId: id })),
  doneOn: isoDateish.nullable(),
  planLink: z.enum(["plan_2023_2027", "other_plan", "not_stated"]),
  owner: z.enum(["state", "company", "mixed"]).nullable(),
  asOf: isoDateish.nullable(),
  sourceIds: z.array(id).min(1),
  note: z.string().nullable(),
});

export const projectsFileSchema = z.object({
  schemaVersion: z.literal(1),
  compiledAt: isoDateish,
  planFacts: z.array(
    z.object({
      id,
      townId: id,
      what: z.enum(["planned_kzt_bn", "allocated_kzt_bn", "measures_total", "measures_done", "plan", "plan_status"]),
      value: z.union([nonNegative, z.string().min(1)]),
      unit: z.string().nullable(),
      qualifier: qualifier,
      component: z.string().nullable(),
      period: z.string().nullable(),
      asOf: isoDateish.nullable(),
      planLink: z.enum(["plan_2023_2027", "other_plan", "not_stated"]).nullable(),
      sourceId: id,
      note: z.string().nullable(),
    }),
  ),
  projects: z.array(projectSchema),
  sources: z.array(sourceSchema),
});

const ruKk = z.object({ ru: z.string().min(1), kk: z.string().min(1) });
export const translationsSchema = z.object({
  figureLabels: z.record(z.string(), z.object({ kk: z.string().min(1) })),
  components: z.record(z.string(), ruKk),
  tierDescriptions: z.record(z.string(), z.object({ kk: z.string().min(1) })),
  planLabels: z.record(z.string(), ruKk),
});

export type SourceRecord = z.infer<typeof sourceSchema>;
export type TownRecord = z.infer<typeof townSchema>;
export type Program = z.infer<typeof programSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type Translations = z.infer<typeof translationsSchema>;

export interface Dataset {
  towns: TownRecord[];
  program: Program;
  projects: ProjectsFile;
  translations: Translations;
}

export class DatasetError extends Error {
  override name = "DatasetError";
}

export const DEFAULT_DATASET_DIR = path.resolve(import.meta.dirname, "../../../prisma/seed-data");

function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path.map(String);
  let where = "";
  let fieldPath = p;
  // Name the record by its id where the failing path starts inside an array of records.
  const idx = p.findIndex((seg) => /^\d+$/.test(seg));
  if (idx >= 0) {
    let node: unknown = data;
    for (const seg of p.slice(0, idx + 1)) node = (node as Record<string, unknown> | undefined)?.[seg];
    const recId = (node as { id?: unknown } | undefined)?.id;
    const list = p.slice(0, idx).join(".");
    where = ` record ${list ? list + "[" + p[idx] + "]" : "#" + p[idx]}${typeof recId === "string" ? ` (id "${recId}")` : ""},`;
    fieldPath = p.slice(idx + 1);
  }
  return `${file}:${where} field ${fieldPath.join(".") || "(root)"}: ${issue.message}`;
}

export function parseFile<T>(file: string, raw: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new DatasetError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const res = schema.safeParse(data);
  if (!res.success) throw new DatasetError(describeIssue(file, data, res.error.issues[0]!));
  return res.data;
}

/** Cross-file checks zod cannot express: every referenced id exists, ids are unique. */
export function checkReferences(ds: Dataset): void {
  const sourceIds = new Set<string>();
  for (const [file, list] of [["program.json", ds.program.sources], ["projects.json", ds.projects.sources]] as const) {
    list.forEach((s, i) => {
      if (sourceIds.has(s.id)) throw new DatasetError(`${file}: record sources[${i}] (id "${s.id}"), field id: duplicate source id`);
      sourceIds.add(s.id);
    });
  }
  const townIds = new Set<string>();
  ds.towns.forEach((t, i) => {
    if (townIds.has(t.id)) throw new DatasetError(`monotowns.json: record #${i} (id "${t.id}"), field id: duplicate town id`);
    townIds.add(t.id);
  });
  const needSource = (file: string, rec: string, field: string, sid: string | null | undefined) => {
    if (sid && !sourceIds.has(sid)) throw new DatasetError(`${file}: record ${rec}, field ${field}: unknown source id "${sid}"`);
  };
  const needTown = (file: string, rec: string, field: string, tid: string | null | undefined) => {
    if (tid && !townIds.has(tid)) throw new DatasetError(`${file}: record ${rec}, field ${field}: unknown town id "${tid}"`);
  };
  ds.towns.forEach((t, i) => {
    const rec = `#${i} (id "${t.id}")`;
    t.sourceIds.forEach((s) => needSource("monotowns.json", rec, "sourceIds", s));
    needSource("monotowns.json", rec, "population.sourceId", t.population?.sourceId);
    needSource("monotowns.json", rec, "plan2023_2025.sourceId", t.plan2023_2025.sourceId);
    needSource("monotowns.json", rec, "comprehensivePlan2023_2027.sourceId", t.comprehensivePlan2023_2027?.sourceId);
    t.formerNames.forEach((f) => needSource("monotowns.json", rec, "formerNames.sourceId", f.sourceId));
    t.cityFormingEnterprises.forEach((e) => e.sourceIds.forEach((s) => needSource("monotowns.json", rec, "cityFormingEnterprises.sourceIds", s)));
    if ((t.status === "monotown") !== (t.tier !== null)) {
      throw new DatasetError(`monotowns.json: record ${rec}, field tier: a monotown needs a tier and a former or reference town none`);
    }
  });
  const p = ds.program;
  p.tiers.forEach((t, i) => t.towns.forEach((tid) => needTown("program.json", `tiers[${i}] (id "${t.id}")`, "towns", tid)));
  [...p.figures, ...p.comprehensivePlans2023_2027.figures].forEach((f) => needSource("program.json", `figures (id "${f.id}")`, "sourceId", f.sourceId));
  p.measures.forEach((m, i) => {
    needSource("program.json", `measures[${i}] (id "${m.id}")`, "sourceId", m.sourceId);
    if (Array.isArray(m.scope)) m.scope.forEach((tid) => needTown("program.json", `measures[${i}] (id "${m.id}")`, "scope", tid));
  });
  p.plan2023_2025.towns.forEach((tid) => needTown("program.json", "plan2023_2025", "towns", tid));
  p.listChanges.removedKnown.forEach((r, i) => {
    needTown("program.json", `listChanges.removedKnown[${i}]`, "townId", r.townId);
    needSource("program.json", `listChanges.removedKnown[${i}]`, "sourceId", r.sourceId);
  });
  p.discrepancies.forEach((d, i) => d.sourceIds.forEach((s) => needSource("program.json", `discrepancies[${i}]`, "sourceIds", s)));
  const projectIds = new Set<string>();
  ds.projects.projects.forEach((m, i) => {
    const rec = `projects[${i}] (id "${m.id}")`;
    if (projectIds.has(m.id)) throw new DatasetError(`projects.json: record ${rec}, field id: duplicate project id`);
    projectIds.add(m.id);
    needTown("projects.json", rec, "townId", m.townId);
    m.sourceIds.forEach((s) => needSource("projects.json", rec, "sourceIds", s));
    m.deadlineHistory.forEach((d) => needSource("projects.json", rec, "deadlineHistory.sourceId", d.sourceId));
  });
  ds.projects.planFacts.forEach((f, i) => {
    const rec = `planFacts[${i}] (id "${f.id}")`;
    needTown("projects.json", rec, "townId", f.townId);
    needSource("projects.json", rec, "sourceId", f.sourceId);
  });
}

export function loadDataset(dir = DEFAULT_DATASET_DIR): Dataset {
  const read = (name: string) => {
    try {
      return readFileSync(path.join(dir, name), "utf8");
    } catch {
      throw new DatasetError(`${name}: cannot read ${path.join(dir, name)}`);
    }
  };
  const ds: Dataset = {
    towns: parseFile("monotowns.json", read("monotowns.json"), z.array(townSchema)),
    program: parseFile("program.json", read("program.json"), programSchema),
    projects: parseFile("projects.json", read("projects.json"), projectsFileSchema),
    translations: parseFile("translations.json", read("translations.json"), translationsSchema),
  };
  checkReferences(ds);
  return ds;
}
