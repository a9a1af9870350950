// Keeps a message under Telegram's 4096 characters by dropping whole items, never
// cutting one in half, and saying how many were left out.
import { MESSAGE_LIMIT } from "./types.ts";

/** More towns than this are not a comparison a message can hold legibly (the CSV follows it too). */
export const MAX_COMPARED = 5;

export function fitItems(head: string, items: string[], more: (left: number) => string, tail = "", limit = MESSAGE_LIMIT): string {
  const join = (list: string[], extra: string) => [head, ...list, extra, tail].filter(Boolean).join("\n\n");
  let out = join(items, "");
  if (out.length <= limit) return out;
  for (let n = items.length - 1; n >= 0; n--) {
    out = join(items.slice(0, n), more(items.length - n));
    if (out.length <= limit) return out;
  }
  return out.slice(0, limit);
}

/** Splits text into messages under the limit at paragraph, then line boundaries. */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let cur = "";
  for (const para of text.split(/\n\n/)) {
    const candidate = cur ? `${cur}\n\n${para}` : para;
    if (candidate.length <= limit) {
      cur = candidate;
      continue;
    }
    if (cur) parts.push(cur);
    if (para.length <= limit) {
      cur = para;
      continue;
    }
    cur = "";
    for (const line of para.split("\n")) {
      const c2 = cur ? `${cur}\n${line}` : line;
      if (c2.length <= limit) cur = c2;
      else {
        if (cur) parts.push(cur);
        cur = line.slice(0, limit);
      }
    }
  }
  if (cur) parts.push(cur);
  return parts;
}
