// The compiled bot as `npm start` runs it, for the benchmarks and the process tests:
// dist/ built from src/ (`npm run build`, incremental, so quick when nothing changed),
// and the node flags of the start script, read from package.json so they cannot drift.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function buildDist() {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  execFileSync(process.execPath, [path.join(ROOT, "scripts/copy-data.mjs")], { cwd: ROOT, stdio: "inherit" });
}

/** The --max-… heap flags of an npm script (`start`, `digest`). */
export function nodeFlagsOf(script: string): string[] {
  const line = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts[script] as string;
  return line.match(/--max-[\w-]+=\d+/g) ?? [];
}
