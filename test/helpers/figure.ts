// A reference-data figure for tests of the pure layers: an exact, unsourced planned sum with
// nothing else set, changed by what the test gives.
import type { Figure } from "../../src/domain/types.ts";

export const figureWith = (over: Partial<Figure>): Figure => ({
  id: "f",
  townId: null,
  planId: "p",
  key: "planned_kzt_bn",
  value: null,
  text: null,
  unit: "KZT bn",
  qualifier: "exact",
  component: null,
  period: null,
  asOf: null,
  labelRu: null,
  labelKk: null,
  note: null,
  scope: null,
  position: 0,
  source: null,
  updatedAt: new Date(0),
  ...over,
});
