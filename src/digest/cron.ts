// A node-cron tick every minute in Asia/Almaty time. The tick looks in the database
// for what is due; no cron job per subscriber.
import cron from "node-cron";
import type { Logger } from "pino";
import { DIGEST_ZONE } from "../domain/schedule.ts";
import type { DigestService } from "./service.ts";

export function startDigestCron(service: DigestService, log: Logger) {
  const task = cron.schedule(
    "* * * * *",
    async () => {
      try {
        await service.tick();
      } catch (err) {
        // A failed run (database away, say) is retried by the next tick.
        log.error({ err }, "digest run failed");
      }
    },
    { timezone: DIGEST_ZONE, name: "digests", noOverlap: true },
  );
  return {
    stop: async () => {
      await task.stop();
      await service.stop();
    },
  };
}
