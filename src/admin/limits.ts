// What an editor may upload. Apart from the parsers (loaded on the first upload), so the
// bot starts without them.

/** Editors' tables have a few hundred rows; a megabyte leaves room for ten times that. */
export const MAX_UPLOAD_BYTES = 1_000_000;
export const MAX_UNPACKED_BYTES = 30_000_000;
export const MAX_ROWS = 5000;

/** An upload read for longer than this is refused (see off-thread.ts); a template takes well under a second. */
export const MAX_PARSE_MS = 15_000;
/** The heap of the thread that reads an upload, in megabytes. */
export const MAX_PARSE_MB = 96;
