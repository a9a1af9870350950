// Kazakhstan's regions and the places that are not monotowns (src/understanding/data),
// so «Караганда моногород?» is answered "no, and these are the region's monotowns"
// rather than "not found".
import { z } from "zod";
import data from "./data/gazetteer.json" with { type: "json" };

export interface Region {
  id: string;
  kk: string;
  ru: string;
  names: string[];
  stems: string[];
  /** "oblast", or "city_of_republican_significance" for Astana, Almaty and Shymkent. */
  kind: string;
  center: string | null;
  /**
   * The region it was carved out of (Абай region from East Kazakhstan in 2022): published
   * text older than the split names a town's region by the old one.
   */
  formerlyPartOf?: string;
}

interface Place {
  id: string;
  ru: string;
  kk: string;
  latin: string[];
  aliases: string[];
  region: string;
  kind: string;
}

/** Something else a monotown's name names (a village, a district, a river, a town abroad, a word). */
interface Namesake {
  name: string;
  monotown: string;
  other: string;
  other_region: string | null;
  other_kind: string;
}

export interface Gazetteer {
  regions: Region[];
  places: Place[];
  /** What else each monotown's name names: a town with no place in a region listed names no other place at home. */
  homonyms?: Namesake[];
}

const id = z.string().regex(/^[a-z0-9_]+$/);
const names = z.array(z.string().min(1));
const file = z
  .object({
    regions: z.array(
      z
        .object({
          id,
          kk: z.string().min(1),
          ru: z.string().min(1),
          names,
          stems: names,
          kind: z.enum(["oblast", "city_of_republican_significance"]),
          center: id.nullable(),
          formerlyPartOf: id.optional(),
        })
        .strict(),
    ),
    places: z.array(
      z
        .object({
          id,
          ru: z.string().min(1),
          kk: z.string().min(1),
          latin: names,
          aliases: names,
          region: id,
          kind: z.enum(["city", "town", "district_centre", "village", "area"]),
        })
        .strict(),
    ),
    // What else each monotown's name names (data/homonyms.json holds the rules that tell
    // them apart): a town with no place here in a region names no other place at home, so a
    // place beside it is not where another of that name is (Understander's areas).
    homonyms: z.array(
      z
        .object({
          name: z.string().min(1),
          monotown: id,
          other: z.string().min(1),
          other_region: id.nullable(),
          other_kind: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((g, ctx) => {
    const regions = new Set(g.regions.map((r) => r.id));
    const places = new Set(g.places.map((p) => p.id));
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    if (regions.size !== g.regions.length) issue("a region id is listed twice");
    if (places.size !== g.places.length) issue("a place id is listed twice");
    for (const r of g.regions) {
      if (r.center !== null && !places.has(r.center)) issue(`region «${r.id}»: centre «${r.center}» is no place`);
      if (r.formerlyPartOf !== undefined && !regions.has(r.formerlyPartOf)) issue(`region «${r.id}»: «${r.formerlyPartOf}» is no region`);
    }
    for (const p of g.places) if (!regions.has(p.region)) issue(`place «${p.id}»: «${p.region}» is no region`);
    for (const h of g.homonyms) if (h.other_region !== null && !regions.has(h.other_region)) issue(`homonym «${h.name}»: «${h.other_region}» is no region`);
  });

/** The gazetteer as data/gazetteer.json holds it, checked: a bad entry stops the start with its path. */
export function checkGazetteer(raw: unknown, source: string): Gazetteer {
  const parsed = file.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${source}: ${first.path.join(".") || "(file)"}: ${first.message}`);
  }
  return parsed.data;
}

export const GAZETTEER: Gazetteer = checkGazetteer(data, "src/understanding/data/gazetteer.json");

/** The region whose Kazakh or Russian name the dataset gives (they are spelt alike). */
export function regionOf(gazetteer: Gazetteer, name: string): Region | undefined {
  const plain = name.replace(/\s*\(.*\)$/, "");
  return gazetteer.regions.find((r) => r.kk === plain || r.ru === plain || r.names.includes(name));
}
