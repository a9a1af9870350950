// Endings that may follow a name or a keyword stem, written in the skeleton alphabet
// (see normalize.ts), so one table covers Cyrillic and Latin, Kazakh letters and their
// Russian look-alikes. A word is a name plus endings only if everything after the name
// is a chain of these: "Балқашқа" = balkash + ka, "Серебрянскінің" = serebriansk + i + nin,
// "Абайла" (be careful) is not abai + anything.

const RUSSIAN = [
  // nouns and indeclinables' neighbours
  "a", "ia", "u", "iu", "e", "i", "o", "om", "em", "oi", "ei", "oiu", "eiu", "ov", "ev", "am", "iam", "ami", "iami", "ah", "iah",
  // adjectives (Рудный → Рудного, Рудном; экибастузский, темиртауские)
  "ogo", "ego", "omu", "emu", "im", "ih", "imi", "ie", "aia", "uiu", "oe", "ee",
  // -ский adjectives and -цы residents: экибастузский, темиртауцы
  "sk", "c", "ec",
];

const KAZAKH = [
  // case endings after vowels/consonants, voiced and voiceless, back and front (folded)
  "nin", "din", "tin", "in", "n",
  "ga", "ge", "ka", "ke", "na", "ne",
  "ni", "di", "ti",
  "da", "de", "ta", "te", "nda", "nde",
  "dan", "den", "tan", "ten", "nan", "nen",
  "men", "ben", "pen",
  "dagi", "degi", "tagi", "tegi", "ndagi", "ndegi", "gi", "ki",
  "lik", "dik", "tik",
  "sha", "she",
  "lar", "ler", "dar", "der", "tar", "ter",
  "si", "niki", "diki", "tiki", "shi",
  // plural/possessive/case in their buffer forms
  "ina", "ine", "inda", "inde", "inan", "inen",
];

const MORPHS = new Set([...RUSSIAN, ...KAZAKH]);
const MAX_MORPH = Math.max(...[...MORPHS].map((m) => m.length));
/** Longest ending chain accepted after a name. */
export const MAX_ENDING = 11;

/** Whether `rest` (skeleton alphabet) is empty or a chain of known endings. */
export function isEnding(rest: string): boolean {
  if (rest.length === 0) return true;
  if (rest.length > MAX_ENDING) return false;
  // reachable[i]: rest[0..i) splits into endings
  const reachable = new Uint8Array(rest.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < rest.length; i++) {
    if (!reachable[i]) continue;
    for (let len = 1; len <= MAX_MORPH && i + len <= rest.length; len++) {
      if (MORPHS.has(rest.slice(i, i + len))) reachable[i + len] = 1;
    }
  }
  return reachable[rest.length] === 1;
}

const RUSSIAN_SET = new Set(RUSSIAN);

/** Whether `rest` is one Russian case ending (or an -ский adjective's), for declined stems. */
export function isRussianEnding(rest: string): boolean {
  return RUSSIAN_SET.has(rest) || (rest.startsWith("sk") && (rest.length === 2 || RUSSIAN_SET.has(rest.slice(2))));
}

/**
 * Stems a Russian name declines from, besides the whole name: Житикара → Житикар(е),
 * Рудный → Рудн(ого), Сарань → Саран(и). Input is a normalised Cyrillic or Latin name.
 */
export function russianStems(name: string): string[] {
  const out: string[] = [];
  const m = /^(.{4,}?)(ый|ий|ой|ая|ия|а|я|ь|ы|й|yi|iy|ii|y|a|ya|ia)$/.exec(name);
  if (m) out.push(m[1]!);
  return out;
}
