// Words typed without the space between them: «Теміртаудыңтобы», «Рудныйқай топта» (a town
// glued to the next word), «пробалхаш» (a word glued to a town after it) and «какаягруппа»
// (two words the space bar missed). A long word nothing knows is split where both parts are
// known. Not memoised here: the Understander keeps each word's parts with the rest of what
// it knows of the word.
import { PATRONYMIC } from "./name-endings.ts";
import { fragmentSkeleton } from "./normalize.ts";

/** What the splitter asks about a word (skeleton): the lexicon, function words, town names. */
export interface WordKnowledge {
  /** A cue word of the lexicon, as a whole word or a stem with an ending. */
  isCue(tok: string): boolean;
  /** Read by a cue at all, typos included: such a word is not split («обещали»). */
  isRead(tok: string): boolean;
  /** A function word («какая», «мен»). */
  isOrdinary(tok: string): boolean;
  /** A town's name, with its endings. */
  isTown(tok: string): boolean;
  /** A town's name as it is, with no ending. */
  isBareTown?(tok: string): boolean;
  /** Another place's name (not a monotown: «Жезказган»), with its endings. */
  isPlace?(tok: string): boolean;
  /** Two words that are a phrase of the lexicon, the second as a stem with an ending or whole («алып» «таста»). */
  isPhrase?(left: string, right: string): boolean;
}

/**
 * The land around a place, in Russian: «Прибалхашье», «Прииртышья», «Приаральем». One word
 * made from the place's name, not «при» glued to it.
 */
const LAND_AROUND = /^при.{3,}ь(е|я|ю|ем|и)$/;

/** Russian one-letter prepositions a town's name may be typed glued to («рудныйс лисаковском»). */
const GLUED_PREPOSITION = new Set(["с", "в", "к"]);

/** Shortest word looked at as two glued together (a town of four letters and «ма»). */
const MIN_GLUED = 7;
/** Longest: a town with its endings and a short word; longer runs are not glued words. */
const MAX_GLUED = 30;

export class GluedWords {
  constructor(private know: WordKnowledge) {}

  /** The two words (three: «что»«под»«жезказгану») `w` (its skeleton `tok`) was typed as, glued together, or null when it is one word. */
  partsOf(w: string, tok: string): string[] | null {
    if (w.length < MIN_GLUED || w.length > MAX_GLUED || LAND_AROUND.test(w)) return null;
    // Another place's own name is one word: «Пришахтинск» (part of Караганда) is no «при» + Шахтинск.
    if (this.know.isPlace?.(tok) === true) return null;
    let parts: string[] | null = null;
    const k = this.know;
    // The three searches below try the same splits: each piece's skeleton, and whether it is
    // a word we know, is worked out once (index: where the split falls).
    // (No closures here: under tsx every named arrow made per call is also renamed.)
    const heads: Piece[] = [];
    const tails: Piece[] = [];
    // A patronymic («Абайұлы», «Тимофеевич») is one word: a person's name, not a town glued to a
    // word; so is another place's name with its endings («Ақсуаттағы» is not Ақсу + «аттағы»).
    if (!k.isOrdinary(tok) && !k.isCue(tok) && !k.isRead(tok) && !k.isTown(tok) && !k.isPlace?.(tok) && !PATRONYMIC.test(tok)) {
      // A town's bare name and a one-letter preposition glued after it: «рудныйс» is «Рудный»
      // + «с», not «рудны» + «йс»; «зыряновк» is Зыряновск with a letter left out, not
      // «зырянов» + «к».
      if (GLUED_PREPOSITION.has(w.at(-1)!) && k.isBareTown?.(head(heads, w, w.length - 1).tok) === true) parts = [w.slice(0, -1), w.slice(-1)];
      // A town and a word we know: «Теміртаудың» + «тобы».
      for (let i = w.length - 2; i >= 4 && !parts; i--) {
        if (this.known(tail(tails, w, i)) && this.town(head(heads, w, i))) parts = [w.slice(0, i), w.slice(i)];
      }
      // Two words we know, one of them a cue: «какая» + «группа».
      for (let i = 4; i <= w.length - 4 && !parts; i++) {
        const left = head(heads, w, i);
        const right = tail(tails, w, i);
        if (this.known(left) && this.known(right) && (this.cue(left) || this.cue(right))) parts = [w.slice(0, i), w.slice(i)];
      }
    }
    // A phrase of the lexicon typed without its space, neither word a cue alone: «алып» +
    // «таста» (remove). Tried even on a word a cue reads (a phrase's last word, «ал*» of
    // «қайдан ал*», reads «алыптаста»): the phrase is read whole.
    if (!parts && k.isPhrase && !k.isOrdinary(tok) && !k.isCue(tok) && !k.isTown(tok)) {
      for (let i = 4; i <= w.length - 4 && !parts; i++) if (k.isPhrase(head(heads, w, i).tok, tail(tails, w, i).tok)) parts = [w.slice(0, i), w.slice(i)];
    }
    // A word we know before a town: a cue («категорияСатпаева») or a function word of three
    // letters or more («пробалхаш», «дляриддера»); «не» and one-letter prepositions are left
    // alone, since «нерудный» is a word of its own. Tried even on a word a cue reads with a
    // typo or an ending («пробалхаш» is near «пробел»): the town's name is exact.
    if (!parts && !k.isOrdinary(tok) && !k.isTown(tok) && !PATRONYMIC.test(tok)) {
      for (let i = 3; i <= w.length - 4 && !parts; i++) {
        if (this.known(head(heads, w, i)) && this.town(tail(tails, w, i))) parts = [w.slice(0, i), w.slice(i)];
      }
      // Two such words before a town or another place: «что» + «под» + «жезказгану» (the
      // first word first: most words begin with none).
      for (let j = 3; j <= w.length - 7 && !parts; j++) {
        if (!this.known(head(heads, w, j))) continue;
        for (let i = j + 3; i <= w.length - 4 && !parts; i++) {
          if (this.place(tail(tails, w, i)) && this.known(piece(w.slice(j, i)))) parts = [w.slice(0, j), w.slice(j, i), w.slice(i)];
        }
      }
    }
    return parts;
  }

  private cue(p: Piece): boolean {
    return (p.cue ??= this.know.isCue(p.tok));
  }

  private known(p: Piece): boolean {
    return (p.known ??= this.cue(p) || this.know.isOrdinary(p.tok));
  }

  private town(p: Piece): boolean {
    return (p.town ??= this.know.isTown(p.tok));
  }

  private place(p: Piece): boolean {
    return (p.place ??= this.town(p) || this.know.isPlace?.(p.tok) === true);
  }
}

/** One side of a split: its skeleton, and what is known of it once asked. */
interface Piece {
  tok: string;
  cue: boolean | undefined;
  known: boolean | undefined;
  town: boolean | undefined;
  /** A town's or another place's name. */
  place: boolean | undefined;
}

/** A piece from inside the word. */
function piece(s: string): Piece {
  return { tok: fragmentSkeleton(s), cue: undefined, known: undefined, town: undefined, place: undefined };
}

/** The piece before the split at `i`, made once per word. */
function head(heads: Piece[], w: string, i: number): Piece {
  return (heads[i] ??= { tok: fragmentSkeleton(w.slice(0, i)), cue: undefined, known: undefined, town: undefined, place: undefined });
}

/** The piece after the split at `i`, made once per word. */
function tail(tails: Piece[], w: string, i: number): Piece {
  return (tails[i] ??= { tok: fragmentSkeleton(w.slice(i)), cue: undefined, known: undefined, town: undefined, place: undefined });
}
