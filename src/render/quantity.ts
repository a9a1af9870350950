// A Statement (domain/quantity.ts) in words: «более 100 млрд ₸», «от 3,8 млрд ₸ до 13,8 млрд ₸»,
// «примерно …» when an «около» figure went into it. Kazakh endings follow the last word.
import type { Statement } from "../domain/quantity.ts";
import { kazakhSuffix } from "./format.ts";
import type { RenderContext } from "./types.ts";

/** Words a statement of one value: `fmt` writes the number with its unit. */
export function statementText(s: Statement, fmt: (n: number) => string, { t }: RenderContext): string {
  const one = (key: string, value: number) => {
    const v = fmt(value);
    return t(key, { value: v, abl: kazakhSuffix(v, "abl"), dat: kazakhSuffix(v, "dat") });
  };
  let text: string;
  switch (s.kind) {
    case "unknown":
      return t("unknown");
    case "exact":
      return fmt(s.value);
    case "approx":
      return one("qty-approx", s.value);
    case "more_than":
      text = one("qty-more-than", s.value);
      break;
    case "at_least":
      text = one("qty-at-least", s.value);
      break;
    case "up_to":
      text = one("qty-up-to", s.value);
      break;
    case "less_than":
      text = one("qty-less-than", s.value);
      break;
    case "range": {
      const from = fmt(s.from);
      const to = fmt(s.to);
      text = t("qty-range", { from, to, fromAbl: kazakhSuffix(from, "abl"), toDat: kazakhSuffix(to, "dat") });
      break;
    }
  }
  return s.approx ? t("qty-roughly", { text }) : text;
}
