// `npm run robustness`: a metamorphic check. Every dev-set message the understanding reads
// right (intent, towns and tier as labelled; holdout sets are never touched) is changed the
// way people change what they type — Kazakh letters typed as Russian ones, Kazakh written in
// the 2021 Latin alphabet, a typo in the town's name or in its longest word, another town in the same case, another case, punctuation dropped or
// added, a polite word before or after — and read again. A change that keeps the label must
// keep the reading: per kind, how many readings stayed the same (the reply language
// counted apart), then every changed one (`--quiet` prints the table only).
// docs/understanding.md, «Robustness», says which changes count as keeping the label.
import { loadDataset } from "../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../src/db/seed/understanding-towns.ts";
import { isEnding } from "../src/understanding/morphology.ts";
import { skeleton } from "../src/understanding/normalize.ts";
import { Understander } from "../src/understanding/understand.ts";
import { type Example, FIXTURE_SETS, loadExamples } from "../test/fixtures/load.ts";
import { kazakhCases, latin, lookalike, russianCases } from "../test/fixtures/town-forms.ts";

const dataset = loadDataset();
const towns = townsFromDataset(dataset);
const u = new Understander(towns, undefined, projectsFromDataset(loadDataset()));
const quiet = process.argv.includes("--quiet");

/** A kind of change: the changed text (and the towns it names now, if not the labelled ones), or null where it does not apply. */
type Change = (e: Example) => string | { text: string; towns: string[] } | null;

const KK_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const KK_TO_RU: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };
// biome-ignore format: a table of letters reads best packed, many to a line
const KK_TO_LATIN_2021: Record<string, string> = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ё: "io", ж: "j", з: "z", и: "i", й: "i", к: "k", қ: "q", л: "l",
  м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u", ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h", ц: "ts",
  ч: "ç", ш: "ş", щ: "şş", ъ: "", ы: "y", і: "ı", ь: "", э: "e", ю: "iu", я: "ia",
};

/** Each letter through `map`, the case of the first letter of its output kept. */
function mapLetters(text: string, map: Record<string, string>): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const to = map[lower];
    if (to === undefined) out += ch;
    else out += ch !== lower && to ? to[0]!.toUpperCase() + to.slice(1) : to;
  }
  return out;
}

// ── where the town's name is in the message ───────────────────────────────────────────
const fold = (s: string) => mapLetters(s.toLowerCase().replace(/ё/g, "е"), KK_TO_RU);
/** Single-word names of six letters or more, folded, per town. */
const longNames = new Map(towns.map((t) => [t.id, [...new Set(t.names.map(fold).filter((n) => /^[^\s-]{6,}$/.test(n)))]]));
const allNames = [...new Set(towns.flatMap((t) => t.names.map(fold)))];

/** The common prefix length of two strings. */
function common(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One edit apart at most (Levenshtein ≤ 1). */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const p = common(a, b);
  const ra = a.slice(p + (a.length >= b.length ? 1 : 0));
  const rb = b.slice(p + (b.length >= a.length ? 1 : 0));
  return ra === rb;
}

/**
 * The first word that is a labelled town's name of six letters or more typed right, with
 * nothing or endings after it (the name, or for a name ending in a vowel, «ь» or «й» all of
 * it but that letter, which Russian endings change: «Житикаре»): where the word starts in
 * the text and how long the name's stem is. A name already misspelt, or glued to the next
 * word, gets no second change.
 */
function townStem(e: Example): { at: number; stem: number } | null {
  for (const m of e.text.matchAll(/[\p{L}]+/gu)) {
    const word = fold(m[0]);
    for (const id of e.towns)
      for (const name of longNames.get(id) ?? []) {
        const p = common(word, name);
        const stem = p === name.length || (p === name.length - 1 && /[аеиоуыэюяьйaeiouy]$/.test(name));
        if (stem && isEnding(skeleton(word.slice(p)))) return { at: m.index, stem: p };
      }
  }
  return null;
}

