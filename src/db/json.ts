// JSON arrays of ids stored in text columns (both providers lack a portable scalar list).
// A malformed value reads as empty rather than failing the whole load.
export function parseStringArray(s: string): string[] {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
