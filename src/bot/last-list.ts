// Which list or comparison each chat saw last, so that a bare /csv can export it. Kept
// in memory (bounded, oldest forgotten first): after a restart /csv asks for a list
// again, and the ⬇ CSV button on the list itself always works, as it carries its key.
export class LastLists {
  private map = new Map<number, string>();
  constructor(private limit = 10_000) {}

  remember(chatId: number, key: string) {
    this.map.delete(chatId);
    this.map.set(chatId, key);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  recall(chatId: number): string | undefined {
    return this.map.get(chatId);
  }
}