/** Deterministic per message and kind, so runs compare. */
function pick(key: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/**
 * A typo inside the town name's stem, never in its first or last letter or its ending; none where
 * the typed word would be one edit from another town's name (then it may mean that town).
 */
function nameTypo(kind: "swap" | "drop" | "double"): Change {
  return (e) => {
    const s = townStem(e);
    if (!s) return null;
    const word = e.text.slice(s.at).match(/^[\p{L}]+/u)![0];
    // Letters 1 … stem-2 (swap: 1 … stem-3 with the next): the first and the last letter stay.
    const last = kind === "swap" ? s.stem - 3 : s.stem - 2;
    if (last < 1) return null;
    const j = 1 + pick(`${e.set}/${e.id}/${kind}`, last);
    // One of a doubled letter left out undoes a doubling («Ридер», a word of its own).
    if (kind === "drop" && (fold(word[j]!) === fold(word[j - 1]!) || fold(word[j]!) === fold(word[j + 1]!))) return null;
    const typed =
      kind === "swap"
        ? word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2)
        : kind === "drop"
          ? word.slice(0, j) + word.slice(j + 1)
          : word.slice(0, j + 1) + word.slice(j);
    if (typed === word) return null;
    const stem = fold(typed).slice(0, s.stem + (kind === "double" ? 1 : kind === "drop" ? -1 : 0));
    const own = new Set(e.towns.flatMap((id) => towns.find((t) => t.id === id)!.names.map(fold)));
    if (allNames.some((n) => !own.has(n) && n.length >= 4 && (nearlySame(stem, n) || nearlySame(stem, n.slice(0, -1))))) return null;
    return e.text.slice(0, s.at) + typed + e.text.slice(s.at + word.length);
  };
}

// ── another town in the same case ─────────────────────────────────────────────────────
/** Towns whose names mean nothing else (no entry in data/homonyms.json, no person's surname): safe to swap in. */
const HOMONYM_TOWNS = new Set([
  "abai",
  "altai",
  "karatau",
  "balkhash",
  "aksu",
  "aksai",
  "rudny",
  "satbayev",
  "shakhtinsk",
  "ridder",
  "saran",
  "arkalyk",
  "kurchatov",
]);
type Form = { lang: "ru" | "kk"; key: string };
/** Every form of a town's names (lower case), with its language and case: Russian declension, Kazakh cases in Cyrillic, look-alike letters and 2021 Latin. */
function formsOf(id: string): Map<string, Form[]> {
  const t = dataset.towns.find((x) => x.id === id)!;
  const out = new Map<string, Form[]>();
  const add = (form: string, f: Form) => out.set(form.toLowerCase(), [...(out.get(form.toLowerCase()) ?? []), f]);
  for (const name of [t.nameRu, ...t.aliases.filter((a) => !/[\d\s-]/.test(a))]) {
    add(name, { lang: "ru", key: "nom" });
    for (const [key, form] of Object.entries(russianCases(name))) add(form, { lang: "ru", key });
  }
  for (const [key, form] of [["nom", t.nameKk], ...Object.entries(kazakhCases(t.nameKk))] as Array<[string, string]>) {
    add(form, { lang: "kk", key });
    add(lookalike(form.toLowerCase()), { lang: "kk", key: `${key}/lookalike` });
    add(latin(form.toLowerCase()), { lang: "kk", key: `${key}/latin` });
  }
  return out;
}
/** The form of a town's first name (Russian or Kazakh) for a language and case key. */
function formFor(id: string, f: Form): string {
  const t = dataset.towns.find((x) => x.id === id)!;
  const [key, script] = f.key.split("/");
  if (f.lang === "ru") return key === "nom" ? t.nameRu : russianCases(t.nameRu)[key!]!;
  const form = key === "nom" ? t.nameKk : kazakhCases(t.nameKk)[key!]!;
  return script === "lookalike" ? lookalike(form.toLowerCase()) : script === "latin" ? latin(form.toLowerCase()) : form;
}
const FORMS = new Map(dataset.towns.map((t) => [t.id, formsOf(t.id)]));
/** Swap pools: a monotown for a monotown, a former one for a former one. */
const POOLS = (["monotown", "former"] as const).map((status) => dataset.towns.filter((t) => t.status === status && !HOMONYM_TOWNS.has(t.id)).map((t) => t.id));
/** A region or district named beside the town would no longer fit it (a named project belongs to its town). */
const PLACE_CONTEXT = /облыс|област|(?<!\p{L})обл(?!\p{L})|obl|район|аудан|audan|(?<!\p{L})[ВСЗШБО][КҚ]О(?!\p{L})|[а-я]ская(?!\p{L})/iu;

