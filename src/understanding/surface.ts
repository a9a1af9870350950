// What the punctuation and capitals around each word say, read before normalize() drops
// them: the proper name of a thing is written in quotes («Ақсу жолы», «АрселорМиттал
// Темиртау»), joined by a hyphen («Жылусервис-Ақсу», «Риддер-Сокол»), next to an
// organisational form in capitals (ЖШС, АҚ, ТОО, АО); a list of them follows a colon or a
// bracket («кен орындары: Риддер-Сокол, Тишин…»). Aligned with normalize()'s words.
import { PUNCTUATION } from "./normalize.ts";

export interface Surface {
  /** The quoted span each word is in (an index), or -1 outside quotes. */
  quote: number[];
  /** The word is written in capitals (two letters or more): an abbreviation. */
  caps: boolean[];
  /** The word begins with a capital letter: a proper name, or the first word of a sentence. */
  capital: boolean[];
  /** The word is joined to the one before it by a hyphen with no space before it («Риддер-Сокол»). */
  hyphen: boolean[];
  /** A bracket or a colon comes right before the word: a list or an aside opens. */
  opens: boolean[];
  /** A comma comes right before the word: the next member of a list. */
  comma: boolean[];
  /** A bracket closes, or a full stop, colon or semicolon ends a clause, right after the word. */
  closes: boolean[];
  /** A full stop, «!», «?» or «…» comes right before the word: it begins a sentence. */
  stops: boolean[];
  /** A dash set apart by a space comes right before the word («Рудный – один из…»): a predicate or a clause begins. */
  dash: boolean[];
}

/**
 * What each UTF-16 unit is to surfaceOf(): part of a word, or a separator normalize() turns
 * into a space (punctuation, or a space itself: SPACE). A table, so that the text is read in
 * one pass, not split by a regular expression into new strings.
 */
const IN_WORD = 0;
const MARK = 1;
const SPACE = 2;
const SEPARATOR_KIND = new Uint8Array(0x10000);
{
  const mark = new RegExp(`^(?:${PUNCTUATION.source})$`);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    SEPARATOR_KIND[c] = /\s/.test(ch) ? SPACE : mark.test(ch) ? MARK : IN_WORD;
  }
}
/** Apostrophes alone are no word: normalize() drops them. */
const APOSTROPHES = new Set([..."'’ʼ`´"].map((ch) => ch.charCodeAt(0)));
const OPENING = new Set(["«", "“", "„"]);
const CLOSING = new Set(["»", "”"]);
const QUOTE = '"';
/**
 * What case mapping does to each UTF-16 unit below CASED alone: LOWERS when lower-casing
 * changes it, UPPERS when upper-casing does. A word's capitals are read from this table, not
 * from a lower- and an upper-cased copy of the word (two new strings a word); a word with a
 * unit past it (a surrogate pair's case is the pair's) is cased whole.
 */
const LOWERS = 1;
const UPPERS = 2;
/** Latin, Greek, Cyrillic and the punctuation blocks: the table's size. */
const CASED = 0x3000;
const CASE = new Uint8Array(CASED);
for (let c = 0; c < CASED; c++) {
  const ch = String.fromCharCode(c);
  CASE[c] = (ch.toLowerCase() !== ch ? LOWERS : 0) | (ch.toUpperCase() !== ch ? UPPERS : 0);
}

/** Written in capitals: two letters or more, none that upper-casing changes and one that lower-casing does (`text` from `from` to `to`). */
function inCapitals(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  let lowers = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= CASED) {
      const piece = text.slice(from, to);
      return piece === piece.toUpperCase() && piece !== piece.toLowerCase();
    }
    if (CASE[code]! & UPPERS) return false;
    if (CASE[code]! & LOWERS) lowers = true;
  }
  return lowers;
}

/** Begins with a capital: lower-casing changes its first unit (the word at `from`). */
function capitalised(text: string, from: number): boolean {
  const code = text.charCodeAt(from);
  return code < CASED ? (CASE[code]! & LOWERS) !== 0 : text[from] !== text[from]!.toLowerCase();
}

/** Whether `text` from `from` to `to` is apostrophes alone (or nothing): no word. */
function wordless(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!APOSTROPHES.has(text.charCodeAt(i))) return false;
  return true;
}

/** What a run of separators says to the words around it. */
interface Run {
  /** A bracket or a colon: a list or an aside opens after it. */
  opens: boolean;
  comma: boolean;
  /** A bracket closes, or a full stop, colon or semicolon ends a clause, before it. */
  closes: boolean;
  /** A full stop, «!», «?» or «…»: a sentence begins after it. */
  stops: boolean;
  /** The run is a hyphen, or a hyphen and a space. */
  hyphen: boolean;
  /** The run holds a dash («–», «—», «-») and a space, and is no hyphen. */
  dash: boolean;
}

