// What an editor may upload. Apart from the parsers (loaded on the first upload), so the
// bot starts without them.

/** Editors' tables have a few hundred rows; a megabyte leaves room for ten times that. */
export const MAX_UPLOAD_BYTES = 1_000_000;
export const MAX_ROWS = 5000;
/** Twenty columns of MAX_ROWS rows; a template's sheet has fewer than twenty. */
export const MAX_CELLS = 100_000;
/** An XLSX's files unpacked; a full sheet of MAX_CELLS cells is about 5 MB of XML. */
export const MAX_UNPACKED_BYTES = 8_000_000;

/** An upload read for longer than this is refused (see off-thread.ts); a template takes well under a second. */
export const MAX_PARSE_MS = 15_000;
/** The heap of the thread that reads an upload, in megabytes: the largest sheet the limits above allow (100 000 cells of text) needs about 30. */
export const MAX_PARSE_MB = 48;
