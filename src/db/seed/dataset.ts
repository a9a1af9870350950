// The seed dataset's shape, checked with zod when it is loaded. A bad record stops the
// seed with one message naming the file, the record and the field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/i, "must be a slug id");
const isoDateish = z.string().regex(/^\d{4}(-(\d{2}|Q[1-4]))?(-\d{2})?$/, "must be YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD");
const qualifier = z.enum(["exact", "approx", "more_than", "up_to"]);
const nonNegative = z.number().finite().nonnegative();

const text = z.string().min(1);
const optText = text.nullable().optional();

const sourceSchema = z.object({
  id,
  publisher: text,
  title: text.nullable(),
  date: isoDateish.nullable(),
  url: z.url().nullable(),
  grade: text,
  aboutRu: text,
  aboutKk: text,
});

const localized = z.object({ ru: text, kk: text });
/** An enum's labels: every code with its Russian and Kazakh wording. */
const enumLabels = z.record(z.string(), localized);

const townSchema = z.object({
  id,
  nameRu: text,
  nameKk: text,
  namesLatin: z.array(text),
  aliases: z.array(text),
  formerNames: z.array(
    z.object({
      nameRu: text,
      nameKk: text,
      until: z.string().optional(),
      period: z.string().optional(),
      noteRu: optText,
      noteKk: optText,
      sourceId: id.nullable(),
    }),
  ),
  region: localized,
  /** A change of region (2022: Abai, Zhetisu and Ulytau regions formed): the region before, when, and the source. */
  regionChange: z.object({ fromRu: text, fromKk: text, date: isoDateish.nullable(), sourceId: id }).nullable().optional(),
  population: z.object({
    value: z.number().int().positive(),
    qualifier,
    year: z.number().int().min(1900).max(2100),
    asOf: isoDateish,
    scope: z.enum(["city", "city_administration"]),
    sourceId: id,
    noteRu: optText,
    noteKk: optText,
  }),
  cityFormingEnterprises: z.array(
    z.object({ nameRu: text, nameKk: text, industryRu: optText, industryKk: optText, ownerRu: optText, ownerKk: optText, sourceIds: z.array(id) }),
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
    noteRu: optText,
    noteKk: optText,
    inSeedPlanOf10: z.boolean(),
  }),
  comprehensivePlan2023_2027: z
    .object({
      labelRu: text,
      labelKk: text,
      period: z.string(),
      approvedDate: isoDateish.nullable(),
      measuresTotal: z.number().int().nonnegative().nullable(),
      plannedKztBn: nonNegative.nullable(),
      plannedQualifier: qualifier.nullable(),
      noteRu: optText,
      noteKk: optText,
      keyItemsRu: z.array(text).optional(),
      keyItemsKk: z.array(text).optional(),
      sourceId: id,
    })
    .passthrough()
    .nullable(),
  notesRu: optText,
  notesKk: optText,
  sourceIds: z.array(id),
});

const tierSchema = z.object({
  id: z.enum(["diversifying", "medium_potential", "stagnating"]),
  labelRu: text,
  labelKk: text,
  labelKkIsOfficial: z.boolean(),
  count: z.number().int(),
  towns: z.array(id),
  descriptionRu: optText,
  descriptionKk: optText,
  sourceId: id,
});

const nationalFigureSchema = z.object({
  id,
  labelRu: text,
  labelKk: text,
  value: nonNegative,
  unit: text,
  qualifier: qualifier.optional(),
  asOf: isoDateish.nullable().optional(),
  sourceId: id,
  noteRu: optText,
  noteKk: optText,
  scope: z.array(id).optional(),
  measures: z.number().int().optional(),
  displayRu: optText,
  displayKk: optText,
});

const measureStatus = z.enum(["proposed", "planned", "to_be_studied", "under_consideration", "instructed", "in_progress"]);
/** A figure a discrepancy names: what the source says, with its own label in both languages. */
const discrepancyValue = z.object({
  labelRu: text,
  labelKk: text,
  value: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: qualifier.nullable(),
  date: isoDateish.nullable(),
  asOf: isoDateish.nullable().optional(),
  sourceIds: z.array(id),
  recordId: z.string().nullable().optional(),
});