/**
 * The message's one town, named once in a form the grammar builds, replaced by another
 * town of the same standing in the same case and script («Кентаудың санаты» → «Хромтаудың
 * санаты»): writers ask the same question of every town, so the reading must not hang on
 * which. None where the case cannot be told (an indeclinable name that has several cases'
 * forms in the other town) or where a region or district is named beside it.
 */
const townSwap: Change = (e) => {
  if (e.towns.length !== 1 || e.lang === null || e.intent === "project" || PLACE_CONTEXT.test(e.text)) return null;
  const source = e.towns[0]!;
  const status = dataset.towns.find((t) => t.id === source)!.status;
  const pool = POOLS[status === "monotown" ? 0 : status === "former" ? 1 : -1]?.filter((id) => id !== source);
  if (!pool?.length) return null;
  const forms = FORMS.get(source)!;
  const found = [...e.text.matchAll(/[\p{L}]+/gu)].flatMap((m) => {
    const fs = (forms.get(m[0].toLowerCase()) ?? []).filter((f) => f.lang === e.lang);
    return fs.length ? [{ at: m.index, word: m[0], fs }] : [];
  });
  if (found.length !== 1) return null;
  const { at, word, fs } = found[0]!;
  // Another word on the town's name (its residents, an old name) would still name it.
  const stems = [...forms.keys()].filter((f) => !f.includes("/")).map((f) => fold(f).slice(0, 4));
  if ([...e.text.matchAll(/[\p{L}]+/gu)].some((m) => m.index !== at && stems.some((st) => fold(m[0]).startsWith(st)))) return null;
  const target = pool[pick(`${e.set}/${e.id}/town-swap`, pool.length)]!;
  const typed = new Set(fs.map((f) => formFor(target, f)));
  if (typed.size !== 1) return null;
  let form = [...typed][0]!;
  // A case the other town's name does not tell apart from another («а Рудному?» → «а Кентау?», «а
  // Житикаре?», the dative or the locative, asks no longer about its money).
  const targetForms = FORMS.get(target)!.get(form.toLowerCase()) ?? [];
  const nominative = fs.some((f) => f.key.startsWith("nom"));
  if (!nominative && targetForms.some((t) => t.lang === fs[0]!.lang && !fs.some((f) => f.key === t.key))) return null;
  if (word === word.toUpperCase() && word.length > 1) form = form.toUpperCase();
  else if (word[0] === word[0]!.toUpperCase()) form = form[0]!.toUpperCase() + form.slice(1);
  else form = form.toLowerCase();
  return { text: e.text.slice(0, at) + form + e.text.slice(at + word.length), towns: [target] };
};

/**
 * «подпишите» → «подпшиите», «history» → «hisotry»: two neighbouring letters swapped inside
 * the message's longest word of seven letters or more typed in lower case (a town's name is
 * written with a capital, and `name-swap` changes it), never its first two or last two letters.
 */
const wordSwap: Change = (e) => {
  const words = [...e.text.matchAll(/(?<!\p{L})\p{Ll}{7,}(?!\p{L})/gu)];
  if (!words.length) return null;
  const m = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const w = m[0];
  const j = 2 + pick(`${e.set}/${e.id}/word-swap`, w.length - 5);
  const typed = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return typed === w ? null : e.text.slice(0, m.index) + typed + e.text.slice(m.index + w.length);
};

