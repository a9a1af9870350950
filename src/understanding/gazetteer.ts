// Kazakhstan's regions and the places that are not monotowns (src/understanding/data),
// so «Караганда моногород?» is answered "no, and these are the region's monotowns"
// rather than "not found".
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

export interface Gazetteer {
  regions: Region[];
  places: Place[];
}

export const GAZETTEER: Gazetteer = data as Gazetteer;

/** The region whose Kazakh or Russian name the dataset gives (they are spelt alike). */
export function regionOf(gazetteer: Gazetteer, name: string): Region | undefined {
  const plain = name.replace(/\s*\(.*\)$/, "");
  return gazetteer.regions.find((r) => r.kk === plain || r.ru === plain || r.names.includes(name));
}