const programSchema = z.object({
  schemaVersion: z.literal(2),
  compiledAt: isoDateish,
  enums: z.record(z.string(), enumLabels),
  tiers: z.array(tierSchema).length(3),
  classification: z
    .object({
      sourceId: id,
      status: z.string(),
      documentRu: optText,
      documentKk: optText,
      draftDate: isoDateish.nullable().optional(),
      draftDateSourceId: id.nullable().optional(),
      /** The act that adopted it; null while it is a draft. */
      adoptedAct: z.string().nullable().optional(),
      noteRu: optText,
      noteKk: optText,
    })
    .passthrough(),
  plan2023_2025: z.object({
    labelRu: text,
    labelKk: text,
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
    derived: z.record(z.string(), z.object({ value: z.number(), formula: z.string(), noteRu: optText, noteKk: optText })),
    asReportedByRu: text,
    asReportedByKk: text,
    reportDate: isoDateish,
    sourceId: id,
    notesRu: optText,
    notesKk: optText,
  }),
  comprehensivePlans2023_2027: z.object({
    labelRu: text,
    labelKk: text,
    period: z.string(),
    towns: z.array(id),
    approvedRu: text,
    approvedKk: text,
    figures: z.array(nationalFigureSchema),
    investmentProjects: z.array(
      z
        .object({
          id,
          townId: id.nullable(),
          titleRu: text,
          titleKk: text,
          costKztBn: nonNegative.nullable(),
          jobs: z.number().int().nullable().optional(),
          status: z.string(),
          statusAsOf: isoDateish.optional(),
          sourceId: id,
          noteRu: optText,
          noteKk: optText,
        })
        .passthrough(),
    ),
  }),
  figures: z.array(nationalFigureSchema),
  /** Which figure the product shows where it shows one national number. */
  headlineFigures: z.object({ townCount: id, population: id, cityFormingEnterprises: id, industryShare: id }),
  listChanges: z.object({
    before: z.object({ count: z.number().int(), asOf: isoDateish, sourceId: id }),
    after: z.object({ count: z.number().int(), asOf: isoDateish, sourceId: id }),
    removedKnown: z.array(
      z.object({
        townId: id.nullable(),
        nameRu: optText,
        nameKk: optText,
        sourceId: id,
        /** When it left the list, where a source gives the date. */
        date: isoDateish.optional(),
        basisRu: optText,
        basisKk: optText,
        reasonRu: optText,
        reasonKk: optText,
        noteRu: optText,
        noteKk: optText,
      }),
    ),
    noteRu: optText,
    noteKk: optText,
  }),
  measures: z.array(
    z.object({
      id,
      titleRu: text,
      titleKk: text,
      scope: z.union([z.literal("national"), z.array(id).min(1)]),
      status: measureStatus,
      kind: z.enum(["deputy_proposal", "government_plan", "ministry_measure", "government_instruction"]),
      sourceId: id,
      noteRu: optText,
      noteKk: optText,
    }),
  ),
  discrepancies: z.array(
    z.object({
      id,
      townIds: z.array(id),
      topicRu: text,
      topicKk: text,
      values: z.array(discrepancyValue).min(2),
      preferred: z
        .object({
          sourceId: id,
          value: z.number().nullable(),
          unit: z.string().nullable(),
          qualifier: qualifier.nullable(),
          date: isoDateish.nullable(),
          recordId: z.string().nullable().optional(),
        })
        .nullable(),
      explanationRu: text,
      explanationKk: text,
      sourceIds: z.array(id),
    }),
  ),
  sources: z.array(sourceSchema),
});

const projectStatus = z.enum(["done", "in_progress", "planned", "delayed", "not_started", "instructed", "unknown"]);

const projectSchema = z.object({
  id,
  townId: id,
  titleRu: text,
  titleKk: text,
  status: projectStatus,
  amountKztBn: nonNegative.nullable(),
  amountOtherRu: text.nullable(),
  amountOtherKk: text.nullable(),
  amountQualifier: qualifier.nullable(),
  deadline: isoDateish.nullable(),
  deadlineHistory: z.array(z.object({ deadline: isoDateish, sourceId: id })),
  doneOn: isoDateish.nullable(),
  planLink: z.enum(["plan_2023_2027", "other_plan", "not_stated"]),
  owner: z.enum(["state", "company", "mixed"]).nullable(),
  asOf: isoDateish.nullable(),
  sourceIds: z.array(id).min(1),
  noteRu: text.nullable(),
  noteKk: text.nullable(),
});

const planFactComponent = z.enum([
  "republican_budget",
  "local_budget",
  "budget",
  "other_sources",
  "off_budget",
  "private_investment",
  "utility_infrastructure",
  "investment_raised",
  "company_memorandum",
  "government_reserve",
]);

const projectsFileSchema = z.object({
  schemaVersion: z.literal(2),
  compiledAt: isoDateish,
  enums: z.object({ planFactComponent: z.record(planFactComponent, localized) }).catchall(enumLabels),
  planFacts: z.array(
    z.object({
      id,
      townId: id,
      what: z.enum(["planned_kzt_bn", "allocated_kzt_bn", "target_kzt_bn", "measures_total", "measures_done", "plan", "plan_status"]),
      labelRu: text,
      labelKk: text,
      value: nonNegative.nullable(),
      textRu: text.nullable(),
      textKk: text.nullable(),
      unit: z.string().nullable(),
      qualifier,
      component: planFactComponent.nullable(),
      period: z
        .string()
        .regex(/^\d{4}(–\d{4})?$/, "must be YYYY or YYYY–YYYY")
        .nullable(),
      asOf: isoDateish.nullable(),
      planLink: z.enum(["plan_2023_2027", "other_plan", "not_stated"]).nullable(),
      sourceId: id,
      noteRu: text.nullable(),
      noteKk: text.nullable(),
    }),
  ),
  projects: z.array(projectSchema),
  sources: z.array(sourceSchema),
});

