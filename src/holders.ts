// The holders table (src/domain/data/holders.json): who holds the figures the data calls
// unknown and the law a request for them cites. Checked with zod once at start,
// so a typo in the file stops the bot with the field named rather than sending a wrong draft.
import { z } from "zod";
import type { Holders } from "./domain/gaps.ts";
import data from "./domain/data/holders.json" with { type: "json" };

const text = z.string().trim().min(1);

const schema = z.object({
  law: z.object({
    number: text,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dateRu: text,
    dateKk: text,
    article: text,
    titleRu: text,
    titleKk: text,
    urlRu: z.string().url(),
    urlKk: z.string().url(),
  }),
  portal: z.object({ name: text, url: z.string().url() }),
  holders: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9_]{1,12}$/),
        nameRu: text,
        nameKk: text,
        scope: z.enum(["national", "region", "town"]),
        gaps: z.array(text).min(1),
        address: text.nullable(),
      }),
    )
    .min(1),
  regions: z.array(z.object({ ru: text, holderRu: text, holderKk: text })),
});

export function parseHolders(json: unknown): Holders {
  const d = schema.parse(json);
  return {
    law: {
      number: d.law.number,
      date: { ru: d.law.dateRu, kk: d.law.dateKk },
      article: d.law.article,
      title: { ru: d.law.titleRu, kk: d.law.titleKk },
      url: { ru: d.law.urlRu, kk: d.law.urlKk },
    },
    portal: d.portal,
    holders: d.holders.map((h) => ({ id: h.id, name: { ru: h.nameRu, kk: h.nameKk }, scope: h.scope, gaps: h.gaps, address: h.address })),
    regions: new Map(d.regions.map((r) => [r.ru, { ru: r.holderRu, kk: r.holderKk }])),
  };
}

/** The table the bot ships with (imported, so the compiled bot carries it). */
export function loadHolders(): Holders {
  return parseHolders(data);
}
