// Words typed with the keyboard left on the Latin layout: «Ntvbhnfe» is «Темиртау» keyed on the
// Russian layout's places. understand.ts reads a message again with such words turned back and
// keeps that reading only when the words were unknown and the turned ones read better.

/** The Latin layout's key → the Russian (ЙЦУКЕН) layout's letter on the same key. */
const KEYS: Record<string, string> = {
  q: "й",
  w: "ц",
  e: "у",
  r: "к",
  t: "е",
  y: "н",
  u: "г",
  i: "ш",
  o: "щ",
  p: "з",
  "[": "х",
  "]": "ъ",
  a: "ф",
  s: "ы",
  d: "в",
  f: "а",
  g: "п",
  h: "р",
  j: "о",
  k: "л",
  l: "д",
  ";": "ж",
  "'": "э",
  z: "я",
  x: "ч",
  c: "с",
  v: "м",
  b: "и",
  n: "т",
  m: "ь",
  ",": "б",
  ".": "ю",
  "`": "ё",
  // The same keys with Shift: capital letters.
  "{": "Х",
  "}": "Ъ",
  '"': "Э",
  "<": "Б",
  ">": "Ю",
  "~": "Ё",
};

/** A word keyed on the Latin layout: Latin letters and the punctuation keys that are Russian letters. */
const LATIN_KEYED = /^[a-z[\]{};'",.<>`~]*[a-z][a-z[\]{};'",.<>`~]*$/i;
/** A Latin letter: a Latin-keyed word has at least one. */
const LATIN_LETTER = /[a-z]/i;
/** Punctuation that ends a word as punctuation, not as a letter («Ntvbhnfe,», «Ghbdtn!»). */
const TRAILING = /[,.!?:)]+$/;

/** A Latin-keyed word turned into the Russian letters on the same keys, its case kept. */
export function fromLatinLayout(word: string): string {
  let out = "";
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const ru = KEYS[lower] ?? ch;
    out += ch !== lower ? ru.toUpperCase() : ru;
  }
  return out;
}

/** A run of characters between spaces: a word and the punctuation typed after it. */
const TOKEN = /\S+/g;

/** The word of a token (its trailing punctuation left off) when it is Latin-keyed, else "". */
function keyedWord(token: string): string {
  const tail = TRAILING.exec(token)?.[0] ?? "";
  const word = token.slice(0, token.length - tail.length);
  return word && LATIN_KEYED.test(word) ? word : "";
}

/**
 * The words of a text that could be keyed on the wrong layout (wrongLayout's `words`), without
 * turning them: a caller that reads the turned text only when these words are unknown asks
 * this first, and most texts stop here.
 */
export function latinKeyedWords(text: string): string[] {
  // Every message passes here: one with no Latin letter (most) is not split into words at all.
  if (!LATIN_LETTER.test(text)) return [];
  const words: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const word = keyedWord(token);
    if (word) words.push(word);
  }
  return words;
}

/**
 * The words of a text that could be keyed on the wrong layout, and the text with them turned:
 * null when no word is Latin-keyed.
 */
export function wrongLayout(text: string): { words: string[]; text: string } | null {
  if (!LATIN_LETTER.test(text)) return null;
  const words: string[] = [];
  const turned = text.replace(TOKEN, (token) => {
    const word = keyedWord(token);
    if (!word) return token;
    words.push(word);
    return fromLatinLayout(word) + token.slice(word.length);
  });
  return words.length ? { words, text: turned } : null;
}
