// Each town's point on the map (data/town-points.json, written by scripts/town-points.ts
// from GeoNames, CC BY 4.0), checked against its schema when first read.
import { z } from "zod";
import data from "./data/town-points.json" with { type: "json" };

const TownPoints = z.object({
  schemaVersion: z.literal(1),
  source: z.object({ name: z.string(), licence: z.string(), url: z.string().url(), via: z.string() }),
  points: z
    .array(
      z.object({
        townId: z.string().min(1),
        // Kazakhstan lies within these bounds: a point outside is a wrong entry, not a town.
        lat: z.number().min(40).max(56),
        lon: z.number().min(46).max(88),
        source: z.object({ geonamesName: z.string().min(1), geonamesAdmin1: z.string().min(1) }),
      }),
    )
    .min(1),
});

export type TownPoint = z.infer<typeof TownPoints>["points"][number];

let parsed: Map<string, TownPoint> | null = null;

/** Town id → its point; throws on a file that breaks the schema. */
export function townPoints(): Map<string, TownPoint> {
  parsed ??= new Map(TownPoints.parse(data).points.map((p) => [p.townId, p]));
  return parsed;
}
