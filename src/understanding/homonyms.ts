// Monotowns whose name is shared with something else (the poet Абай, the Altai mountains,
// Lake Balkhash, the Aksu rivers…), as data a linguist maintains: data/homonyms.json lists,
// per town, what shares the name and the rules that tell which is meant, tried in order.
// Read and checked at start: a malformed file stops the bot with what is wrong.
import { z } from "zod";
import data from "./data/homonyms.json" with { type: "json" };
import { CUES, type Cue } from "./lexicon.ts";
import { normalize, skeleton } from "./normalize.ts";

export type Verdict = "keep" | "drop" | "ask" | "other-place";

/** What a homonym's rule may look at around the name. */
export interface HomonymContext {
  /** Whether a cue is found within `span` words of the name. */
  near(cue: Cue, span?: number): boolean;
  /** Whether a cue is found within `span` words after the name. */
  follows(cue: Cue, span: number): boolean;
  /** Whether a cue is anywhere in the message. */
  has(cue: Cue): boolean;
  /** Whether the message asks about monotown data, and how many of its words do. */
  domain: boolean;
  domainCount: number;
  /** The name typed with no ending. */
  bare: boolean;
  /** The name's last word, and the words right before and after it (skeletons; "" if none). */
  word: string;
  prev: string;
  next: string;
  /** The name's last word as typed, lower-cased: the skeleton folds «дд» into «д». */
  spelled: string;
  /** An unknown word follows the name. */
  nounFollows: boolean;
  /** Gazetteer ids of the regions the message names. */
  regions: string[];
  /** The message names another monotown too (a comparison, a list, a follow-up about several). */
  otherTown: boolean;
  /** How many words the message has: running text is long, a question to the bot short. */
  words: number;
  /** The message opens with a hello («Добрый день, …», «Сәлеметсіз бе») and is not long: it is written to the bot, not running text. */
  greeted: boolean;
  /** The message reads as Kazakh (its words' language vote). */
  kazakh: boolean;
  /**
   * The name is typed in lower case after the first word of a message whose first word is
   * capitalised: a writer who capitalises writes a name with a capital, so this is a word.
   */
  lowerCase: boolean;
  /**
   * The writer shows they capitalise names: the first word has a capital, and so does a word
   * inside a sentence other than the name (a proper name: «Алматыда», «Асқар»), or the message
   * is a written sentence of twelve words or more (a full stop last) with at most one word in
   * ten about the data. A capital on the first word alone is not enough: people type
   * «Расскажи про абай.» to the bot.
   */
  capitalises: boolean;
  /** The message's words (skeletons), for a word anywhere in it. */
  toks: readonly string[];
}

/** A `minWords` this high asks for running text, which a message to the bot opening with a hello is not. */
const RUNNING_TEXT_WORDS = 9;

const cue = z.enum(CUES);
const regex = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, "is not a regular expression");
/** Words in the lexicon's notation: `word`, or `stem*`. */
const words = z.array(z.string().regex(/^[\p{L}\p{N}'’-]+\*?$/u, "is not a word, optionally ending in *")).min(1);

interface Condition {
  near?: { cue: Cue; span?: number | undefined } | undefined;
  follows?: { cue: Cue; span: number } | undefined;
  has?: Cue | undefined;
  lacks?: Cue | undefined;
  domain?: boolean | undefined;
  bare?: boolean | undefined;
  word?: string | undefined;
  prev?: string | undefined;
  spelled?: string | undefined;
  next?: string | undefined;
  before?: string[] | undefined;
  after?: string[] | undefined;
  nounFollows?: boolean | undefined;
  regions?: string[] | undefined;
  otherTown?: boolean | undefined;
  minWords?: number | undefined;
  kazakh?: boolean | undefined;
  lowerCase?: boolean | undefined;
  capitalises?: boolean | undefined;
  mentions?: string[] | undefined;
  maxDomain?: number | undefined;
  maxDomainShare?: number | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
}

const conditionShape = {
  near: z
    .object({ cue, span: z.number().int().min(1).max(5).optional() })
    .strict()
    .optional(),
  follows: z
    .object({ cue, span: z.number().int().min(1).max(5) })
    .strict()
    .optional(),
  has: cue.optional(),
  lacks: cue.optional(),
  domain: z.boolean().optional(),
  bare: z.boolean().optional(),
  word: regex.optional(),
  spelled: regex.optional(),
  prev: regex.optional(),
  next: regex.optional(),
  before: words.optional(),
  after: words.optional(),
  nounFollows: z.boolean().optional(),
  regions: z.array(z.string()).min(1).optional(),
  otherTown: z.boolean().optional(),
  minWords: z.number().int().min(1).optional(),
  kazakh: z.boolean().optional(),
  lowerCase: z.boolean().optional(),
  capitalises: z.boolean().optional(),
  mentions: words.optional(),
  maxDomain: z.number().min(0).optional(),
  maxDomainShare: z.number().min(0).max(1).optional(),
  any: z
    .array(z.lazy(() => condition))
    .min(1)
    .optional(),
  not: z.lazy(() => condition).optional(),
};
const condition: z.ZodType<Condition> = z.object(conditionShape).strict();

const rule = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "is not a lower-case id with hyphens"),
    means: z.string().min(10),
    verdict: z.enum(["keep", "drop", "ask", "other-place"]),
    ...conditionShape,
  })
  .strict();

