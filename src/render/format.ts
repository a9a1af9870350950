// Numbers, money, dates and qualifiers written the way people read them in Russian and
// Kazakh: decimal comma, a narrow no-break (thin) space between thousands, ₸ in
// Russian and «теңге» in Kazakh.
import type { Lang, Qualifier } from "../domain/types.ts";

/** U+202F NARROW NO-BREAK SPACE: the typographic thin space that does not break lines. */
export const THIN = "\u202f";

export function formatNumber(n: number, maxFraction = 2): string {
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(maxFraction).replace(/\.?0+$/, "");
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
