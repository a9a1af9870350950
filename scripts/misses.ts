// `npx tsx scripts/misses.ts [shared,dev]`: the examples the understanding module gets
// wrong, with what it answered. Holdout lines (every set named holdout…) are only counted, never printed: those sets
// measures messages the code was not tuned on.
import { loadDataset } from "../src/db/seed/dataset.ts";
import { townsFromDataset } from "../src/db/seed/understanding-towns.ts";
import { Understander } from "../src/understanding/understand.ts";
import { loadExamples } from "../test/fixtures/load.ts";
const u = new Understander(townsFromDataset(loadDataset()));
const sets = (process.argv[2] ?? "shared,dev").split(",");
for (const set of sets) {
  const ex = loadExamples(set as never);
  let ok = 0;
  for (const e of ex) {
    const r = u.understand(e.text);
    const good = r.intent === e.intent && JSON.stringify(r.towns) === JSON.stringify(e.towns) && r.tier === e.tier && (e.lang === null || r.lang === e.lang);
    if (good) ok++;
    else if (!set.startsWith("holdout"))
      console.log(
        `${e.id}\t${e.text}\n   want ${e.lang} ${e.intent} ${e.towns} ${e.tier}\n   got  ${r.lang} ${r.intent} ${r.towns} ${r.tier}  unk=${r.unknownWords}`,
      );
  }
  console.log(`${set}: ${ok}/${ex.length} = ${((ok / ex.length) * 100).toFixed(1)}%`);
}
