// How the understanding reads published sentences (test/fixtures/real-text): the exact set
// of towns, and town precision and recall counted over every town predicted or labelled.
import type { Understander } from "../src/understanding/understand.ts";
import type { RealSentence } from "../test/fixtures/real-text.ts";

export interface RealTextScore {
  n: number;
  exact: number;
  truePositives: number;
  predicted: number;
  labelled: number;
}

export function townsRead(u: Understander, text: string): string[] {
  return [...new Set(u.understand(text).towns)].sort();
}

export function scoreRealText(u: Understander, sentences: RealSentence[]): RealTextScore {
  const s: RealTextScore = { n: sentences.length, exact: 0, truePositives: 0, predicted: 0, labelled: 0 };
  for (const sentence of sentences) {
    const got = townsRead(u, sentence.text);
    const want = sentence.towns;
    s.exact += +(got.length === want.length && got.every((id, i) => id === want[i]));
    s.truePositives += got.filter((id) => want.includes(id)).length;
    s.predicted += got.length;
    s.labelled += want.length;
  }
  return s;
}
