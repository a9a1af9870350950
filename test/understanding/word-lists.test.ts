// The word lists people maintain: every file reads, and none holds an entry that adds
// nothing (a repeat, or one a stem already covers), so a list says what it does.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CUES, FUNCTION_WORDS, LEXICON } from "../../src/understanding/lexicon.ts";
import { parseWordList, redundantEntries, WordListError } from "../../src/understanding/word-lists.ts";

/**
 * A stem this long takes every word it begins, for matching, for typos and for telling an
 * ordinary word from a misspelt name (cues.ts): only such a stem makes a longer entry idle.
 */
const COVERING_STEM = 6;
/** The language guess compares function words as written (language.ts). */
const asWritten = (w: string) => w.toLowerCase();

describe("the word lists", () => {
  it("has a file for every cue and nothing else", () => {
    const files = readdirSync(path.join(import.meta.dirname, "../../src/understanding/data/lexicon")).map((f) => f.replace(/\.txt$/, ""));
    expect(files.sort()).toEqual([...CUES].sort());
    expect(Object.keys(LEXICON).sort()).toEqual([...CUES].sort());
  });

  it("holds no repeated or covered entry", () => {
    const problems: string[] = [];
    for (const [cue, byKey] of Object.entries(LEXICON))
      for (const [key, entries] of Object.entries(byKey)) for (const p of redundantEntries(entries, COVERING_STEM)) problems.push(`${cue} [${key}]: ${p}`);
    for (const [key, words] of Object.entries(FUNCTION_WORDS))
      for (const p of redundantEntries(words, COVERING_STEM, asWritten)) problems.push(`function words [${key}]: ${p}`);
    expect(problems).toEqual([]);
  });

  it("finds a repeat, also one spelt in another alphabet, and an entry a stem covers", () => {
    expect(redundantEntries(["қанша", "канша", "орында*", "орындалма*", "орындау", "орын*", "топ*~", "топта*", "орындау~"], COVERING_STEM)).toEqual([
      "«канша» repeats «қанша»",
      "«орындалма*» is covered by «орында*»",
      "«орындау» is covered by «орында*»",
    ]);
    expect(redundantEntries(["ма", "мә", "ма"], COVERING_STEM, asWritten)).toEqual(["«ма» repeats «ма»"]);
  });

  it("refuses a malformed file, naming its line", () => {
    const read = (text: string) => () => parseWordList(text, "x.txt", ["ru", "kk"] as const);
    expect(read("[ru]\nгрупп*\n# a comment\n\n[kk]\nтоп\n")()).toEqual({ ru: ["групп*"], kk: ["топ"] });
    expect(read("групп*")).toThrow(new WordListError("x.txt:1: an entry before any [section]"));
    expect(read("[ru]\nгр*упп")).toThrow(/x\.txt:2: «гр\*упп» is not a word/);
    expect(read("[ru]\nгрупп*  типа")).toThrow(/x\.txt:2:/);
    expect(read("[en]\nx")).toThrow(/x\.txt:1: unknown section \[en\]/);
    expect(read("[ru]\na\n[ru]\nb")).toThrow(/section \[ru\] appears twice/);
  });
});
