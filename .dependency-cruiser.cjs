// The architecture as rules (`npm run check:layers`): one-way flow
// understanding → domain → render, Prisma only in src/db, grammY only at the Telegram edge,
// and no import cycles anywhere.
const PURE = "^src/(understanding|domain|render)/";
const GRAMMY = "^node_modules/(grammy|@grammyjs/)";
const PRISMA = "^(node_modules/(@prisma/|prisma/|\\.prisma/)|src/db/generated/)";

module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "Import cycles make load order matter and layers blur.", from: {}, to: { circular: true } },
    {
      name: "pure-layers-stay-pure",
      severity: "error",
      comment: "understanding, domain and render are pure: no bot, database, digest, spreadsheet, grammY or Prisma.",
      from: { path: PURE },
      to: { path: ["^src/(bot|db|digest|sheets|server|fake-telegram)/", "^src/main\\.ts$", GRAMMY, PRISMA] },
    },
    {
      name: "prisma-only-in-db",
      severity: "error",
      comment: "Only src/db talks to Prisma.",
      from: { path: "^(src|bench|scripts)/", pathNot: "^src/db/" },
      to: { path: PRISMA },
    },
    {
      name: "grammy-only-at-the-edge",
      severity: "error",
      comment:
        "Only the Telegram edge imports grammY: src/bot, src/telegram (what the bot and the digest's sender share), the digest's sender, main, the fake Telegram, the server, and src/i18n.ts (Fluent through @grammyjs/i18n).",
      from: {
        path: "^src/",
        pathNot: ["^src/bot/", "^src/telegram/", "^src/digest/sender\\.ts$", "^src/main\\.ts$", "^src/i18n\\.ts$", "^src/fake-telegram/", "^src/server/"],
      },
      to: { path: GRAMMY },
    },
    {
      name: "digest-not-from-bot",
      severity: "error",
      comment: "The digest runs without the bot (cli/digest): it shares keyboards and i18n from neutral modules, not src/bot.",
      from: { path: "^src/digest/" },
      to: { path: "^src/bot/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // The compiled copy (dist/, reached through the benchmarks) is not the architecture: its sources are.
    exclude: { path: "^(src/db/generated|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
