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
}

/** The separators normalize() turns into spaces, and the spaces, kept by split(). */
const SEPARATORS = new RegExp(`((?:${PUNCTUATION.source}|\\s)+)`);
/** Apostrophes alone are no word: normalize() drops them. */
const WORDLESS = /^['’ʼ`´]*$/;
const OPENING = new Set(["«", "“", "„"]);
const CLOSING = new Set(["»", "”"]);
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

/** Written in capitals: two letters or more, none that upper-casing changes and one that lower-casing does. */
function inCapitals(piece: string): boolean {
  if (piece.length < 2) return false;
  let lowers = false;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code >= CASED) return piece === piece.toUpperCase() && piece !== piece.toLowerCase();
    if (CASE[code]! & UPPERS) return false;
    if (CASE[code]! & LOWERS) lowers = true;
  }
  return lowers;
}

/** Begins with a capital: lower-casing changes its first unit. */
function capitalised(piece: string): boolean {
  const code = piece.charCodeAt(0);
  return code < CASED ? (CASE[code]! & LOWERS) !== 0 : piece[0] !== piece[0]!.toLowerCase();
}

/**
 * The marks of each word of `text`, or null when they do not line up with normalize()'s
 * `count` words (then nothing is read from them).
 */
export function surfaceOf(text: string, count: number): Surface | null {
  const pieces = text.split(SEPARATORS);
  const s: Surface = { quote: [], caps: [], capital: [], hyphen: [], opens: [], comma: [], closes: [], stops: [] };
  /** The quotes open at this point, innermost last: a word belongs to the innermost. */
  const open: number[] = [];
  let quotes = 0;
  let before = "";
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (k % 2 === 1) {
      // «"» closes right after a word (no space between) when a quote is open, else opens.
      const afterWord = pieces[k - 1] !== "";
      for (let i = 0; i < piece.length; i++) {
        const ch = piece[i]!;
        const closing = CLOSING.has(ch) || (ch === '"' && open.length > 0 && afterWord && !/\s/.test(piece.slice(0, i)));
        if (closing) open.pop();
        else if (OPENING.has(ch) || ch === '"') open.push(quotes++);
      }
      if (s.quote.length) s.closes[s.quote.length - 1] = /[).:;]/.test(piece);
      before = piece;
      continue;
    }
    if (WORDLESS.test(piece)) continue;
    s.quote.push(open.at(-1) ?? -1);
    s.caps.push(inCapitals(piece));
    s.capital.push(capitalised(piece));
    // «Ақсу- Бас» too: a space typed after the hyphen, none before it.
    s.hyphen.push(s.quote.length > 1 && (before === "-" || before === "- "));
    s.opens.push(/[(:]/.test(before));
    s.comma.push(before.includes(","));
    s.closes.push(false);
    s.stops.push(/[.!?…]/.test(before));
    before = "";
  }
  return s.quote.length === count ? s : null;
}

/** The marks of words some of which were split in two («Теміртаудыңтобы»): each part keeps its word's. */
export function spread(s: Surface, parts: number[]): Surface {
  const out: Surface = { quote: [], caps: [], capital: [], hyphen: [], opens: [], comma: [], closes: [], stops: [] };
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
  };
}
