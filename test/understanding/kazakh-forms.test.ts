import { describe, expect, it } from "vitest";
import { nominalForms, verbalForms, verbStem } from "../../scripts/kazakh-forms.ts";

describe("the Kazakh chains the vocabulary script makes (scripts/kazakh-forms.ts)", () => {
  it("a noun's plural, possessive and case chains, by vowel harmony and the stem's last letter", () => {
    const kala = nominalForms("қала");
    for (const w of ["қаласында", "қаласының", "қаласын", "қаласына", "қалаларының", "қалаларымызда", "қалаңыздағы", "қаламда", "қалама"])
      expect(kala).toContain(w);
    const el = nominalForms("ел");
    for (const w of ["елінде", "елдердің", "елімізге", "еліміздегі"]) expect(el).toContain(w);
    // A final к, қ, п is voiced before a vowel; a voiceless letter takes т, қ, к, п after it.
    const bailyq = nominalForms("байлық");
    for (const w of ["байлығын", "байлығы", "байлықтың", "байлыққа", "байлықпен"]) expect(bailyq).toContain(w);
    expect(bailyq).not.toContain("байлықын");
    expect(nominalForms("мектеп")).toContain("мектебінде");
    // у counts for no vowel: «тарих» is back by its а, «компания» by its last я.
    expect(nominalForms("тарих")).toContain("тарихында");
    expect(nominalForms("компания")).toContain("компаниясының");
    expect(nominalForms("тау")).toContain("тауының");
  });

  it("a verb's participles, tenses and verbal nouns, negated too", () => {
    expect(verbStem("алу")).toBe("ал");
    expect(verbStem("ойнау")).toBe("ойна");
    expect(verbStem("азаю")).toBe("азай");
    expect(verbStem("табу")).toBe("тап");
    const al = verbalForms("алу");
    for (const w of [
      "алатын",
      "алатынын",
      "алған",
      "алғандай",
      "алғанын",
      "алады",
      "алмаймыз",
      "алмайтын",
      "алмаған",
      "алуға",
      "алуының",
      "алушылардың",
      "алса",
      "алдық",
    ])
      expect(al).toContain(w);
    const tap = verbalForms("табу");
    for (const w of ["тапқан", "табатын", "тапты", "таппады", "табуға"]) expect(tap).toContain(w);
    const kel = verbalForms("келу");
    for (const w of ["келетін", "келген", "келгенде", "келмейді", "келушілер"]) expect(kel).toContain(w);
    for (const w of ["азаяды", "азаятын", "азайған"]) expect(verbalForms("азаю")).toContain(w);
    // -ку, -қу, -пу: a stem in ы, і («оқы»), not a voiced one («қарағады» would hide Қарағанды misspelt).
    expect(verbStem("оқу")).toBe("оқы");
    for (const w of ["оқиды", "оқитын", "оқыған", "оқымайды"]) expect(verbalForms("оқу")).toContain(w);
    expect(verbalForms("қарақу")).not.toContain("қарағады");
  });
});