const hasCyrillic = (t: string) => /[а-яё]/i.test(t) || KK_LETTER.test(t);
/** Sentence punctuation; a hyphen or an apostrophe inside a word is part of it («ГРЭС-2», «Ridder'de»). */
const SENTENCE_MARK = /[«»"“”„.,!?;:()…]|\s[-—–]+(?=\s)/g;
const CLOSING = new Set(["greeting", "subscribe", "unsubscribe", "help"]);

const CHANGES: Array<[string, string, Change]> = [
  [
    "kk-letters-folded",
    "Kazakh letters typed as Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и)",
    (e) => (KK_LETTER.test(e.text) ? mapLetters(e.text, KK_TO_RU) : null),
  ],
  [
    "kk-latin-2021",
    "a Kazakh message written in the 2021 Latin alphabet",
    (e) => (e.lang === "kk" && hasCyrillic(e.text) ? mapLetters(e.text, KK_TO_LATIN_2021) : null),
  ],
  ["name-swap", "two neighbouring letters of the town's name swapped (a name of six letters or more)", nameTypo("swap")],
  ["name-drop", "one letter of the town's name left out", nameTypo("drop")],
  ["name-double", "one letter of the town's name doubled", nameTypo("double")],
  ["town-swap", "another town of the same standing in the same case and script", townSwap],
  ["word-swap", "two neighbouring letters swapped inside the longest lower-case word of seven letters or more", wordSwap],
  ["lower-case", "all in lower case", (e) => (e.text.toLowerCase() !== e.text ? e.text.toLowerCase() : null)],
  ["upper-case", "all in capitals", (e) => (e.text.toUpperCase() !== e.text ? e.text.toUpperCase() : null)],
  [
    "punct-removed",
    "sentence punctuation left out",
    (e) => {
      const t = e.text.replace(SENTENCE_MARK, " ").replace(/\s+/g, " ").trim();
      return t !== e.text.trim() && t ? t : null;
    },
  ],
  ["punct-added", "a «?» at the end (a «!» after a greeting, a request or help)", (e) => `${e.text.trimEnd()}${CLOSING.has(e.intent) ? "!" : "?"}`],
  [
    "polite-opener",
    "«Здравствуйте, » / «Сәлеметсіз бе, » before it",
    (e) => (e.lang === null || !hasCyrillic(e.text) ? null : `${e.lang === "ru" ? "Здравствуйте" : "Сәлеметсіз бе"}, ${e.text}`),
  ],
  [
    "polite-closer",
    "«, пожалуйста» / «, рахмет» after it",
    (e) => (e.lang === null || !hasCyrillic(e.text) ? null : `${e.text.trimEnd()}, ${e.lang === "ru" ? "пожалуйста" : "рахмет"}`),
  ],
];

const sets = FIXTURE_SETS.filter((s) => !s.startsWith("holdout"));
const examples = sets.flatMap((s) => loadExamples(s));
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const right = examples.filter((e) => {
  const r = u.understand(e.text);
  return r.intent === e.intent && same(r.towns, e.towns) && r.tier === e.tier;
});

const rows: string[] = [];
let totalN = 0,
  totalSame = 0;
for (const [kind, what, change] of CHANGES) {
  let n = 0,
    kept = 0,
    keptLang = 0;
  for (const e of right) {
    const changed = change(e);
    if (changed === null) continue;
    const { text, towns: want } = typeof changed === "string" ? { text: changed, towns: e.towns } : changed;
    if (text === e.text) continue;
    n++;
    const before = u.understand(e.text);
    const r = u.understand(text);
    if (r.intent === e.intent && same(r.towns, want) && r.tier === e.tier) {
      kept++;
      if (r.lang === before.lang) keptLang++;
    } else if (!quiet)
      console.log(
        `${kind}\t${e.set}/${e.id}\t${text}\n   want ${e.intent} ${want} ${e.tier}\n   got  ${r.intent} ${r.towns} ${r.tier}  unk=${r.unknownWords}\n   because ${r.because.join(" ")}`,
      );
  }
  totalN += n;
  totalSame += kept;
  const pct = (k: number) => (n ? `${((k / n) * 100).toFixed(1)}%` : "—");
  rows.push(`${kind.padEnd(18)} ${String(n).padStart(5)} ${String(kept).padStart(5)} ${pct(kept).padStart(7)} ${pct(keptLang).padStart(9)}   ${what}`);
}
console.log(`\n${right.length} of ${examples.length} dev messages read right (${sets.join(", ")}), each changed:`);
console.log("change               n  same    same  +language   what");
for (const r of rows) console.log(r);
console.log(`${"all".padEnd(18)} ${String(totalN).padStart(5)} ${String(totalSame).padStart(5)} ${`${((totalSame / totalN) * 100).toFixed(1)}%`.padStart(7)}`);
