// The inflected forms of a Kazakh noun or verb that hunspell kk_KZ 1.1's affix rules do not make.
// Its rules put one suffix on a stem (a plural, a possessive or a case: «қала», «қалалар»,
// «қаласы», «қалада»), never two («қаласында», «қалаларының»), and verbs get only finite forms
// (no participles: «алатын», «алған», «алғандай»). Running text is mostly such chains, and a chain
// the vocabulary does not know is read as a name with a typo («арқылық» for Арқалық). Here the
// chains are made by the grammar: vowel harmony (the last vowel of the stem: back а, о, ұ, ы, я,
// front ә, е, ө, ү, і), the suffix's first consonant after the stem's last letter, and a final
// к, қ, п voiced before a vowel («байлық», «байлығы»).

const BACK = new Set("аоұыяёэ");
const FRONT = new Set("әеөүі");
const VOWELS = new Set("аәеёиоөуұүыіэюя");
/** Consonants after which a suffix opens with a voiceless letter (т, қ, к, п); loans' б, в, г, ғ, д count here. */
const VOICELESS = new Set("кқпстфхцчшщһбвгғд");
/** Sonorants and voiced consonants: ж, з, л, м, н, ң, р, й, у. */
const NASAL = new Set("мнң");
const VOICED: Record<string, string> = { к: "г", қ: "ғ", п: "б" };

/** Whether a word takes back-vowel suffixes: its last vowel, у, и, ю not counting. */
export function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    if (BACK.has(word[i]!)) return true;
    if (FRONT.has(word[i]!)) return false;
  }
  return true;
}

type Kind = "vowel" | "voiceless" | "nasal" | "voiced";
/** What a suffix's first letter depends on: the last letter (у, ю count as the consonant й). */
function kindOf(word: string): Kind {
  const last = word.at(-1)!;
  if (last === "у" || last === "ю" || last === "й") return "voiced";
  if (VOWELS.has(last)) return "vowel";
  if (VOICELESS.has(last)) return "voiceless";
  if (NASAL.has(last)) return "nasal";
  return "voiced";
}

/** `a`/`e`, `ы`/`і` by harmony. */
const h = (back: boolean, s: string) => (back ? s : s.replace(/а/g, "е").replace(/ы/g, "і").replace(/ұ/g, "ү").replace(/қ/g, "к").replace(/ғ/g, "г"));

/** A word and a suffix opening with a vowel: the final к, қ, п voiced («кітап», «кітабы»), й and а written я. */
function vowelJoin(word: string, suffix: string): string {
  const last = word.at(-1)!;
  // й and а are written я («азай», «азаяды»).
  if (last === "й" && suffix.startsWith("а")) return `${word.slice(0, -1)}я${suffix.slice(1)}`;
  return VOICED[last] && word.length >= 3 ? word.slice(0, -1) + VOICED[last] + suffix : word + suffix;
}

/** A stem and a suffix opening with й: a final ы, і and й are written и («оқы», «оқиды»). */
const yJoin = (stem: string, suffix: string) => (/[ыі]$/.test(stem) ? `${stem.slice(0, -1)}и${suffix.slice(1)}` : stem + suffix);

/** The plural: -лар after a vowel, й, р, у; -дар after ж, з, л, м, н, ң; -тар after the rest. */
function plural(w: string, back: boolean): string {
  const last = w.at(-1)!;
  const c = VOWELS.has(last) || "йру".includes(last) ? "л" : "жзлмнң".includes(last) ? "д" : "т";
  return w + h(back, `${c}ар`);
}

/** The possessives (1st singular, 2nd, 2nd polite, 3rd, 1st plural), each with how a case follows it. */
function possessives(w: string, back: boolean): Array<{ form: string; third: boolean }> {
  const v = VOWELS.has(w.at(-1)!) && w.at(-1) !== "у" && w.at(-1) !== "ю";
  const join = (s: string) => (v ? w + h(back, s) : vowelJoin(w, h(back, `ы${s}`)));
  return [
    { form: join("м"), third: false },
    { form: join("ң"), third: false },
    { form: join("ңыз"), third: false },
    { form: v ? w + h(back, "сы") : vowelJoin(w, h(back, "ы")), third: true },
    { form: join("мыз"), third: false },
  ];
}

/** The cases (genitive, accusative, dative, locative, ablative, instrumental) and the attributive -дағы. */
function cases(w: string, back: boolean, afterThird: boolean, afterFirstSecond: boolean): string[] {
  if (afterThird) return ["ның", "н", "на", "нда", "нан", "мен", "ндағы"].map((s) => w + (s === "мен" ? s : h(back, s)));
  const k = kindOf(w);
  const last = w.at(-1)!;
  const gen = k === "vowel" || k === "nasal" ? "ның" : k === "voiceless" ? "тың" : "дың";
  const acc = k === "vowel" ? "ны" : k === "voiceless" ? "ты" : "ды";
  const dat = afterFirstSecond ? "а" : k === "voiceless" ? "қа" : "ға";
  const loc = k === "voiceless" ? "та" : "да";
  const abl = k === "nasal" ? "нан" : k === "voiceless" ? "тан" : "дан";
  const ins = k === "voiceless" ? "пен" : k === "nasal" || last === "ж" || last === "з" ? "бен" : "мен";
  return [gen, acc, dat, loc, abl, ins, `${loc}ғы`].map((s) => (s === ins ? w + s : w + h(back, s)));
}

