// Arithmetic on qualified figures («около 3,8», «до 400», «более 100») that says only what
// is certain. Each figure stands for the set of values its source allows; a sum or a
// difference is the set of all results, and what the bot prints (a Statement) must
// contain that set: never a bare number built from «до» and «более», never «около» for
// a total that has no upper bound. The renderers only word a Statement.

/** How a source words a figure: exact, «около», «более», «до» (re-exported by types.ts). */
export type Qualifier = "exact" | "approx" | "more_than" | "up_to";

export interface Part {
  value: number;
  qualifier: Qualifier | null;
}

/** The values a figure (or a result) allows; hi may be Infinity, lo −Infinity. */
export interface Bounds {
  lo: number;
  hi: number;
  /** The bound itself is excluded («более 100»: 100 is not allowed). */
  loStrict: boolean;
  hiStrict: boolean;
  /** Some «около» figure went into it: lo and hi are themselves approximate. */
  approx: boolean;
}

/** What can be said about a result, from the most to the least precise. */
export type Statement =
  | { kind: "exact"; value: number }
  | { kind: "approx"; value: number }
  | { kind: "more_than"; value: number; approx: boolean }
  | { kind: "at_least"; value: number; approx: boolean }
  | { kind: "up_to"; value: number; approx: boolean }
  | { kind: "less_than"; value: number; approx: boolean }
  | { kind: "range"; from: number; to: number; approx: boolean }
  | { kind: "unknown" };

/** Round away floating-point noise (343.6 − 170.2 = 173.39999…). */
export const tidy = (n: number) => (Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : n);

/**
 * A single figure's values. Amounts are never negative, so «до 400» is 0…400. An «около»
 * figure is kept at its value with the approx mark; arithmetic carries the mark along.
 */
function boundsOf(p: Part): Bounds {
  const v = p.value;
  switch (p.qualifier) {
    case "approx":
      return { lo: v, hi: v, loStrict: false, hiStrict: false, approx: true };
    case "more_than":
      return { lo: v, hi: Infinity, loStrict: true, hiStrict: false, approx: false };
    case "up_to":
      return { lo: Math.min(0, v), hi: v, loStrict: false, hiStrict: false, approx: false };
    default:
      return { lo: v, hi: v, loStrict: false, hiStrict: false, approx: false };
  }
}

/**
 * The sum of amounts. When no upper bound exists («более» among the parts), the «около»
 * parts are counted at their certain minimum, zero: «около 3,8» + «более 100» is «более
 * 100», which is true however far the estimate is off, where «более 103,8» might not be.
 */
function sumBounds(parts: Part[]): Bounds {
  const all = parts.map(boundsOf);
  const open = all.some((b) => b.hi === Infinity);
  if (open) {
    const certain = all.filter((b) => !b.approx);
    return {
      lo: tidy(certain.reduce((s, b) => s + b.lo, 0)),
      hi: Infinity,
      loStrict: certain.some((b) => b.loStrict),
      hiStrict: false,
      approx: false,
    };
  }
  return {
    lo: tidy(all.reduce((s, b) => s + b.lo, 0)),
    hi: tidy(all.reduce((s, b) => s + b.hi, 0)),
    loStrict: all.some((b) => b.loStrict),
    hiStrict: all.some((b) => b.hiStrict),
    approx: all.some((b) => b.approx),
  };
}

/** a − b: from the least a minus the most b to the most a minus the least b. */
function differenceBounds(a: Part, b: Part): Bounds {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return {
    lo: tidy(x.lo - y.hi),
    hi: tidy(x.hi - y.lo),
    loStrict: x.loStrict || y.hiStrict,
    hiStrict: x.hiStrict || y.loStrict,
    approx: x.approx || y.approx,
  };
}

/** a / b of two positive amounts: the least a over the most b to the most a over the least b. */
export function ratioBounds(a: Part, b: Part): Bounds {
  const x = boundsOf(a);
  const y = boundsOf(b);
  const div = (n: number, d: number) => (d === 0 ? Infinity : n / d);
  return {
    lo: y.hi === Infinity ? 0 : div(x.lo, y.hi),
    hi: x.hi === Infinity ? Infinity : div(x.hi, y.lo),
    loStrict: y.hi !== Infinity && (x.loStrict || y.hiStrict),
    hiStrict: x.hi !== Infinity && (x.hiStrict || y.loStrict),
    approx: x.approx || y.approx,
  };
}

/**
 * The most precise statement the bounds support. A lower bound at or below zero says
 * nothing about an amount, so «0…400» is «до 400»; a result open on both sides is unknown.
 */
export function statementOf(b: Bounds): Statement {
  const { lo, hi, approx } = b;
  if (hi === Infinity) {
    if (!(lo > 0)) return { kind: "unknown" };
    return b.loStrict ? { kind: "more_than", value: lo, approx } : { kind: "at_least", value: lo, approx };
  }
  if (lo === hi) return approx ? { kind: "approx", value: lo } : { kind: "exact", value: lo };
  if (!(lo > 0)) return b.hiStrict ? { kind: "less_than", value: hi, approx } : { kind: "up_to", value: hi, approx };
  return { kind: "range", from: lo, to: hi, approx };
}

export const sumOf = (parts: Part[]): Statement => statementOf(sumBounds(parts));
export const differenceOf = (a: Part, b: Part): Statement => statementOf(differenceBounds(a, b));

/** A statement a single figure's qualifier can carry, or null when it needs more words. */
export function asQualified(s: Statement): Part | null {
  switch (s.kind) {
    case "exact":
      return { value: s.value, qualifier: "exact" };
    case "approx":
      return { value: s.value, qualifier: "approx" };
    case "more_than":
      return s.approx ? null : { value: s.value, qualifier: "more_than" };
    case "up_to":
      return s.approx ? null : { value: s.value, qualifier: "up_to" };
    default:
      return null;
  }
}

/** Only exact parts make an exact total: anything else is worth showing the parts of. */
export const isMixed = (parts: Part[]) => parts.some((p) => p.qualifier && p.qualifier !== "exact" && p.qualifier !== "approx");