const monotownsFileSchema = z.object({
  schemaVersion: z.literal(2),
  compiledAt: isoDateish,
  towns: z.array(townSchema),
});

type TownRecord = z.infer<typeof townSchema>;
type Program = z.infer<typeof programSchema>;
type ProjectsFile = z.infer<typeof projectsFileSchema>;

export interface Dataset {
  /** The release's compile date (the same in all three files): releases are applied in this order. */
  compiledAt: string;
  towns: TownRecord[];
  program: Program;
  projects: ProjectsFile;
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

function parseFile<T>(file: string, raw: string, schema: z.ZodType<T>): T {
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
function checkReferences(ds: Dataset): void {
  const sourceIds = new Set<string>();
  for (const [file, list] of [
    ["program.json", ds.program.sources],
    ["projects.json", ds.projects.sources],
  ] as const) {
    list.forEach((s, i) => {
      if (sourceIds.has(s.id)) throw new DatasetError(`${file}: record sources[${i}] (id "${s.id}"), field id: duplicate source id`);
      sourceIds.add(s.id);
    });
  }
  const townIds = new Set<string>();
  ds.towns.forEach((t, i) => {
    if (townIds.has(t.id)) throw new DatasetError(`monotowns.json: record towns[${i}] (id "${t.id}"), field id: duplicate town id`);
    townIds.add(t.id);
  });
  const needSource = (file: string, rec: string, field: string, sid: string | null | undefined) => {
    if (sid && !sourceIds.has(sid)) throw new DatasetError(`${file}: record ${rec}, field ${field}: unknown source id "${sid}"`);
  };
  const needTown = (file: string, rec: string, field: string, tid: string | null | undefined) => {
    if (tid && !townIds.has(tid)) throw new DatasetError(`${file}: record ${rec}, field ${field}: unknown town id "${tid}"`);
  };
  ds.towns.forEach((t, i) => {
    const rec = `towns[${i}] (id "${t.id}")`;
    t.sourceIds.forEach((s) => needSource("monotowns.json", rec, "sourceIds", s));
    needSource("monotowns.json", rec, "population.sourceId", t.population.sourceId);
    needSource("monotowns.json", rec, "plan2023_2025.sourceId", t.plan2023_2025.sourceId);
    needSource("monotowns.json", rec, "comprehensivePlan2023_2027.sourceId", t.comprehensivePlan2023_2027?.sourceId);
    needSource("monotowns.json", rec, "regionChange.sourceId", t.regionChange?.sourceId);
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
  needSource("program.json", "classification", "sourceId", p.classification.sourceId);
  needSource("program.json", "classification", "draftDateSourceId", p.classification.draftDateSourceId);
  p.listChanges.removedKnown.forEach((r, i) => {
    needTown("program.json", `listChanges.removedKnown[${i}]`, "townId", r.townId);
    needSource("program.json", `listChanges.removedKnown[${i}]`, "sourceId", r.sourceId);
  });
  p.discrepancies.forEach((d, i) => {
    const rec = `discrepancies[${i}] (id "${d.id}")`;
    d.sourceIds.forEach((s) => needSource("program.json", rec, "sourceIds", s));
    d.townIds.forEach((tid) => needTown("program.json", rec, "townIds", tid));
    d.values.forEach((v) => v.sourceIds.forEach((s) => needSource("program.json", rec, "values.sourceIds", s)));
    needSource("program.json", rec, "preferred.sourceId", d.preferred?.sourceId);
  });
  const figureIds = new Set([...p.figures, ...p.comprehensivePlans2023_2027.figures].map((f) => f.id));
  for (const [k, fid] of Object.entries(p.headlineFigures)) {
    if (!figureIds.has(fid)) throw new DatasetError(`program.json: record headlineFigures, field ${k}: unknown figure id "${fid}"`);
  }
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
  const towns = parseFile("monotowns.json", read("monotowns.json"), monotownsFileSchema);
  const program = parseFile("program.json", read("program.json"), programSchema);
  const projects = parseFile("projects.json", read("projects.json"), projectsFileSchema);
  for (const [file, at] of [
    ["program.json", program.compiledAt],
    ["projects.json", projects.compiledAt],
  ] as const) {
    if (at !== towns.compiledAt)
      throw new DatasetError(`${file}: field compiledAt: ${at} differs from monotowns.json (${towns.compiledAt}); the three files are one release`);
  }
  const ds: Dataset = { compiledAt: towns.compiledAt, towns: towns.towns, program, projects };
  checkReferences(ds);
  return ds;
}
