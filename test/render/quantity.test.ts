import { describe, expect, it } from "vitest";
import { createI18n, translator } from "../../src/i18n.ts";
import { computeShortfall, planFunding } from "../../src/domain/funding.ts";
import { shortfallLine } from "../../src/render/card.ts";
import { differenceOf, sumOf } from "../../src/domain/quantity.ts";
import type { Lang } from "../../src/domain/types.ts";
import { valueText } from "../../src/render/figure.ts";
import { formatKztBn } from "../../src/render/format.ts";
import { statementText } from "../../src/render/quantity.ts";
import { figureWith } from "../helpers/figure.ts";

const i18n = createI18n();
const ctxOf = (lang: Lang) => ({ lang, t: translator(i18n, lang) });
const say = (lang: Lang, s: ReturnType<typeof sumOf>) => statementText(s, (n) => formatKztBn(n, lang), ctxOf(lang));

describe("totals in words", () => {
  it("say bounds the way each language does", () => {
    const ekibastuz = sumOf([
      { value: 400, qualifier: "up_to" },
      { value: 100, qualifier: "more_than" },
    ]);
    expect(say("ru", ekibastuz)).toBe("более 100 млрд ₸");
    expect(say("kk", ekibastuz)).toBe("100 млрд теңгеден астам");
    const range = sumOf([
      { value: 10, qualifier: "exact" },
      { value: 5, qualifier: "up_to" },
    ]);
    expect(say("ru", range)).toBe("от 10 млрд ₸ до 15 млрд ₸");
    expect(say("kk", range)).toBe("10 млрд теңгеден 15 млрд теңгеге дейін");
    const rough = sumOf([
      { value: 3.8, qualifier: "approx" },
      { value: 0.5, qualifier: "up_to" },
    ]);
    expect(say("ru", rough)).toBe("примерно от 3,8 млрд ₸ до 4,3 млрд ₸");
    expect(say("kk", rough)).toBe("шамамен 3,8 млрд теңгеден 4,3 млрд теңгеге дейін");
    const less = differenceOf({ value: 343.6, qualifier: "exact" }, { value: 170, qualifier: "more_than" });
    expect(say("ru", less)).toBe("менее 173,6 млрд ₸");
    expect(say("kk", less)).toBe("173,6 млрд теңгеден кем");
  });

  it("a shortfall from a «более» allocation is a bound, not an exact or «около» figure", () => {
    const fig = figureWith;
    const s = computeShortfall(fig({ value: 343.6 }), fig({ key: "allocated_kzt_bn", value: 170, qualifier: "more_than" }))!;
    expect(valueText(s, ctxOf("ru"))).toBe("менее 173,6 млрд ₸");
    const upTo = computeShortfall(fig({ value: 400, qualifier: "up_to" }), fig({ key: "allocated_kzt_bn", value: 100 }))!;
    expect(valueText(upTo, ctxOf("ru"))).toBe("до 300 млрд ₸");
    expect(computeShortfall(fig({ value: 10, qualifier: "more_than" }), fig({ key: "allocated_kzt_bn", value: 5, qualifier: "more_than" }))).toBeNull();
    // Both sums known but the difference open: unknown, without blaming a missing allocation.
    const open = planFunding([fig({ value: 10, qualifier: "more_than" }), fig({ key: "allocated_kzt_bn", value: 5, qualifier: "more_than" })], null, "p");
    expect(shortfallLine(open, ctxOf("ru"))).toBe("Недофинансирование: неизвестно");
    const none = planFunding([fig({ value: 10 })], null, "p");
    expect(shortfallLine(none, ctxOf("ru"))).toMatch(/^Недофинансирование: неизвестно — нет выделенной суммы/);
  });
});
