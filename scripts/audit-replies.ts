// The reply audit (test/helpers/audit/audit.ts) from a terminal, against the local database:
//   npx tsx scripts/audit-replies.ts                      every reply kind, town and language; one line per violation
//   npx tsx scripts/audit-replies.ts --lang kk "<text>"   one reply's text (Telegram HTML or plain), e.g. from `npm run ask`
//   … --tolerated                                          also the violations inside release-1 Russian-only fields
// Exits 1 when it finds anything, so it can guard a locale change before the tests run.
import { createApp } from "../src/app.ts";
import { parseConfig, readEnv } from "../src/config.ts";
import type { Lang } from "../src/domain/types.ts";
import { auditData, auditReply, describeViolation } from "../test/helpers/audit/audit.ts";
import { saveVerdicts } from "../test/helpers/audit/dictionaries.ts";
import { allReplies, type RenderedReply } from "../test/helpers/audit/replies.ts";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const tolerated = args.includes("--tolerated") ? (args.splice(args.indexOf("--tolerated"), 1), true) : false;
const lang = (flag("--lang") ?? "kk") as Lang;
const kind = flag("--kind") ?? "reply";

const env = readEnv();
const config = parseConfig({ ...env, BOT_TOKEN: env.BOT_TOKEN ?? "0:cli-offline-token-cli-offline-token-000", LOG_LEVEL: "silent" });
const app = await createApp(config);
try {
  const snap = app.knowledge.current;
  const data = auditData(snap.catalog);
  const replies: RenderedReply[] = args.length ? [{ kind, town: "", lang, text: args.join(" ") }] : allReplies(snap);
  let found = 0;
  for (const r of replies) {
    const result = auditReply(r, data);
    found += result.violations.length;
    for (const v of result.violations) console.log(describeViolation(v));
    if (tolerated) for (const v of result.tolerated) console.log(`(tolerated: ${v.field ?? "?"}) ${describeViolation(v)}`);
  }
  saveVerdicts();
  console.error(`${replies.length} replies, ${found} violations`);
  process.exitCode = found ? 1 : 0;
} finally {
  await app.close();
}
