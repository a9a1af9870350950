// What the ending typed on a name says: its language, and whether it makes the name a place.
import { isKazakhEnding, isResidentsEnding, isRussianEnding } from "./morphology.ts";
import { editDistance, type NameHit } from "./names.ts";
import { normalize, skeleton } from "./normalize.ts";
import { dataWordSkeletons } from "./word-lists.ts";

const lastSkeletons = new Map<string, string>();
/** The skeleton of a name's last word; names come from a fixed list, so the map stays small. */
function lastSkeleton(name: string): string {
  let s = lastSkeletons.get(name);
  if (s === undefined) lastSkeletons.set(name, (s = skeleton(normalize(name).split(" ").at(-1) ?? "")));
  return s;
}

/**
 * A patronymic after a name makes it a person's (Ермак Тимофеевич, Абай Құнанбайұлы,
 * «Алтай Айдарханұлының»), or the name itself made one («Абылайхан Абайұлы»).
 */
export const PATRONYMIC = /.(ovich|evich|ovna|evna|ichna|uli|kizi)(nin|na|ga|n|men|dan|nan)?$/;
/**
 * Given names people write right before a surname («Халифа Алтай»), as skeletons, from
 * data/given-names.txt: before a name that can be a surname, a person's.
 */
export const GIVEN_NAMES: ReadonlySet<string> = dataWordSkeletons("given-names.txt");

/**
 * Titles written right after a person's name («Құлсары батыр», «Құлсары бабамыз»), as
 * skeletons, from data/person-titles.txt: after a town's bare name, a person's.
 */
const PERSON_TITLES: readonly string[] = [...dataWordSkeletons("person-titles.txt")];

/** Nouns a place's name is given by («получил имя Темиртау»), as skeletons, from data/naming-nouns.txt. */
export const NAMING_NOUNS: ReadonlySet<string> = dataWordSkeletons("naming-nouns.txt");

/**
 * A title of data/person-titles.txt, bare or with its endings («батырдың», «бабамызды»);
 * not with the third person's possessive («батыры»: the town's hero, «Кентау батыры»).
 */
export function personTitle(tok: string): boolean {
  return PERSON_TITLES.some((t) => {
    if (tok === t) return true;
    const rest = tok.startsWith(t) ? tok.slice(t.length) : "";
    return rest !== "" && !/^s?i/.test(rest) && (isKazakhEnding(rest) || isRussianEnding(rest));
  });
}

/** A surname: «Көлгінов», «Темірбаева», «Туребаевтың» (a given name beside one is a person's). */
export const SURNAME = /^[a-z]{2,}(ov|ev|ova|eva|ovoi|evoi)(a|u|im|tin|ka|ga|ke|ge|ta|te|tan|ten|pen|ke)?$/;

/**
 * The word is a surname made from the name: «Абаев», «Ермаков», «Абаевтың» (the name's
 * own word with -ов, -ев after it), where the name itself is no surname (Сәтбаев, Курчатов are).
 */
export function surnameOfName(tok: string, h: NameHit): boolean {
  const name = lastSkeleton(h.name);
  if (h.bare || !SURNAME.test(tok) || SURNAME.test(name)) return false;
  // Right after the name (or its stem: Абай → Аба-ев), not after a resident's -ц (экибастуз-цев).
  return [name, name.slice(0, -1)].some((stem) => tok.startsWith(stem) && /^(ov|ev)/.test(tok.slice(stem.length)));
}

/** Whether the town's name is itself a surname (Сәтбаев, Курчатов). */
export function nameIsSurname(h: NameHit): boolean {
  return SURNAME.test(lastSkeleton(h.name));
}

/**
 * The word names the town's residents: «Темиртаусцы», «экибастузцев», «жанаозенцами»,
 * «рудничане» (the name, or its declension stem, and a residents' suffix with its case).
 */
export function residentsNoun(tok: string, h: NameHit): boolean {
  if (h.bare || h.typo) return false;
  const name = lastSkeleton(h.name);
  return [name, name.slice(0, -1)].some((stem) => tok.startsWith(stem) && isResidentsEnding(tok.slice(stem.length)));
}

