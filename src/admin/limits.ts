// What an editor may upload. Apart from the parsers (loaded on the first upload), so the
// bot starts without them.

/** Editors' tables have a few hundred rows; a megabyte leaves room for ten times that. */
export const MAX_UPLOAD_BYTES = 1_000_000;
export const MAX_UNPACKED_BYTES = 30_000_000;
export const MAX_ROWS = 5000;
