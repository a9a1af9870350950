// The marks around each word (surface.ts), read in one pass over the text.
import { describe, expect, it } from "vitest";
import { surfaceOf } from "../../src/understanding/surface.ts";

describe("the marks around each word", () => {
  it("reads quotes, capitals, a hyphen, a colon, a bracket, a comma and a full stop", () => {
    const s = surfaceOf('ТОО «Ақсу жолы»: Риддер-Сокол, Тишин (кен орны). "Жаңа" - Абай', 10);
    expect(s).toEqual({
      quote: [-1, 0, 0, -1, -1, -1, -1, -1, 1, -1],
      caps: [true, false, false, false, false, false, false, false, false, false],
      capital: [true, true, false, true, true, true, false, false, true, true],
      // «- Абай» with a space before the hyphen is no word joined to the one before it.
      hyphen: [false, false, false, false, true, false, false, false, false, false],
      opens: [false, false, false, true, false, false, true, false, false, false],
      comma: [false, false, false, false, false, true, false, false, false, false],
      closes: [false, false, true, false, false, false, false, true, false, false],
      stops: [false, false, false, false, false, false, false, false, true, false],
      // «"Жаңа" - Абай»: a dash set apart by spaces before «Абай».
      dash: [false, false, false, false, false, false, false, false, false, true],
    });
  });

  it("reads a dash set apart by a space, not a hyphen inside a compound nor one typed before a space", () => {
    const s = surfaceOf("Лисаковск — город, Ақсу- Бас, Жаңаөзен-Ақтау – жол", 7);
    expect(s?.dash).toEqual([false, true, false, false, false, false, true]);
  });

  it("closes a straight quote typed right after a word, and counts an apostrophe alone as no word", () => {
    const s = surfaceOf('АО "Qarmet"Теміртау… \' Сатпаев', 4);
    expect(s?.quote).toEqual([-1, 0, -1, -1]);
    // The marks right before a word count, not those before the apostrophe.
    expect(s?.stops).toEqual([false, false, false, false]);
  });

  it("gives nothing when the words do not line up with the count asked", () => {
    expect(surfaceOf("Ақсу жолы", 3)).toBeNull();
    expect(surfaceOf("", 0)).toEqual({ quote: [], caps: [], capital: [], hyphen: [], opens: [], comma: [], closes: [], stops: [], dash: [] });
  });
});
