// Endings that may follow a name or a keyword stem, written in the skeleton alphabet
// (see normalize.ts), so one table covers Cyrillic and Latin, Kazakh letters and their
// Russian look-alikes. A word is a name plus endings only if everything after the name
// is a chain of these: "Балқашқа" = balkash + ka, "Серебрянскінің" = serebriansk + i + nin,
// "Абайла" (be careful) is not abai + anything.

// biome-ignore format: a table of words reads best packed, many to a line
const RUSSIAN = [
  // nouns and indeclinables' neighbours
  "a", "ia", "u", "iu", "e", "i", "o", "om", "em", "oi", "ei", "oiu", "eiu", "ov", "ev", "am", "iam", "ami", "iami", "ah", "iah",
  // adjectives (Рудный → Рудного, Рудном; экибастузский, темиртауские)
  "ogo", "ego", "omu", "emu", "im", "ih", "imi", "ie", "aia", "uiu", "oe", "ee",
  // -ский adjectives and -цы residents: экибастузский, темиртауцы, жанаозенцами
  "c", "ec", "ci", "cev", "cam", "cami", "cah",
];

// Kazakh endings come in a fixed order: plural, possessive, case, then -ғы/-дағы or -лық.
// Checking the order keeps «Темиртай» from reading as «Темир» + «та» + «й».
// biome-ignore format: a table of words reads best packed, many to a line
const KAZAKH = new RegExp(
  "^(lar|ler|dar|der|tar|ter)?" +
  // «Ақсуымыз» (our Aksu), «Теміртауыңыз» (your Temirtau): the possessives of the persons too.
  "(i|si|in|sin|imiz|iniz|miz|niz)?" +
  // The long instrumental «Ақсуменен», «Балқашпенен», «Сәтбаевпенен» beside the short one.
  // A bare «-н» is the accusative only after a possessive («қаласын»): «алған» (took) is not Алға + н.
  "(nin|din|tin|in|ga|ge|ka|ke|na|ne|a|e|ni|di|ti|da|de|ta|te|nda|nde|dan|den|tan|ten|nan|nen|menen|benen|penen|men|ben|pen|sha|she|ina|ine|inda|inde|inan|inen|(?<=(?:i|si|in|sin|imiz|iniz|miz|niz))n)?" +
  // «Балқаштағыдан», «Теміртаудікінен» (than the one in / of Temirtau), «Құлсарыдағылардың»
  // (of those in Kulsary): a plural and a case may follow.
  "(?:(gi|ki|dagi|degi|tagi|tegi|ndagi|ndegi|niki|diki|tiki)(lar|ler|dar|der|tar|ter)?(nin|din|tin|n|ga|ge|na|ne|ni|di|ti|da|de|nda|nde|dan|den|nan|nen|men)?)?" +
  // «Теміртаулықтарға» (to the people of Temirtau): a case after the demonym's plural.
  "(lik|dik|tik)?(lar|ler|dar|der|tar|ter)?(nin|din|tin|ga|ge|ka|ke|na|ne|ni|di|ti|da|de|dan|den|tan|ten|nan|nen|menen|penen|benen|men|pen|ben)?(shi|si)?" +
  // «Теміртаулықпын» (I am from Temirtau), «екібастұздықтармыз» (we are from Ekibastuz).
  "(pin|min|bin|piz|miz|biz)?$",
);

const RUSSIAN_SET = new Set(RUSSIAN);
/** Longest ending accepted after a name. */
const MAX_ENDING = 11;

/** Whether `rest` (skeleton alphabet) is empty, one Russian ending or an ordered Kazakh chain. */
export function isEnding(rest: string): boolean {
  if (rest.length === 0) return true;
  if (rest.length > MAX_ENDING) return false;
  return isRussianEnding(rest) || KAZAKH.test(rest);
}

/** Whether `rest` is a non-empty ordered Kazakh suffix chain. */
export function isKazakhEnding(rest: string): boolean {
  return rest.length > 0 && rest.length <= MAX_ENDING && KAZAKH.test(rest);
}

/** Whether `rest` is one Russian case ending (or a -ский adjective's, a -чане resident's), for declined stems. */
export function isRussianEnding(rest: string): boolean {
  const derived = DERIVED.exec(rest);
  return RUSSIAN_SET.has(rest) || (derived !== null && (derived[0].length === rest.length || RUSSIAN_SET.has(rest.slice(derived[0].length))));
}

// Adjectives and residents built on a name's stem: экибастуз-ский, житикар-инский,
// рудн-енский, рудн-ичане, рудн-енцы, житикар-инец, аксу-йцы, темиртау-сцы, кентау-сец.
// Only a Russian case ending may follow.
const DERIVED = /^(?:(?:in|en)?sk|ichan|(?:in|en|i|s)c|(?:in|en|s)ec)/;
/** The residents' noun's suffix alone (not the -ский adjective's): -цы, -ец, -сцы, -инцы, -ичане. */
const RESIDENTS = /^(?:ichan|(?:in|en|i|s)?e?c)/;

/** Whether `rest` makes a residents' noun of the name: «-цы», «-сцами», «-инцев», «-ичане» with a Russian case ending. */
export function isResidentsEnding(rest: string): boolean {
  const m = RESIDENTS.exec(rest);
  return m !== null && rest.length >= 2 && (m[0].length === rest.length || RUSSIAN_SET.has(rest.slice(m[0].length)));
}

/**
 * Stems a Russian name declines from, besides the whole name: Житикара → Житикар(е),
 * Рудный → Рудн(ого), Сарань → Саран(и). Input is a normalised Cyrillic or Latin name.
 */
export function russianStems(name: string): string[] {
  const out: string[] = [];
  const m = /^(.{3,}?)(ый|ий|ой|ая|ия|а|я|ь|ы|й|yi|iy|ii|y|a|ya|ia)$/.exec(name);
  if (m) out.push(m[1]!);
  return out;
}
