// Which language's dictionary knows a word: Russian from `dictionary-ru` (npm), Kazakh
// from the hunspell kk_KZ dictionary shipped in test/fixtures/dictionaries/kk (Debian's
// hunspell-kk 1.1, GPL/LGPL/MPL, see its COPYRIGHT there) plus our monoqala-extra.dic,
// both read by nspell.
// Building the two spellers takes ~10 s, so verdicts are cached per word in
// node_modules/.cache, keyed by the dictionaries' hash: the spellers are built only when
// a reply has a word no earlier run has looked up.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nspell from "nspell";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const KK_DIR = path.join(ROOT, "test/fixtures/dictionaries/kk");
const require = createRequire(import.meta.url);
const RU_DIR = path.dirname(require.resolve("dictionary-ru"));

export interface Verdict {
  ru: boolean;
  kk: boolean;
}

const files = () => ({
  kkAff: readFileSync(path.join(KK_DIR, "kk_KZ.aff")),
  kkDic: readFileSync(path.join(KK_DIR, "kk_KZ.dic")),
  ruAff: readFileSync(path.join(RU_DIR, "index.aff")),
  ruDic: readFileSync(path.join(RU_DIR, "index.dic")),
  kkExtra: readFileSync(path.join(KK_DIR, "monoqala-extra.dic")),
});

/** Our additions to the Kazakh dictionary (see the file's header). */
function kazakhExtra(text: Buffer): Set<string> {
  return new Set(
    text
      .toString("utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.toLowerCase()),
  );
}

let spellers: { ru: ReturnType<typeof nspell>; kk: ReturnType<typeof nspell>; kkExtra: Set<string> } | null = null;
function speller() {
  if (!spellers) {
    const f = files();
    // The Debian files start with a byte-order mark that would hide the first line (SET UTF-8) from nspell.
    const strip = (b: Buffer) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
    spellers = { ru: nspell(f.ruAff, f.ruDic), kk: nspell(strip(f.kkAff), strip(f.kkDic)), kkExtra: kazakhExtra(f.kkExtra) };
  }
  return spellers;
}

let cache: { file: string; verdicts: Record<string, Verdict>; dirty: boolean } | null = null;
function verdictCache() {
  if (!cache) {
    const hash = createHash("sha256");
    for (const b of Object.values(files())) hash.update(b);
    const dir = path.join(ROOT, "node_modules/.cache/monoqala-reply-audit");
    const file = path.join(dir, `verdicts-${hash.digest("hex").slice(0, 16)}.json`);
    let verdicts: Record<string, Verdict> = {};
    try {
      verdicts = JSON.parse(readFileSync(file, "utf8")) as Record<string, Verdict>;
    } catch {
      // No cache yet (or a torn one): the spellers answer and the cache is written afresh.
    }
    cache = { file, verdicts, dirty: false };
  }
  return cache;
}

/** Whether each dictionary knows the word (as written, or lower-cased). */
export function verdict(word: string): Verdict {
  const c = verdictCache();
  const hit = c.verdicts[word];
  if (hit) return hit;
  const s = speller();
  const lower = word.toLowerCase();
  const v = { ru: s.ru.correct(word) || s.ru.correct(lower), kk: s.kkExtra.has(lower) || s.kk.correct(word) || s.kk.correct(lower) };
  c.verdicts[word] = v;
  c.dirty = true;
  return v;
}

/** Writes new verdicts for the next run (atomically: parallel test workers may share the file). */
export function saveVerdicts(): void {
  if (!cache?.dirty) return;
  mkdirSync(path.dirname(cache.file), { recursive: true });
  const tmp = `${cache.file}.${process.pid}.tmp`;
  const merged = existsSync(cache.file) ? { ...(JSON.parse(readFileSync(cache.file, "utf8")) as Record<string, Verdict>), ...cache.verdicts } : cache.verdicts;
  writeFileSync(tmp, JSON.stringify(merged));
  renameSync(tmp, cache.file);
  cache.dirty = false;
}
