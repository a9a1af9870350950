import { execFile } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { htmlToText } from "../../src/cli/ask.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

function cli(args: string[], input?: string) {
  const file = path.join(inject("tmpDir"), `cli_${process.pid}_${Math.random().toString(36).slice(2)}.db`);
  copyFileSync(inject("sqliteTemplate").replace(/^file:/, ""), file);
  const child = run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "src/cli/ask.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, BOT_TOKEN: "" },
  });
  if (input !== undefined) child.child.stdin!.end(input);
  return child;
}

// Each case starts a fresh tsx process that compiles the CLI and opens a database: a few seconds
// on a quiet machine, but tens of seconds when the two cores are busy, hence more than the default.
describe("npm run ask", { timeout: 90_000 }, () => {
  it("prints a link as its text with the address beside it, and entities as characters", () => {
    expect(htmlToText('<b>1.</b> <a href="https://kazpravda.kz/n/1">Казахстанская правда</a>, 15.08.2025 &amp; &lt;x&gt;')).toBe(
      "1. Казахстанская правда <https://kazpravda.kz/n/1>, 15.08.2025 & <x>",
    );
  });

  it("--jsonl answers one line per input line, in order, with empty lines kept aligned", async () => {
    const { stdout } = await cli(
      ["--jsonl"],
      "riddrer kai topta\n\nСопоставьте выполнение планов Балхаша и Степногорска\r\nқай қалалар тоқырауда деп танылды?\n",
    );
    expect(
      stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { lang: "kk", intent: "tier", towns: ["ridder"], tier: null },
      { lang: "ru", intent: "out_of_scope", towns: [], tier: null },
      { lang: "ru", intent: "compare", towns: ["balkhash", "stepnogorsk"], tier: null },
      { lang: "kk", intent: "tier_list", towns: [], tier: "stagnating" },
    ]);
  });

  it("--json gives the whole understanding; plain text gives the reply", async () => {
    const json = JSON.parse((await cli(["--json", "Аксу"])).stdout);
    expect(json).toMatchObject({ intent: "town_overview", towns: ["aksu"], ambiguous: [{ townId: "aksu" }] });
    expect(json.because).toEqual(["lang.no-sign", "homonym.aksu.alone:aksu", "intent.town-nothing-asked"]);
    const { stdout } = await cli(["Какой группе относится Темиртау?"]);
    expect(stdout).toMatch(/Темиртау \(Теміртау\)/);
    expect(stdout).toMatch(/Группа: Города на пути к диверсификации/);
  });

  it("a chart: prints its caption and saves the PNG where it says", async () => {
    const { stdout } = await cli(["/chart Балқаш"]);
    const saved = /→ (\S+\.png)\]/.exec(stdout)?.[1];
    expect(saved).toMatch(/monoqala-balkhash-funding\.png$/);
    expect(readFileSync(saved!).subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(stdout).toMatch(/Бөлінген: белгісіз/);
  });

  it("/export: saves each file of the media group and says where", async () => {
    const { stdout } = await cli(["/export"]);
    const saved = [...stdout.matchAll(/→ (\S+)\]/g)].map((m) => m[1]!);
    expect(saved.map((f) => f.replace(/.*monoqala-(\w+)-\d{4}-\d\d-\d\d\.(\w+)$/, "$1.$2"))).toEqual([
      "measures.csv",
      "measures.xlsx",
      "figures.csv",
      "figures.xlsx",
    ]);
    expect(readFileSync(saved[0]!).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(stdout).toMatch(/Текущие данные: проекты по городам/);
  });
});