/**
 * Every chain of a noun or an adjective used as one: [plural] [possessive] [case], and the
 * stem with -дай (like), -ша (in the manner of), each chain that is more than one suffix
 * (kk_KZ makes the single ones).
 */
export function nominalForms(stem: string): string[] {
  const back = isBack(stem);
  const out: string[] = [];
  const withCases = (w: string, third: boolean, firstSecond: boolean) => {
    out.push(w);
    out.push(...cases(w, back, third, firstSecond));
  };
  const pl = plural(stem, back);
  out.push(...cases(stem, back, false, false));
  withCases(pl, false, false);
  for (const base of [stem, pl]) for (const p of possessives(base, back)) withCases(p.form, p.third, !p.third && /[мң]$/.test(p.form));
  const k = kindOf(stem);
  out.push(stem + h(back, k === "voiceless" ? "тай" : "дай"), stem + h(back, k === "voiceless" ? "ша" : "ша"));
  return out;
}

/** The voiceless letter a verb's stem ends in where its infinitive has б, г, ғ («табу», «тапты»). */
const DEVOICED: Record<string, string> = { б: "п", г: "к", ғ: "қ" };

/**
 * A verb's stem from its infinitive: «алу» → «ал», «ойнау» → «ойна», «азаю» → «азай», «шағу» →
 * «шақ»; a к, қ, п before у keeps a ы, і after it («оқу» → «оқы»: «оқиды», «оқыған»), since a
 * stem that ends in one is written -бу, -гу, -ғу.
 */
export function verbStem(infinitive: string): string {
  if (infinitive.endsWith("ю")) return `${infinitive.slice(0, -1)}й`;
  const stem = infinitive.slice(0, -1);
  if (/[кқп]$/.test(stem)) return stem + (isBack(stem) ? "ы" : "і");
  const last = DEVOICED[stem.at(-1)!];
  return last && stem.length >= 3 ? stem.slice(0, -1) + last : stem;
}

/**
 * The forms of a verb kk_KZ does not make: the participles -ған, -атын with the noun's chains,
 * the present and past with person, the conditional, the verbal noun -у and the agent -ушы with
 * the noun's chains; each also after the negative -ма.
 */
export function verbalForms(infinitive: string): string[] {
  const stem = verbStem(infinitive);
  if (stem.length < 2) return [];
  const back = isBack(stem);
  const out: string[] = [];
  const k = kindOf(stem);
  const neg = stem + h(back, k === "voiceless" ? "па" : k === "nasal" || /[жз]$/.test(stem) ? "ба" : "ма");
  for (const s of [stem, neg]) {
    const sk = s === stem ? k : "vowel";
    const vowelFinal = sk === "vowel";
    // Past participle -ған/-қан, and its chains («алғандай», «барғандардың», «жасағандарынан»).
    const gan = s + h(back, sk === "voiceless" ? "қан" : "ған");
    out.push(gan, ...nominalForms(gan));
    out.push(gan + h(back, "дық"), ...nominalForms(gan + h(back, "дық")));
    // Present participle -атын/-йтын.
    const atyn = vowelFinal ? yJoin(s, h(back, "йтын")) : vowelJoin(s, h(back, "атын"));
    out.push(
      atyn,
      ...cases(atyn, back, false, false),
      ...possessives(atyn, back).flatMap((p) => [p.form, ...cases(p.form, back, p.third, /[мң]$/.test(p.form))]),
    );
    // Present tense: -а/-й and person; -ады 3rd person.
    const pres = vowelFinal ? yJoin(s, "й") : vowelJoin(s, h(back, "а"));
    out.push(pres, ...["мын", "сың", "сыз", "мыз", "ды", "сыңдар", "сыздар"].map((p) => pres + h(back, p)));
    // Past tense -ды/-ты and person.
    const past = s + h(back, sk === "voiceless" ? "ты" : "ды");
    out.push(past, ...["м", "ң", "ңыз", "қ", "ңдар", "ңыздар"].map((p) => past + h(back, p)));
    // Conditional -са and person.
    const cond = s + h(back, "са");
    out.push(cond, ...["м", "ң", "ңыз", "қ", "ңдар"].map((p) => cond + h(back, p)));
    // Future -ар/-р, intention -мақ, -ғалы, -ғанша.
    out.push(vowelFinal ? `${s}р` : vowelJoin(s, h(back, "ар")), s + h(back, sk === "voiceless" ? "пақ" : sk === "nasal" || /[жз]$/.test(s) ? "бақ" : "мақ"));
    out.push(s + h(back, sk === "voiceless" ? "қалы" : "ғалы"));
    // Imperative -сын, polite -ыңыз.
    out.push(s + h(back, "сын"), vowelFinal ? s + h(back, "ңыз") : vowelJoin(s, h(back, "ыңыз")));
  }
  // The negative stem itself, its converb -май and future -мас.
  out.push(neg, `${neg}й`, `${neg}с`);
  // Verbal noun -у and the agent -ушы, with the noun's chains («алуға», «алуының», «алушылардың»).
  const u = infinitive;
  out.push(...nominalForms(u), `${u}${h(back, "шы")}`, ...nominalForms(`${u}${h(back, "шы")}`));
  return out;
}
