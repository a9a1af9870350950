// Part of `npm run build`: tsc emits what TypeScript imports (JSON included), not the word
// lists the understanding reads at start (src/understanding/data/**/*.txt): copied beside
// the compiled modules, so dist/ runs on its own.
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const from = path.join(root, "src");
const to = path.join(root, "dist");

for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".txt")) continue;
  const rel = path.relative(from, path.join(entry.parentPath, entry.name));
  cpSync(path.join(from, rel), path.join(to, rel));
}