const file = z.object({
  $comment: z.string().optional(),
  towns: z.record(
    z.string().regex(/^[a-z_]+$/),
    z
      .object({
        shares: z.array(z.string().min(3)).min(1),
        givenName: z.boolean().optional(),
        unshared: z.array(z.string().min(3)).optional(),
        rules: z.array(rule).min(1),
      })
      .strict()
      .superRefine((t, ctx) => {
        const last = t.rules.at(-1)!;
        if (Object.keys(last).some((k) => !["id", "means", "verdict"].includes(k)))
          ctx.addIssue({ code: "custom", message: `the last rule («${last.id}») must have no conditions, so every name gets a verdict` });
        const ids = t.rules.map((r) => r.id);
        const twice = ids.find((id, i) => ids.indexOf(id) !== i);
        if (twice) ctx.addIssue({ code: "custom", message: `rule «${twice}» is listed twice` });
      }),
  ),
});

export class HomonymDataError extends Error {
  override name = "HomonymDataError";
}

/** A condition with its words and patterns made ready to test. */
interface Compiled {
  test: (c: HomonymContext) => boolean;
}

export interface HomonymRule {
  /** `homonym.<town>.<id>`. */
  id: `homonym.${string}`;
  means: string;
  verdict: Verdict;
  when: Compiled;
}

export interface Homonym {
  townId: string;
  shares: string[];
  /** The name is also a person's given name («Абай Құнанбайұлы», «Алтай Көлгінов»). */
  givenName: boolean;
  /**
   * The town's names that share nothing (Алтай's former name Зыряновск, Зырян), as skeletons:
   * no rule is tried on them, they name the town.
   */
  unshared: ReadonlySet<string>;
  rules: HomonymRule[];
}

/** Whether a skeleton word is one of the listed words (`stem*` matches any word it starts). */
function wordTest(list: string[]): (w: string) => boolean {
  const exact = new Set<string>();
  const stems: string[] = [];
  for (const entry of list) {
    const s = skeleton(normalize(entry.replace(/\*$/, "")));
    if (entry.endsWith("*")) stems.push(s);
    else exact.add(s);
  }
  return (w) => exact.has(w) || stems.some((s) => w.startsWith(s));
}

