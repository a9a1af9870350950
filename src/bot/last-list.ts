// Which list or comparison each chat saw last, so that a bare /csv can export it. Kept
// in memory (bounded, oldest forgotten first): after a restart /csv asks for a list
// again, and the ⬇ CSV button on the list itself always works, as it carries its key.
import { Memo } from "../db/memo.ts";

export class LastLists {
  private lists: Memo<number, string>;
  constructor(limit = 10_000) {
    this.lists = new Memo({ maxEntries: limit }, limit);
  }

  remember(chatId: number, key: string) {
    this.lists.set(chatId, key);
  }

  recall(chatId: number): string | undefined {
    return this.lists.get(chatId);
  }
}
