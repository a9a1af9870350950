// What the edit log shows: one applied (or undone) set of changes with who, when and each
// field's old and new value, and a release's value that the database kept an edit over.
// The data layer reads them, the renderer words them.
import type { Json } from "./edits.ts";

export interface HistoryEntry {
  setId: number;
  kind: string;
  fileName: string | null;
  userId: number;
  userName: string | null;
  at: Date;
  undoOfId: number | null;
  undoneById: number | null;
  changes: Array<{
    entity: string;
    entityId: string;
    townId: string | null;
    field: string;
    old: Json | Record<string, Json>;
    new: Json | Record<string, Json>;
    sourceId: string | null;
  }>;
}

export interface ReleaseConflictEntry {
  releaseId: string;
  entity: string;
  entityId: string;
  townId: string | null;
  field: string;
  /** What the release says, and what the database kept (null: the record was deleted). */
  release: Json | Record<string, Json>;
  kept: Json | Record<string, Json>;
}