function compile(c: Condition): Compiled {
  const tests: Array<(x: HomonymContext) => boolean> = [];
  if (c.near) {
    const { cue: k, span } = c.near;
    tests.push((x) => x.near(k, span));
  }
  if (c.follows) {
    const { cue: k, span } = c.follows;
    tests.push((x) => x.follows(k, span));
  }
  if (c.has) tests.push((x) => x.has(c.has!));
  if (c.lacks) tests.push((x) => !x.has(c.lacks!));
  if (c.domain !== undefined) tests.push((x) => x.domain === c.domain);
  if (c.bare !== undefined) tests.push((x) => x.bare === c.bare);
  if (c.nounFollows !== undefined) tests.push((x) => x.nounFollows === c.nounFollows);
  if (c.kazakh !== undefined) tests.push((x) => x.kazakh === c.kazakh);
  if (c.lowerCase !== undefined) tests.push((x) => x.lowerCase === c.lowerCase);
  if (c.capitalises !== undefined) tests.push((x) => x.capitalises === c.capitalises);
  if (c.word) {
    const re = new RegExp(c.word);
    tests.push((x) => re.test(x.word));
  }
  if (c.spelled) {
    const re = new RegExp(c.spelled);
    tests.push((x) => re.test(x.spelled));
  }
  if (c.prev) {
    const re = new RegExp(c.prev);
    tests.push((x) => re.test(x.prev));
  }
  if (c.next) {
    const re = new RegExp(c.next);
    tests.push((x) => re.test(x.next));
  }
  if (c.before) {
    const is = wordTest(c.before);
    tests.push((x) => is(x.prev));
  }
  if (c.after) {
    const is = wordTest(c.after);
    tests.push((x) => is(x.next));
  }
  if (c.mentions) {
    const is = wordTest(c.mentions);
    tests.push((x) => x.toks.some(is));
  }
  if (c.regions) {
    const ids = new Set(c.regions);
    tests.push((x) => x.regions.some((r) => ids.has(r)));
  }
  if (c.otherTown !== undefined) tests.push((x) => x.otherTown === c.otherTown);
  // Nine words or more ask for running text: not a message to the bot that opens with a hello.
  if (c.minWords !== undefined) {
    const runningText = c.minWords >= RUNNING_TEXT_WORDS;
    tests.push((x) => x.words >= c.minWords! && !(runningText && x.greeted));
  }
  if (c.maxDomain !== undefined) tests.push((x) => x.domainCount <= c.maxDomain!);
  // Words about the data per word of the message: running text mentions them in passing.
  if (c.maxDomainShare !== undefined) tests.push((x) => x.domainCount <= c.maxDomainShare! * x.words);
  if (c.any) {
    const alts = c.any.map(compile);
    tests.push((x) => alts.some((a) => a.test(x)));
  }
  if (c.not) {
    const inner = compile(c.not);
    tests.push((x) => !inner.test(x));
  }
  return { test: (x) => tests.every((t) => t(x)) };
}

/** Parses and checks homonyms.json's text; throws HomonymDataError saying what is wrong. */
export function parseHomonyms(text: string, where = "homonyms.json"): Map<string, Homonym> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HomonymDataError(`${where}: ${(e as Error).message}`);
  }
  return checkHomonyms(json, where);
}

/** Checks the file's data and makes its rules ready to test. */
function checkHomonyms(json: unknown, where: string): Map<string, Homonym> {
  const parsed = file.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HomonymDataError(`${where}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const out = new Map<string, Homonym>();
  for (const [townId, t] of Object.entries(parsed.data.towns)) {
    const slug = townId.replace(/_/g, "-");
    out.set(townId, {
      townId,
      shares: t.shares,
      givenName: t.givenName ?? false,
      unshared: new Set((t.unshared ?? []).map((n) => skeleton(normalize(n)))),
      rules: t.rules.map(({ id, means, verdict, ...when }) => ({ id: `homonym.${slug}.${id}`, means, verdict, when: compile(when) })),
    });
  }
  return out;
}

// Imported (not read by path) so the build carries the file into dist/ like gazetteer.json.
export const HOMONYMS: Map<string, Homonym> = checkHomonyms(data, "src/understanding/data/homonyms.json");

/** Whether the name matched is one of the town's that share nothing with the homonym («Зыряновск» of Алтай). */
export function unsharedName(townId: string, name: string): boolean {
  // Most towns list none: the name is not normalised for them.
  const unshared = HOMONYMS.get(townId)?.unshared;
  return unshared !== undefined && unshared.size > 0 && unshared.has(skeleton(normalize(name)));
}

/** The first rule of a town's homonym entry that holds, or null for a town with none. */
export function homonymRule(townId: string, c: HomonymContext): HomonymRule | null {
  const h = HOMONYMS.get(townId);
  if (!h) return null;
  return h.rules.find((r) => r.when.test(c)) ?? h.rules.at(-1)!;
}
