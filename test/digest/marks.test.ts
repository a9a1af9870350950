// Marks of messages about to be sent go to the database together, and only under the
// claim that holds each digest.
import { afterEach, describe, expect, it } from "vitest";
import { AttemptMarker } from "../../src/digest/marks.ts";
import { providers } from "../helpers/db.ts";
import { digestRig, type DigestRig } from "../helpers/digest.ts";

let rig: DigestRig;
afterEach(async () => rig?.close());

describe.each(providers())("marking digest messages as started on %s", (provider) => {
  it("writes marks asked for at once in one or two statements, and refuses a claim that is not held", async () => {
    rig = await digestRig(provider);
    for (let chat = 0; chat < 30; chat++) await rig.subscribe(9900 + chat, { kind: "all" });
    const { outbox } = await rig.instance();
    rig.clock.set("2026-11-23T04:00:00Z");
    await outbox.scheduleDue(rig.clock.now(), 3600_000);
    const claimed = await outbox.claim(rig.clock.now(), 30, 60_000);
    expect(claimed).toHaveLength(30);
    let statements = 0;
    const markAttempts = outbox.markAttempts.bind(outbox);
    outbox.markAttempts = async (marks) => {
      statements++;
      return markAttempts(marks);
    };
    const marker = new AttemptMarker(outbox);
    const results = await Promise.all(claimed.map((d) => marker.mark(d.id, d.claimToken, 0)));
    expect(results).toEqual(Array(30).fill(true));
    expect(statements).toBeLessThanOrEqual(2);
    expect(await marker.mark(claimed[0]!.id, "a claim that ended", 1)).toBe(false);
    const rows = await rig.db.db.delivery.findMany({ select: { partsAttempted: true } });
    expect(rows.map((r) => r.partsAttempted)).toEqual(Array(30).fill(1));
  });
});
