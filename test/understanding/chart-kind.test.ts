import { describe, expect, it } from "vitest";
import { chartKind } from "../../src/understanding/chart-kind.ts";

describe("chart kind", () => {
  it("reads the chart asked for in Russian, Kazakh and Latin", () => {
    for (const q of ["недофинансирование", "финансы", "тапшылық", "қаржыландыру", "Qarjy", "funding"]) expect(chartKind(q), q).toBe("funding");
    for (const q of ["ход проектов", "проекты", "жобалар", "іс-шаралар орындалуы", "zhobalar", "progress"]) expect(chartKind(q), q).toBe("projects");
    for (const q of ["группы", "топтар", "стагнирующие", "tiers"]) expect(chartKind(q), q).toBe("tiers");
  });

  it("says nothing for words about none of them", () => {
    for (const q of ["расскажи анекдот", "", "погода"]) expect(chartKind(q), q).toBeNull();
  });
});
