// The Bot API as cheaply as it can be faked, for benchmarks: every bot gets the same
// canned answers, so a comparison measures the bots rather than a fake that parses and
// checks every call (FakeTelegram in fetch.ts does that, for tests). In src/ so that the
// benchmark can run the compiled bot (dist/) with it too.
export function cannedApi(): typeof fetch {
  const message = JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "" } });
  const yes = JSON.stringify({ ok: true, result: true });
  return (async (input: string | URL | Request) => {
    const url = String(input);
    return new Response(url.endsWith("/answerCallbackQuery") ? yes : message, { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
}