/** +1 for a Kazakh suffix chain after a name, -1 for a Russian case ending, 0 when both could be. */
export function endingLanguage(tok: string, h: NameHit): number {
  if (h.bare || h.typo) return 0;
  const name = lastSkeleton(h.name);
  // The token may carry a declension stem (Житикар-е) rather than the whole name.
  const stem = tok.startsWith(name) ? name : name.slice(0, -1);
  if (!tok.startsWith(stem)) return 0;
  const rest = tok.slice(stem.length);
  if (!rest) return 0;
  const ru = isRussianEnding(rest);
  const kk = stem === name && isKazakhEnding(rest);
  return kk && !ru ? 1 : ru && !kk ? -1 : 0;
}

/**
 * What is typed after the name's last word (skeletons): the ending, or undefined where the
 * word does not begin with the name. A name read through a typo («Лискаовқа») begins with
 * the beginning nearest to the name (one typo, two in a name of nine letters or more, as
 * names.ts counts them), so a misspelt name keeps its case.
 */
function endingAfter(tok: string, h: NameHit): string | undefined {
  const name = lastSkeleton(h.name);
  if (!h.typo) return tok.startsWith(name) ? tok.slice(name.length) : undefined;
  let best: number | undefined;
  let least = name.length >= 9 ? 2 : 1;
  for (let k = Math.max(1, name.length - 2); k <= Math.min(tok.length, name.length + 2); k++) {
    const d = editDistance(tok.slice(0, k), name);
    if (d <= least) [best, least] = [k, d];
  }
  return best === undefined ? undefined : tok.slice(best);
}

/** «Риддерде көше жөндеуі»: a name in a Kazakh locative, dative or ablative is the town itself, not a street's name. */
export function placeCase(tok: string, h: NameHit): boolean {
  const rest = h.bare ? undefined : endingAfter(tok, h);
  return rest !== undefined && isKazakhEnding(rest) && /(da|de|ta|te|ga|ge|ka|ke|na|ne|dan|den|tan|ten|nan|nen)$/.test(rest);
}

/** A word as typed that ends in к or қ and a Kazakh dative after it: «-скқа», «-скке», «-skqa». */
const KAZAKH_DATIVE_AFTER_K = /[кқkq](қа|ке|ка|қә|qa|ke|ka)$/;

/**
 * «Балқашқа», «Лисаковскіге», «Балхашу», «Рудному»: a name in the dative, the one something
 * is given to. Not after «по» («по Балхашу» is "about Balkhash"); the Russian feminine
 * dative («Житикаре») is also the locative, so it does not count; «Лисаковскке» folds onto
 * «Лисаковске», so it counts only as typed (`spelled`, the word normalised).
 */
export function dativeCase(tok: string, h: NameHit, before: string | undefined, spelled?: string): boolean {
  if (h.bare || before === "po") return false;
  // «Степногорскқа», «Лисаковскке»: the skeleton folds the doubled k onto the Russian «-ска»,
  // «-ске»; as typed, the name's final к and a Kazakh dative are there.
  if (spelled !== undefined && KAZAKH_DATIVE_AFTER_K.test(spelled) && lastSkeleton(h.name).endsWith("k")) return true;
  const rest = endingAfter(tok, h);
  if (rest !== undefined) return /^(i?g[ae]|k[ae]|i?u)$/.test(rest);
  const name = lastSkeleton(h.name);
  const stem = name.slice(0, -1);
  return !h.typo && /^(i|y)$/.test(name.slice(-1)) && tok.startsWith(stem) && /^[oe]mu$/.test(tok.slice(stem.length));
}

/** «Арқалықтан», «Хромтаудан», «Лисаковтан»: a name in the Kazakh ablative, where something sets out from. */
export function ablativeCase(tok: string, h: NameHit): boolean {
  const rest = h.bare ? undefined : endingAfter(tok, h);
  return rest !== undefined && /^[iy]?(dan|den|tan|ten|nan|nen)$/.test(rest);
}

/**
 * «Кентауды», «Риддерді», «Балқашты»: a name in the Kazakh accusative, the object of the verb
 * after it («Кентауды қосшы»: add Kentau).
 */
export function accusativeCase(tok: string, h: NameHit): boolean {
  const rest = h.bare ? undefined : endingAfter(tok, h);
  return rest !== undefined && /^[ndt]i$/.test(rest);
}