/** Before a text's first word: no separators. */
const NO_RUN: Readonly<Run> = { opens: false, comma: false, closes: false, stops: false, hyphen: false, dash: false };

/**
 * The marks of each word of `text`, or null when they do not line up with normalize()'s
 * `count` words (then nothing is read from them). Words and the runs of separators between
 * them alternate, as `split` with the separators kept would give them (a word may be empty:
 * at either end, or between two runs of apostrophes).
 */
export function surfaceOf(text: string, count: number): Surface | null {
  const s: Surface = { quote: [], caps: [], capital: [], hyphen: [], opens: [], comma: [], closes: [], stops: [], dash: [] };
  /** The quotes open at this point, innermost last: a word belongs to the innermost. */
  const open: number[] = [];
  let quotes = 0;
  /** The run of separators before the word read next (none before the first). */
  let before = NO_RUN;
  let i = 0;
  while (i <= text.length) {
    // A word: up to the next separator or the end.
    const from = i;
    while (i < text.length && SEPARATOR_KIND[text.charCodeAt(i)] === IN_WORD) i++;
    if (!wordless(text, from, i)) {
      s.quote.push(open.at(-1) ?? -1);
      s.caps.push(inCapitals(text, from, i));
      s.capital.push(capitalised(text, from));
      // «Ақсу- Бас» too: a space typed after the hyphen, none before it.
      s.hyphen.push(s.quote.length > 1 && before.hyphen);
      s.opens.push(before.opens);
      s.comma.push(before.comma);
      s.closes.push(false);
      s.stops.push(before.stops);
      s.dash.push(before.dash);
    }
    if (i === text.length) break;
    // The run of separators after it. «"» closes right after a word (no space between) when
    // a quote is open, else opens.
    const afterWord = i > from;
    const run: Run = { opens: false, comma: false, closes: false, stops: false, hyphen: false, dash: false };
    let dashed = false;
    const start = i;
    let spaced = false;
    for (; i < text.length && SEPARATOR_KIND[text.charCodeAt(i)] !== IN_WORD; i++) {
      const ch = text[i]!;
      const closing = CLOSING.has(ch) || (ch === QUOTE && open.length > 0 && afterWord && !spaced);
      if (closing) open.pop();
      else if (OPENING.has(ch) || ch === QUOTE) open.push(quotes++);
      if (SEPARATOR_KIND[text.charCodeAt(i)] === SPACE) spaced = true;
      run.opens ||= ch === "(" || ch === ":";
      run.comma ||= ch === ",";
      run.closes ||= ch === ")" || ch === "." || ch === ":" || ch === ";";
      run.stops ||= ch === "." || ch === "!" || ch === "?" || ch === "…";
      dashed ||= ch === "–" || ch === "—" || ch === "-";
    }
    run.hyphen = text[start] === "-" && (i - start === 1 || (i - start === 2 && text[start + 1] === " "));
    run.dash = dashed && spaced && !run.hyphen;
    if (s.quote.length) s.closes[s.quote.length - 1] = run.closes;
    before = run;
    // A text that ends in separators ends in an empty word.
    if (i === text.length) break;
  }
  return s.quote.length === count ? s : null;
}

/** The marks of words some of which were split in two («Теміртаудыңтобы»): each part keeps its word's. */
export function spread(s: Surface, parts: number[]): Surface {
  const out: Surface = { quote: [], caps: [], capital: [], hyphen: [], opens: [], comma: [], closes: [], stops: [], dash: [] };
  parts.forEach((n, i) => {
    for (let j = 0; j < n; j++) {
      out.quote.push(s.quote[i]!);
      out.caps.push(s.caps[i]!);
      out.capital.push(j === 0 && s.capital[i]!);
      out.hyphen.push(j === 0 && s.hyphen[i]!);
      out.opens.push(j === 0 && s.opens[i]!);
      out.comma.push(j === 0 && s.comma[i]!);
      out.closes.push(j === n - 1 && s.closes[i]!);
      out.stops.push(j === 0 && s.stops[i]!);
      out.dash.push(j === 0 && s.dash[i]!);
    }
  });
  return out;
}

/** The marks of the first `n` words. */
export function cutSurface(s: Surface, n: number): Surface {
  return {
    quote: s.quote.slice(0, n),
    caps: s.caps.slice(0, n),
    capital: s.capital.slice(0, n),
    hyphen: s.hyphen.slice(0, n),
    opens: s.opens.slice(0, n),
    comma: s.comma.slice(0, n),
    closes: s.closes.slice(0, n),
    stops: s.stops.slice(0, n),
    dash: s.dash.slice(0, n),
  };
}
