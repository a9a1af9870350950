// Numbers, money, dates and qualifiers written the way people read them in Russian and
// Kazakh: decimal comma, a narrow no-break (thin) space between thousands, ₸ in
// Russian and «теңге» in Kazakh.
import type { Lang, Qualifier } from "../domain/types.ts";

/** U+202F NARROW NO-BREAK SPACE: the typographic thin space that does not break lines. */
export const THIN = "\u202f";

export function formatNumber(n: number, maxFraction = 2): string {
  const neg = n < 0;
  const fixed = Math.abs(n)
    .toFixed(maxFraction)
    .replace(/\.?0+$/, "");
  const [int, frac] = fixed.split(".") as [string, string | undefined];
  // Four-digit numbers stay unbroken (Russian and Kazakh typography); larger ones are grouped.
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, THIN) : int;
  return (neg ? "−" : "") + grouped + (frac ? "," + frac : "");
}

const SCALE = {
  ru: { mn: "млн", bn: "млрд", currency: "₸" },
  kk: { mn: "млн", bn: "млрд", currency: "теңге" },
} as const;

/**
 * An amount given in billions of tenge, the one way every reply writes money: from 1 bn up
 * in млрд with at most one decimal (242,8 млрд ₸, 1 700 млрд ₸), below it in млн (802,4 млн ₸),
 * so figures side by side compare at a glance whatever scale their sources used.
 */
export function formatKztBn(bn: number, lang: Lang): string {
  const s = SCALE[lang];
  const text = Math.abs(bn) >= 0.99995 ? `${formatNumber(bn, 1)} ${s.bn}` : `${formatNumber(bn * 1000, 1)} ${s.mn}`;
  return `${text} ${s.currency}`;
}

const KK_VOWELS = "аәеиоөұүыіэюяу";
const KK_FRONT = "әеөүіэи";
/** Kazakh case endings follow the last vowel (front/back) and the last sound. */
export function kazakhSuffix(word: string, kase: "abl" | "dat"): string {
  const lower = word.toLowerCase().replace(/[^a-zа-яёәғқңөұүһі0-9]+$/u, "");
  const last = lower.at(-1) ?? "а";
  const vowels = [...lower].filter((c) => KK_VOWELS.includes(c));
  const front = vowels.length ? KK_FRONT.includes(vowels.at(-1)!) : false;
  if (kase === "dat") {
    const voiceless = "пфктсшщхчцқ".includes(last);
    return voiceless ? (front ? "ке" : "қа") : front ? "ге" : "ға";
  }
  if (KK_VOWELS.includes(last) || "йлрўжз".includes(last)) return front ? "ден" : "дан";
  if ("мнң".includes(last)) return front ? "нен" : "нан";
  return front ? "тен" : "тан";
}

/** The Kazakh word a number is read ending with: 7 жеті, 30 отыз, 45 (қырық) бес, 100 жүз. */
function kazakhLastNumeral(n: number): string {
  const ONES = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
  const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
  n = Math.abs(Math.trunc(n));
  if (n % 10) return ONES[n % 10]!;
  if (n % 100) return TENS[(n % 100) / 10]!;
  if (n % 1000) return "жүз";
  return n ? "мың" : "нөл";
}

const frontWord = (word: string) => {
  const vowels = [...word].filter((c) => KK_VOWELS.includes(c));
  return vowels.length ? KK_FRONT.includes(vowels.at(-1)!) : false;
};

/**
 * «2-еуі», «8-і», «20-сы»: how many of a whole, in Kazakh («7 жобаның 2-еуі орындалды»).
 * Two to seven take the collective form (екеуі … жетеуі); other numbers the possessive
 * of the word they are read ending with (бірі, сегізі, оны, жиырмасы).
 */
export function kazakhPartitive(n: number): string {
  const COLLECTIVE: Record<number, string> = { 2: "еуі", 3: "еуі", 4: "еуі", 5: "еуі", 6: "ауы", 7: "еуі" };
  if (COLLECTIVE[n]) return `${n}-${COLLECTIVE[n]}`;
  const word = kazakhLastNumeral(n);
  const front = frontWord(word);
  const ending = KK_VOWELS.includes(word.at(-1)!) ? (front ? "сі" : "сы") : front ? "і" : "ы";
  // «қырық» drops its last vowel before the ending (қырқы); the written digit form is the same.
  return `${n}-${ending}`;
}

/** «07:30-да», «09:00-да», «13:00-те»: a clock time with the Kazakh locative, as it is read aloud. */
export function kazakhTimeLocative(hour: number, minute: number): string {
  const word = kazakhLastNumeral(minute || hour);
  const last = word.at(-1)!;
  const front = frontWord(word);
  const voiceless = "пфктсшщхчцқ".includes(last);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${pad(hour)}:${pad(minute)}-${voiceless ? (front ? "те" : "та") : front ? "де" : "да"}`;
}

/** A value with its qualifier: «около 170,2 млрд ₸», «шамамен 170,2 млрд теңге», «3 млрд теңгеден астам». */
export function qualify(text: string, q: Qualifier | null | undefined, lang: Lang): string {
  switch (q) {
    case "approx":
      return lang === "ru" ? `около ${text}` : `шамамен ${text}`;
    case "more_than":
      return lang === "ru" ? `более ${text}` : `${text}${kazakhSuffix(text, "abl")} астам`;
    case "up_to":
      return lang === "ru" ? `до ${text}` : `${text}${kazakhSuffix(text, "dat")} дейін`;
    default:
      return text;
  }
}

const ROMAN = ["I", "II", "III", "IV"];
/** Dates as stored (YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD) in the local written form. */
export function formatDate(d: string | null | undefined, lang: Lang): string {
  if (!d) return "";
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${m[3]}.${m[2]}.${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${m[2]}.${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(d);
  if (m) return lang === "ru" ? `${ROMAN[Number(m[2]) - 1]} кв. ${m[1]}` : `${m[1]} ж. ${ROMAN[Number(m[2]) - 1]} тоқсан`;
  return d;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, "&quot;");
}
