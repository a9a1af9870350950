// Structured logs (pino). The bot token never reaches a log line: it is cut out of
// every message and error, wherever a library put it.
import pino, { type Logger } from "pino";

export function createLogger(level: string, secrets: string[] = [], destination?: pino.DestinationStream): Logger {
  const scrub = (s: string) => secrets.reduce((acc, secret) => (secret ? acc.split(secret).join("[REDACTED]") : acc), s);
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[REDACTED]" },
      hooks: {
        streamWrite: (line) => scrub(line),
      },
    },
    destination ?? pino.destination(1),
  );
}
