// Which figures a card section offers to report, and what counts as a source link.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { hasReportTargets, parseSourceUrl, REPORT_SECTIONS, reportTargets } from "../../src/domain/reports.ts";
import type { Catalog } from "../../src/domain/types.ts";
import { freshDb } from "../helpers/db.ts";

let catalog: Catalog;
beforeAll(async () => {
  const db = await freshDb("sqlite");
  catalog = await loadCatalog(db.db);
  await db.close();
});

describe("reportTargets", () => {
  it("offers each section's own figures, and the quick check agrees with the list for every town", () => {
    const kinds = (section: string) => reportTargets(catalog, "balkhash", section).map((t) => (t.kind === "figure" ? t.row.key : "project"));
    expect(new Set(kinds("main"))).toEqual(new Set(["tier", "population"]));
    expect(new Set(kinds("funding"))).toEqual(new Set(["planned_kzt_bn", "allocated_kzt_bn"]));
    expect(kinds("progress").every((k) => k === "project" || k.startsWith("measures_"))).toBe(true);
    expect(kinds("sources")).toEqual([]);
    for (const town of catalog.towns.keys()) {
      for (const section of [...REPORT_SECTIONS, "sources"]) {
        expect(hasReportTargets(catalog, town, section), `${town} ${section}`).toBe(reportTargets(catalog, town, section).length > 0);
      }
    }
    expect(hasReportTargets(catalog, "nowhere", "main")).toBe(false);
  });
});

describe("parseSourceUrl", () => {
  it("takes an http(s) address with a host and nothing else", () => {
    expect(parseSourceUrl(" https://stat.gov.kz/ru/news/1 ")).toBe("https://stat.gov.kz/ru/news/1");
    expect(parseSourceUrl("http://akimat.kz")).toBe("http://akimat.kz/");
    for (const bad of ["stat.gov.kz", "по данным акимата", "ftp://stat.gov.kz/f", "https://localhost/x", "javascript:alert(1)", "https://a.kz/ x", ""]) {
      expect(parseSourceUrl(bad), bad).toBeNull();
    }
  });
});
