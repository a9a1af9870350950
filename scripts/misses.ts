// `npx tsx scripts/misses.ts [shared,dev]`: the examples the understanding module gets
// wrong, with what it answered and why (`because`: the rules that decided). Holdout lines (every set named holdout…) are only counted, never printed: those sets
// measures messages the code was not tuned on.
// `npx tsx scripts/misses.ts --real`: the published sentences of the real-text dev, dev2, dev3, dev4, dev5, dev6, dev7 and dev8 sets whose
// towns it reads wrong (text, expected, got); the real-text holdout is only counted.
import { loadDataset } from "../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../src/db/seed/understanding-towns.ts";
import { Understander } from "../src/understanding/understand.ts";
import { townsRead } from "../bench/real-text-score.ts";
import { loadExamples } from "../test/fixtures/load.ts";
import { loadRealText, REAL_TEXT_SETS } from "../test/fixtures/real-text.ts";
const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const real = process.argv[2] === "--real";
const sets = real ? [] : (process.argv[2] ?? "shared,dev").split(",");
for (const set of real ? REAL_TEXT_SETS : []) {
  const sentences = loadRealText(set);
  let ok = 0;
  for (const s of sentences) {
    const got = townsRead(u, s.text);
    if (got.join() === s.towns.join()) ok++;
    else if (!set.startsWith("holdout"))
      console.log(`${s.lang} ${s.text}\n   want [${s.towns}]  ${s.note ?? ""}\n   got  [${got}]\n   because ${u.understand(s.text).because.join(" ")}`);
  }
  console.log(`real ${set}: ${ok}/${sentences.length} = ${((ok / sentences.length) * 100).toFixed(1)}%`);
}
for (const set of sets) {
  const ex = loadExamples(set as never);
  let ok = 0;
  for (const e of ex) {
    const r = u.understand(e.text);
    const good = r.intent === e.intent && JSON.stringify(r.towns) === JSON.stringify(e.towns) && r.tier === e.tier && (e.lang === null || r.lang === e.lang);
    if (good) ok++;
    else if (!set.startsWith("holdout"))
      console.log(
        `${e.id}\t${e.text}\n   want ${e.lang} ${e.intent} ${e.towns} ${e.tier}\n   got  ${r.lang} ${r.intent} ${r.towns} ${r.tier}  unk=${r.unknownWords}\n   because ${r.because.join(" ")}`,
      );
  }
  console.log(`${set}: ${ok}/${ex.length} = ${((ok / ex.length) * 100).toFixed(1)}%`);
}
