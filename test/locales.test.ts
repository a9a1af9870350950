import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const LANGS = ["ru", "kk"] as const;

function keysOf(lang: string): Map<string, string> {
  const dir = path.join(root, "locales", lang);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".ftl"))) {
    const res = new FluentResource(readFileSync(path.join(dir, f), "utf8"));
    for (const m of res.body) out.set(m.id, f);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === "generated" ? [] : sourceFiles(path.join(dir, d.name))) : d.name.endsWith(".ts") ? [path.join(dir, d.name)] : [],
  );
}

describe("Fluent translations", () => {
  it("have the same keys in Russian and Kazakh", () => {
    const ru = [...keysOf("ru").keys()].sort();
    const kk = [...keysOf("kk").keys()].sort();
    expect(
      ru.filter((k) => !kk.includes(k)),
      "keys only in ru",
    ).toEqual([]);
    expect(
      kk.filter((k) => !ru.includes(k)),
      "keys only in kk",
    ).toEqual([]);
  });

  it("parse without errors", () => {
    for (const lang of LANGS) {
      const bundle = new FluentBundle(lang);
      for (const f of readdirSync(path.join(root, "locales", lang))) {
        const errors = bundle.addResource(new FluentResource(readFileSync(path.join(root, "locales", lang, f), "utf8")));
        expect(errors, `${lang}/${f}`).toEqual([]);
      }
    }
  });

  it("define every key the code asks for", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(root, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const lang of LANGS) {
      const keys = keysOf(lang);
      expect(
        [...used].filter((k) => !keys.has(k)),
        `missing in ${lang}`,
      ).toEqual([]);
    }
  });
});
